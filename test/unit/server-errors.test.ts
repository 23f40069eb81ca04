import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { makeFormatError } from "../../src/server/errors.js";
import { withRequestId } from "../../src/server/graphql-http.js";

const silent = pino({ level: "silent" });
const neo4jError = (code: string, message: string) => new Neo4jError(message, code, "50N00", "internal");

describe("formatError at the edge", () => {
  const production = makeFormatError(silent, true);
  const development = makeFormatError(silent, false);

  it("strips field suggestions in production only", () => {
    const formatted = {
      message: 'Cannot query field "titel" on type "Article". Did you mean "title"?',
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    };
    expect(production(formatted, new GraphQLError(formatted.message)).message).toBe('Cannot query field "titel" on type "Article".');
    expect(development(formatted, new GraphQLError(formatted.message)).message).toMatch(/Did you mean "title"\?/);
  });

  it("passes Apollo's APQ misuse errors (raised without a code) to the client as BAD_REQUEST, logging no error", () => {
    const lines: { level: number; msg: string }[] = [];
    const logger = pino(
      { level: "info" },
      { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) },
    );
    for (const message of ["provided sha does not match query", "Unsupported persisted query version"]) {
      const out = makeFormatError(logger, true)({ message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, new GraphQLError(message));
      expect(out).toEqual({ message, extensions: { code: "BAD_REQUEST" } });
    }
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it("masks errors without a client code, dropping stack traces", () => {
    const error = new Error("MATCH (n:Secret) at bolt://10.0.0.7:7687");
    const out = production({ message: error.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x.ts:1"] } }, error);
    expect(out).toEqual({ message: "internal error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("maps driver errors once: unavailable and retriable → SERVICE_UNAVAILABLE, timeouts → QUERY_TIMEOUT", () => {
    for (const code of ["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]) {
      const out = production(
        { message: "x", extensions: { code: "INTERNAL_SERVER_ERROR" } },
        neo4jError(code, "connect ECONNREFUSED 10.0.0.7:7687"),
      );
      expect(out.extensions?.code, code).toBe("SERVICE_UNAVAILABLE");
      expect(out.message).not.toMatch(/10\.0\.0\.7/);
    }
    // Neo4j shutting down while a connection is being opened: the driver calls it a ProtocolError
    const handshake = production(
      { message: "x" },
      neo4jError("ProtocolError", "Failed to connect to server. Please ensure … Caused by: write EPIPE"),
    );
    expect(handshake.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    // …and a query running while Neo4j stops meets the server closing its socket
    const closed = production({ message: "x" }, neo4jError("ProtocolError", "Connection was closed by server"));
    expect(closed.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    const protocol = production({ message: "x" }, neo4jError("ProtocolError", "Unknown Bolt protocol version: 9.9"));
    expect(protocol.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    const timeout = production(
      { message: "x" },
      neo4jError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "terminated"),
    );
    expect(timeout.extensions?.code).toBe("QUERY_TIMEOUT");
    const lockWait = production({ message: "x" }, neo4jError("Neo.ClientError.Transaction.LockClientStopped", "stopped while waiting"));
    expect(lockWait.extensions?.code).toBe("QUERY_TIMEOUT");
    const syntax = production({ message: "x" }, neo4jError("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATCH'"));
    expect(syntax).toEqual({ message: "internal error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("names the token limit", () => {
    const out = production(
      { message: "Syntax Error: Document contains more that 5000 tokens. Parsing aborted.", extensions: { code: "GRAPHQL_PARSE_FAILED" } },
      new GraphQLError("x"),
    );
    expect(out.extensions).toEqual({ code: "QUERY_LIMIT", limit: "tokens" });
    expect(out.message).toMatch(/Token limit of 5000/);
  });

  it("adds the request id of the request being served to every error of the answer, and leaves other answers alone", () => {
    const errors = `${JSON.stringify({ errors: [{ message: "bad", extensions: { code: "BAD_USER_INPUT" } }, { message: "x" }], data: null })}\n`;
    const out = withRequestId(errors, "req-42");
    expect(out.endsWith("\n")).toBe(true);
    expect(JSON.parse(out)).toEqual({
      errors: [
        { message: "bad", extensions: { code: "BAD_USER_INPUT", requestId: "req-42" } },
        { message: "x", extensions: { requestId: "req-42" } },
      ],
      data: null,
    });
    const data = JSON.stringify({ data: { text: 'he said "errors": none' } });
    expect(withRequestId(data, "req-42")).toBe(data);
    const alias = JSON.stringify({ data: { errors: [] } });
    expect(withRequestId(alias, "req-42")).toBe(alias);
    expect(withRequestId("<html>", "req-42")).toBe("<html>");
  });
});
