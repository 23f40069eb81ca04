/**
 * Error masking at the edge: clients get a code and a safe message (and the request id, added to
 * every error of a response by src/server/graphql-http.ts); the log keeps the details, with the
 * request id. Driver errors are classified once, in src/graph/errors.ts; here each kind gets its code.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Context } from "../api/context.js";
import { dbErrorKind, isConnectionFailure } from "../graph/errors.js";
import { CursorError } from "../graph/read/page.js";
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
  "QUERY_TIMEOUT",
]);

export const UNAVAILABLE_MESSAGE = "the graph database is not reachable right now; try again shortly";
const TIMEOUT_MESSAGE = "the query ran longer than the database allows; narrow it (filters, a smaller `first`) and try again";
/** graphql-js's own token limit (parseOptions.maxTokens) reports as a syntax error. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.$/;
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The client's view of a driver error, or null when `error` is not one we can explain. */
export function driverErrorToClient(error: unknown): { message: string; code: string } | null {
  const kind = dbErrorKind(error);
  if (kind === "unavailable") return { message: UNAVAILABLE_MESSAGE, code: "SERVICE_UNAVAILABLE" };
  if (kind === "timedOut") return { message: TIMEOUT_MESSAGE, code: "QUERY_TIMEOUT" };
  return null;
}

/**
 * The errors of a GraphQL operation, logged once with the request id (from the context: no
 * AsyncLocalStorage, whose promise hooks cost every request ~10% of its CPU on Node 20) before
 * Apollo formats them; formatError then logs only the errors no operation saw (HTTP-level ones).
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            logged.add(error);
            logError(logger, unwrapResolverError(error), codeOf(error), contextValue.requestId);
          }
        },
      };
    },
  };
}

const logged = new WeakSet<object>();

/**
 * Apollo Server's answers to misused automatic persisted queries (a hash that is not the query's,
 * a version other than 1): meant for clients, with status 400, but raised without a code, so they
 * would read as internal errors. They get BAD_REQUEST and keep Apollo's message.
 */
const APQ_MISUSE = new Set(["provided sha does not match query", "Unsupported persisted query version"]);

/** The code of an error as Apollo has it (INTERNAL_SERVER_ERROR when it has none), APQ misuse as BAD_REQUEST. */
function codeOf(error: { message: string; extensions?: Record<string, unknown>; path?: unknown }): string {
  const code = error.extensions?.code;
  if ((code === undefined || code === "INTERNAL_SERVER_ERROR") && !error.path && APQ_MISUSE.has(error.message)) return "BAD_REQUEST";
  return String(code ?? "INTERNAL_SERVER_ERROR");
}

/**
 * Driver errors as warnings, and errors without a client code (bugs) as errors; client errors are not
 * logged. An unreachable database is logged once per outage by Db (onAvailability), not per request.
 */
function logError(logger: Logger, original: unknown, code: string, requestId?: string): void {
  const details = requestId ? { err: original, requestId } : { err: original };
  if (original instanceof CursorError) return;
  if (isConnectionFailure(original)) logger.debug(details, "graph database unavailable");
  else if (driverErrorToClient(original)) logger.warn(details, "graph database error");
  else if (!CLIENT_CODES.has(code)) logger.error(details, "unexpected error in a GraphQL operation");
}

export function makeFormatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (!(error instanceof Object && logged.has(error))) logError(logger, original, codeOf(formatted));
    return toClientError(formatted, original, production);
  };
}

function toClientError(formatted: GraphQLFormattedError, original: unknown, production: boolean): GraphQLFormattedError {
  const base = { locations: formatted.locations, path: formatted.path };
  const driver = driverErrorToClient(original);
  if (driver) return { ...base, message: driver.message, extensions: { code: driver.code } };
  // a cursor of another list, found when the page query is built (src/graph/read/page.ts)
  if (original instanceof CursorError)
    return { ...base, message: original.message, extensions: { code: "BAD_USER_INPUT", argument: "after" } };
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) {
    return {
      message: `Token limit of ${tokens[1]} exceeded: the document is too long.`,
      extensions: { code: "QUERY_LIMIT", limit: "tokens" },
    };
  }
  const code = codeOf(formatted);
  if (CLIENT_CODES.has(code)) {
    const message = production ? formatted.message.replace(SUGGESTION, "") : formatted.message;
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...base, message, extensions: { ...extensions, code: extensions.limit ? "QUERY_LIMIT" : code } };
  }
  return { ...base, message: "internal error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
