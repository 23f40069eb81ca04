/** Error masking at the edge: clients get a code and a safe message; the log keeps the details. */
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";
import type { Logger } from "../logger.js";

/** Codes whose messages are written for clients and may pass unchanged. */
const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "SERVICE_UNAVAILABLE",
  "QUERY_LIMIT",
]);

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE.has(error.code) || error.code.startsWith("Neo.TransientError"));
}

export function makeFormatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    const base = { locations: formatted.locations, path: formatted.path };
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original }, "graph database unavailable");
      return { ...base, message: "the graph database is not reachable right now; try again shortly", extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    if (CLIENT_CODES.has(code)) {
      const message = production ? formatted.message.replace(/ Did you mean .*\?$/, "") : formatted.message;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...base, message, extensions: { ...extensions, code } };
    }
    logger.error({ err: original }, "unexpected error in a GraphQL operation");
    return { ...base, message: "internal error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
