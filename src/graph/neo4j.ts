/**
 * The one module that talks to neo4j-driver: driver creation, explicit read and write
 * transactions, sessions closed in `finally`, and per-request query statistics. It also notices
 * when the database becomes unreachable and reachable again, and says so once per outage.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type SessionConfig } from "neo4j-driver";
import { isConnectionFailure } from "./errors.js";

export type Row = Record<string, unknown>;

/**
 * A parameterised query and, as a type only, the rows it returns: the builder that writes the Cypher
 * says what its RETURN gives, so `Db.read` hands back typed rows and no caller casts them.
 */
export interface CypherQuery<R = unknown> {
  cypher: string;
  params: Record<string, unknown>;
  /** never set: carries the row type */
  readonly rows?: R;
}

/** Counts what one GraphQL operation costs the database (NEWSGRAPH_QUERY_STATS, README's Configuration). */
export interface QueryStats {
  cypherQueries: number;
  dbMs: number;
}

/** A transaction handed to code that runs several queries in it: only parameterised queries go through it. */
export interface Tx {
  run<R = Row>(query: CypherQuery<R>): Promise<R[]>;
}

/** A write transaction handed to write-path code. */
export type WriteTx = Tx;

export interface DbOptions {
  uri: string;
  user?: string;
  password?: string;
  /** how long a query may run before the database aborts it */
  queryTimeoutMs?: number;
  /** told once when the database stops answering (why, in words) and once when it answers again */
  onAvailability?: (change: AvailabilityChange) => void;
  /** shared by every session of this Db (default: a new one), see Db.session */
  bookmarkManager?: BookmarkManager;
}

export interface AvailabilityChange {
  available: boolean;
  /** "the graph database at bolt://… refused the connection (…)" */
  message: string;
}

export class Db {
  private readonly txConfig: { timeout: number };
  private unavailable = false;

  constructor(
    readonly driver: Driver,
    queryTimeoutMs = 15_000,
    private readonly uri = "",
    private readonly onAvailability?: (change: AvailabilityChange) => void,
    private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager(),
  ) {
    this.txConfig = { timeout: queryTimeoutMs };
  }

  /**
   * Every session shares one bookmark manager: a session starts after the bookmarks of every
   * transaction this Db committed, so on a cluster (neo4j://, Aura) a read that follows a write (the
   * payload ingestArticle loads, the search-index wait) sees it on whichever member serves it.
   */
  private session(mode: SessionConfig["defaultAccessMode"]) {
    return this.driver.session({ defaultAccessMode: mode, bookmarkManager: this.bookmarks });
  }

  static connect(options: DbOptions): Db {
    const auth = options.password ? neo4j.auth.basic(options.user ?? "neo4j", options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      // Fail within seconds, not the driver's default minute, when the database is away: a refused
      // connection is retried for maxTransactionRetryTime, an unanswered one gives up after connectionTimeout.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: 3_000,
      // a connection that sat idle while Neo4j restarted is checked before it is handed out again
      connectionLivenessCheckTimeout: 30_000,
      userAgent: "newsgraph",
    });
    return new Db(driver, options.queryTimeoutMs, options.uri, options.onAvailability, options.bookmarkManager);
  }

  /** Notes the outcome of a round trip: the first failure to connect, and the first success after it, are told. */
  private async observe<T>(work: Promise<T>): Promise<T> {
    try {
      const result = await work;
      if (this.unavailable) {
        this.unavailable = false;
        this.onAvailability?.({ available: true, message: `the graph database at ${this.uri} answers again` });
      }
      return result;
    } catch (error) {
      if (!this.unavailable && isConnectionFailure(error)) {
        this.unavailable = true;
        this.onAvailability?.({ available: false, message: describeConnectionFailure(this.uri, error) });
      }
      throw error;
    }
  }

  /**
   * One read query, as an auto-commit query: RUN and PULL go out in one write and come back in one
   * round trip, where a managed transaction (executeRead) adds a BEGIN and a COMMIT, two more
   * socket writes and a round trip. A read changes nothing, so like executeRead it is tried again on
   * a retriable error (the database unavailable, a transient error), with the driver's backoff
   * (1 s doubling, ±20%), for up to maxTransactionRetryTime (3 s, as Db.connect sets it).
   */
  read<R = Row>(query: CypherQuery<R>, stats?: QueryStats): Promise<R[]> {
    return this.observe(this.readWithRetries(query, stats));
  }

  private async readWithRetries<R>(query: CypherQuery<R>, stats?: QueryStats): Promise<R[]> {
    const started = performance.now();
    let failedAt: number | null = null;
    try {
      for (let delayMs = 1_000; ; delayMs *= 2) {
        const session = this.session(neo4j.session.READ);
        try {
          // neo4j-driver captures a stack trace for every query (`new Error().stack`), to give a failure
          // the caller's stack; under tsx every stack is source-mapped (~35 µs each). None is taken:
          // every read comes through here, and a failed one is told apart by its code and message.
          const limit = Error.stackTraceLimit;
          Error.stackTraceLimit = 0;
          let pending;
          try {
            pending = session.run(query.cypher, query.params, this.txConfig);
          } finally {
            Error.stackTraceLimit = limit;
          }
          const result = await pending;
          return result.records.map((r) => r.toObject() as R);
        } catch (error) {
          failedAt ??= performance.now();
          if (!neo4j.isRetryableError(error) || performance.now() - failedAt > 3_000) throw error;
        } finally {
          await session.close();
        }
        await new Promise((resolve) => setTimeout(resolve, delayMs * (0.8 + 0.4 * Math.random())));
      }
    } finally {
      record(stats, 1, started);
    }
  }

  /**
   * Runs `work`, several reads that belong together, in one read transaction: each sees the same
   * graph, whatever is written meanwhile. Retried on transient errors, as `write` is. Its queries
   * pass their parameters as one map (see asOneMapParameter), so a list of 3 ids and one of 300
   * share a plan.
   */
  readTx<T>(work: (tx: Tx) => Promise<T>, stats?: QueryStats): Promise<T> {
    return this.observe(this.transaction(neo4j.session.READ, work, stats));
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it. Retried on transient errors. */
  write<T>(work: (tx: WriteTx) => Promise<T>, stats?: QueryStats): Promise<T> {
    return this.observe(this.transaction(neo4j.session.WRITE, work, stats));
  }

  private async transaction<T>(mode: SessionConfig["defaultAccessMode"], work: (tx: Tx) => Promise<T>, stats?: QueryStats): Promise<T> {
    const session = this.session(mode);
    const started = performance.now();
    let queries = 0;
    try {
      const execute = mode === neo4j.session.READ ? session.executeRead.bind(session) : session.executeWrite.bind(session);
      return await execute(
        (tx) =>
          work({
            run: <R>(q: CypherQuery<R>) => {
              queries++;
              return runOn(tx, asOneMapParameter(q));
            },
          }),
        this.txConfig,
      );
    } finally {
      await session.close();
      record(stats, queries, started);
    }
  }

  /** Schema statements (constraints, indexes) cannot run inside a managed transaction with data writes. */
  async schema(cypher: string): Promise<void> {
    const session = this.session(neo4j.session.WRITE);
    try {
      await this.observe(session.run(cypher));
    } finally {
      await session.close();
    }
  }

  /**
   * Waits until the full-text indexes (eventually consistent, see migrate.ts) show every committed
   * write, so a search right after an ingest finds what it wrote.
   */
  async awaitSearchIndexes(): Promise<void> {
    const session = this.session(neo4j.session.READ);
    try {
      await this.observe(session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()"));
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.observe(this.driver.getServerInfo());
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/**
 * What a connection failure means, in words: the driver's own message always suggests checking
 * encryption settings, whatever the cause (a refused connection, most often).
 */
export function describeConnectionFailure(uri: string, error: unknown): string {
  const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
  const at = `the graph database at ${uri}`;
  if (/ECONNREFUSED/.test(text)) return `${at} refused the connection (nothing listens there: is Neo4j running?)`;
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return `${at} cannot be reached: its host name does not resolve`;
  if (/ETIMEDOUT|timed out|timeout/i.test(text)) return `${at} did not answer in time`;
  if (/ECONNRESET|closed|EPIPE/i.test(text)) return `${at} closed the connection`;
  return `${at} is unreachable: ${text.split("\n")[0]!.trim()}`;
}

/**
 * A write query with its parameters passed as one map, `$p` (`$article.id` becomes `$p.article.id`).
 * Neo4j keys its plan cache by the parameters' types, and the type of a string or list carries a
 * bucket of its length, so an article write with 3 entities and one with 30 were planned apart:
 * some forty plans of the same few queries, replanned as the graph grew. A map's type is just MAP,
 * so each write query has one plan. (The write path's Cypher has no `$` inside string literals;
 * a unit test holds it to that.)
 */
export function asOneMapParameter<R>(query: CypherQuery<R>): CypherQuery<R> {
  return { cypher: query.cypher.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, "$$p.$1"), params: { p: query.params } };
}

async function runOn<R>(tx: ManagedTransaction, query: CypherQuery<R>): Promise<R[]> {
  const result = await tx.run(query.cypher, query.params);
  return result.records.map((r) => r.toObject() as R);
}

function record(stats: QueryStats | undefined, queries: number, started: number): void {
  if (!stats) return;
  stats.cypherQueries += queries;
  stats.dbMs += performance.now() - started;
}
