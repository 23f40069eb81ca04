/**
 * Driver errors, classified once: the rest of the code asks what kind of failure it met
 * (the database unavailable, a transaction its timeout ended, a broken constraint) and never looks
 * at neo4j-driver's classes or codes itself.
 */
import { Neo4jError } from "neo4j-driver";

export type DbErrorKind =
  /** the database cannot be reached or is not serving: trying again later may succeed */
  | "unavailable"
  /** the transaction ran longer than the timeout allows (or waited that long for a lock) */
  | "timedOut"
  /** a uniqueness constraint refused the write (a concurrent writer won the key) */
  | "constraint"
  /** any other error the database answered (a bug in a query, most likely) */
  | "other";

/** The connection itself failed or was lost: the database is down, not just busy. */
const CONNECTION_LOST = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * Neo4j's codes for a transaction its timeout ended: while running (TransactionTimedOut…), or while
 * waiting for a lock another transaction holds (LockClientStopped: "the transaction has been
 * terminated, so no more locks can be acquired"; the driver files Neo4j's TransientError as a ClientError).
 */
const TIMED_OUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.ClientError.Transaction.LockClientStopped",
]);

const CONSTRAINT = "Neo.ClientError.Schema.ConstraintValidationFailed";

/**
 * A socket that broke under the driver: while Neo4j shuts down, a connection being opened can meet a
 * closed socket mid-handshake, which the driver reports as a non-retriable ProtocolError ("Failed to
 * connect to server … Caused by: write EPIPE") rather than ServiceUnavailable; and a query running while
 * Neo4j stops meets the server closing its socket, reported as a ProtocolError "Connection was closed by
 * server" (gqlStatus 50N42). It is the same outage.
 */
const LOST_CONNECTION =
  /^Failed to connect to server\b|^Connection was closed by server\b|\b(?:EPIPE|ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up)\b/;

/** What kind of database failure `error` is, or null when it did not come from the driver. */
export function dbErrorKind(error: unknown): DbErrorKind | null {
  if (!(error instanceof Neo4jError)) return null;
  if (TIMED_OUT.has(error.code)) return "timedOut";
  // `retriable`: the driver's own verdict that trying again later may succeed (it did retry, for maxTransactionRetryTime)
  if (
    CONNECTION_LOST.has(error.code) ||
    error.code.startsWith("Neo.TransientError") ||
    error.code.endsWith("DatabaseUnavailable") ||
    error.retriable ||
    (error.code === "ProtocolError" && LOST_CONNECTION.test(error.message))
  )
    return "unavailable";
  if (error.code === CONSTRAINT) return "constraint";
  return "other";
}

/** The connection failed or was lost (the database is away), as opposed to a busy or failing database. */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof Neo4jError && CONNECTION_LOST.has(error.code);
}

/** A transient error or a timeout: the same transaction may succeed when run again. */
export function isWorthRetrying(error: unknown): boolean {
  const kind = dbErrorKind(error);
  return kind === "timedOut" || (error instanceof Neo4jError && error.code.startsWith("Neo.TransientError"));
}

/** The reason a summary counts a failed write under: "database: <last part of Neo4j's code>", or null for no driver error. */
export function dbErrorReason(error: unknown): string | null {
  if (!(error instanceof Neo4jError)) return null;
  if (error.code.startsWith("Neo.")) return `database: ${error.code.split(".").at(-1)}`;
  if (CONNECTION_LOST.has(error.code)) return "database unavailable";
  return null;
}
