/**
 * Express middleware around GraphQL: a request id on every request (the x-request-id response
 * header, the requestId of every log line and of every GraphQL error), one log line per request,
 * and JSON errors (413 for bodies over the limit, 400 for bad JSON, 404) in the GraphQL error shape.
 */
import { randomUUID } from "node:crypto";
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "../logger.js";

/** An id the client sent is reused when it is short and plain, so it can be traced across services. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestIdOf(res: { locals: Record<string, unknown> }): string {
  return String(res.locals.requestId ?? "");
}

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get("x-request-id");
    const requestId = given && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    const started = performance.now();
    res.once("close", () => {
      const line = {
        requestId,
        method: req.method,
        path: req.originalUrl.split("?")[0],
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (res.statusCode >= 500 && res.statusCode !== 503) logger.error(line, "request");
      else if (res.statusCode >= 400) logger.warn(line, "request");
      else logger.info(line, "request");
    });
    next();
  };
}

/** express.json leaves req.body unset for requests without a JSON body; Apollo expects it set. */
export const defaultBody: RequestHandler = (req, _res, next) => {
  req.body ??= {};
  next();
};

function jsonError(res: Parameters<RequestHandler>[1], status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: requestIdOf(res) } }] });
}

export const notFound: RequestHandler = (req, res) => {
  jsonError(res, 404, "NOT_FOUND", `nothing at ${req.method} ${req.path}; GraphQL is at /graphql`);
};

interface HttpError {
  status?: number;
  type?: string;
  limit?: number;
  expose?: boolean;
  message?: string;
}

export function httpErrors(logger: Logger, maxBodyBytes: number): ErrorRequestHandler {
  return (error: HttpError, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === "entity.too.large") {
      return jsonError(res, 413, "PAYLOAD_TOO_LARGE", `the request body is over the limit of ${maxBodyBytes} bytes`);
    }
    if (error.type === "entity.parse.failed") {
      return jsonError(res, 400, "BAD_REQUEST", "the request body is not valid JSON");
    }
    if (error.expose && error.status && error.status >= 400 && error.status < 500) {
      return jsonError(res, error.status, "BAD_REQUEST", error.message ?? "bad request");
    }
    logger.error({ err: error, requestId: requestIdOf(res) }, "unexpected error in an HTTP request");
    return jsonError(res, 500, "INTERNAL_SERVER_ERROR", "internal error");
  };
}
