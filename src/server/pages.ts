/**
 * The browser pages: /explore (the graph explorer), /graphiql (the IDE) and their bundled assets under /assets. Every
 * page and asset comes from this origin, and the pages say so in their Content-Security-Policy.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Router, type RequestHandler } from "express";
import type { Logger } from "../logger.js";
import { assets } from "./bundle.js";
import { requestIdOf } from "./http.js";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../web");

/** scripts, styles, fonts, images and connections from this origin only; no inline code, no frames */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * GraphiQL's editor (Monaco) writes its theme and decorations into <style> elements at run time and
 * has no nonce hook, so this page allows inline styles; scripts, fonts and connections stay same-origin.
 */
export const GRAPHIQL_CSP = PAGE_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
  "font-src 'self'",
  "font-src 'self' data:",
);

function secure(res: Parameters<RequestHandler>[1], csp = PAGE_CSP): void {
  res.setHeader("content-security-policy", csp);
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "no-referrer");
}

function page(file: string, csp = PAGE_CSP): RequestHandler {
  const html = readFileSync(path.join(WEB, file));
  return (_req, res) => {
    secure(res, csp);
    res.type("html").setHeader("cache-control", "no-cache");
    res.send(html);
  };
}

export function pages(logger: Logger): Router {
  const router = Router();
  const favicon = readFileSync(path.join(WEB, "favicon.svg"));
  router.get("/explore", page("explore/explore.html"));
  router.get("/graphiql", page("graphiql/graphiql.html", GRAPHIQL_CSP));
  router.get("/assets/favicon.svg", (_req, res) => {
    res.type("image/svg+xml").setHeader("cache-control", "public, max-age=86400");
    res.send(favicon);
  });
  router.get("/assets/:file", async (req, res, next) => {
    try {
      const asset = (await assets()).get(req.params.file);
      if (!asset) return next();
      secure(res);
      res.setHeader("content-type", asset.type);
      res.setHeader("cache-control", "no-cache");
      res.send(Buffer.from(asset.contents));
    } catch (error) {
      logger.error({ err: error, requestId: requestIdOf(res) }, "bundling the page assets failed");
      res.status(500).type("text").send("the page assets could not be built; see the server log");
    }
  });
  return router;
}
