/**
 * CORS for /graphql, so browser apps on other origins (a dev server on another port, Apollo Studio,
 * a notebook page) can call the API: preflights are answered here (204, before Apollo, whose CSRF
 * prevention would refuse an OPTIONS), allowed origins get `Access-Control-Allow-Origin`, others get
 * no CORS headers and their browser refuses the answer. CSRF prevention stays on in Apollo: a
 * simple (unpreflighted) request still needs a JSON content type or an Apollo preflight header.
 */
import cors from "cors";
import type { RequestHandler } from "express";
import type { CorsOrigins } from "../config.js";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether a browser page on `origin` may read the API's answers. */
export function originAllowed(allowed: CorsOrigins, origin: string): boolean {
  if (allowed.any) return true;
  if (allowed.origins.includes(origin)) return true;
  if (!allowed.loopback) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

export function corsMiddleware(allowed: CorsOrigins): RequestHandler {
  return cors({
    origin: allowed.any ? "*" : (origin, done) => done(null, origin !== undefined && originAllowed(allowed, origin)),
    methods: ["GET", "POST"],
    // the request id of every answer, for bug reports; the request headers a preflight asks for are reflected
    exposedHeaders: ["x-request-id"],
    // browsers may reuse a preflight for 10 minutes
    maxAge: 600,
  });
}
