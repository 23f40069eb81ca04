/**
 * POST/GET /graphql: the request handed to Apollo Server and its answer written back, as
 * @as-integrations/express5 does, with the request id put into every error of the answer (those
 * of the operation and the HTTP-level ones Apollo answers before it, e.g. CSRF prevention).
 */
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import { requestIdOf } from "./http.js";

export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: Request, res: Response) => Promise<C>,
): RequestHandler {
  return async (req, res, next) => {
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const query = req.url.indexOf("?");
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: query < 0 ? "" : req.url.slice(query),
          body: req.body as unknown,
        },
        context: () => context(req, res),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === "complete") {
        res.send(withRequestId(answer.body.string, requestIdOf(res)));
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      next(error);
    }
  };
}

/** A JSON answer with `requestId` in the extensions of each of its top-level `errors`; any other text as it is. */
export function withRequestId(body: string, requestId: string): string {
  // a JSON key "errors" is the only way `"errors":` appears unescaped; answers without errors are not parsed
  if (!requestId || !body.includes('"errors":')) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return body;
  const withId = errors.map((e: { extensions?: Record<string, unknown> }) => ({ ...e, extensions: { ...e.extensions, requestId } }));
  return `${JSON.stringify({ ...(parsed as object), errors: withId })}${body.endsWith("\n") ? "\n" : ""}`;
}
