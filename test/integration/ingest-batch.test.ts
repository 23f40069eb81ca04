/**
 * The bulk path `npm run ingest` and the bench use (src/ingest/batch.ts `ingestItems`), on the real
 * Neo4j: several batches, a resumed run, re-extraction of articles an older extractor wrote, and
 * write transactions that meet a real lock held by another transaction (retried, then given up).
 */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EXTRACTOR } from "../../src/extract/index.js";
import { Db } from "../../src/graph/neo4j.js";
import { ingestItems, type BatchOptions } from "../../src/ingest/batch.js";
import { prepareArticle } from "../../src/ingest/ingest.js";
import type { SourceItem } from "../../src/ingest/sources.js";
import { resetGraph, testDb } from "../support/graph.js";
import { testNeo4jUri } from "../support/neo4j.js";

const NAMES = ["Ada Quillfeather", "Bo Tannery", "Cy Marlowe", "Di Ashgrove", "Ed Fenwick"];

/** `n` distinct articles, each with a person who says something about a country. */
function story(i: number): string {
  const name = NAMES[i % NAMES.length]!;
  return `Talks in Norland, day ${i}\n\n${name}, the Norland trade minister, said on Monday that talks with Freedonia would resume in week ${i}. "We are ready," ${name.split(" ")[1]} said.`;
}

async function* items(from: number, to: number): AsyncIterable<SourceItem> {
  for (let i = from; i < to; i++)
    yield { where: `test:${i}`, file: "test", input: { text: story(i), title: `Day ${i}`, outlet: "Test Wire" } };
}

const OPTIONS: BatchOptions = { maxArticleBytes: 1_000_000, concurrency: 3, batchSize: 10 };

async function counts(db: Db): Promise<Record<string, unknown>> {
  const [row] = await db.read({
    cypher: `MATCH (a:Article) WITH count(a) AS articles, collect(DISTINCT a.extractor) AS extractors
             RETURN articles, extractors, COUNT { (:Statement) } AS statements, COUNT { ()-[:MENTIONS]->() } AS mentions`,
    params: {},
  });
  return row!;
}

describe("bulk ingestion (ingestItems) against the real Neo4j", () => {
  let db: Db;

  beforeAll(async () => {
    db = testDb();
    await resetGraph(db);
  });
  afterAll(() => db?.close());

  it("writes more than one batch, one existence check per batch, and skips them all on a second run", async () => {
    const reads = vi.spyOn(db, "read");
    const seen: number[] = [];
    const summary = await ingestItems(db, items(0, 25), { ...OPTIONS, onArticle: (s) => seen.push(s.read) });
    const checks = reads.mock.calls.filter(([q]) => q.cypher.startsWith("UNWIND $ids AS id MATCH (a:Article {id: id})"));
    reads.mockRestore();
    expect(summary).toMatchObject({ read: 25, created: 25, reextracted: 0, skipped: 0, failed: 0, errors: {} });
    // 25 items in batches of 10: three batches, each checked against the graph with one query
    expect(checks.map(([q]) => (q.params.ids as string[]).length)).toEqual([10, 10, 5]);
    expect(seen).toHaveLength(25);
    expect(summary.statements).toBeGreaterThanOrEqual(25);
    const after = await counts(db);
    expect(after).toMatchObject({ articles: 25, extractors: [EXTRACTOR], statements: summary.statements });

    const again = await ingestItems(db, items(0, 25), OPTIONS);
    expect(again).toMatchObject({ read: 25, created: 0, reextracted: 0, skipped: 25, failed: 0 });
    expect(await counts(db)).toEqual(after);
  });

  it("re-extracts the articles an older extractor wrote, replacing their facts rather than adding to them", async () => {
    const before = await counts(db);
    await db.write((tx) =>
      tx.run({
        cypher: "MATCH (a:Article) WHERE a.title IN ['Day 3', 'Day 17'] SET a.extractor = 'newsgraph-extract@0-older'",
        params: {},
      }),
    );
    const summary = await ingestItems(db, items(0, 25), OPTIONS);
    expect(summary).toMatchObject({ read: 25, created: 0, reextracted: 2, skipped: 23, failed: 0 });
    expect(await counts(db)).toEqual(before);
  });

  describe("a write that meets a lock another transaction holds", () => {
    let driver: Driver;
    // short transactions, so a blocked write times out (TransactionTimedOut) within seconds; long
    // enough for a whole article write on a loaded machine
    let quick: Db;
    beforeAll(() => {
      driver = neo4j.driver(testNeo4jUri(), undefined, { disableLosslessIntegers: true });
      quick = Db.connect({
        uri: testNeo4jUri(),
        user: process.env.NEO4J_USER,
        password: process.env.NEO4J_PASSWORD,
        queryTimeoutMs: 5_000,
      });
    });
    afterAll(async () => {
      await quick?.close();
      await driver?.close();
    });

    /** Another transaction creates the article's key (uncommitted): the ingest's MERGE on it waits for that lock. */
    async function holdArticleKey(i: number) {
      const { articleId } = prepareArticle({ text: story(i) }, 1_000_000);
      const session = driver.session();
      const tx = session.beginTransaction();
      await tx.run("CREATE (:Article {id: $id})", { id: articleId });
      return {
        release: async () => {
          await tx.rollback();
          await session.close();
        },
      };
    }

    /**
     * The ids of the ingest's article checks running now (Neo4j 5 reports a transaction waiting for a
     * lock as Running, and one the timeout ended as Terminated until it is gone).
     */
    async function blockedWrites(): Promise<string[]> {
      const session = driver.session();
      try {
        const result = await session.run(
          `SHOW TRANSACTIONS YIELD transactionId, status, currentQuery
           WHERE currentQuery STARTS WITH 'MERGE (a:Article {id: $p.article.id})' AND NOT status STARTS WITH 'Terminated'
           RETURN transactionId`,
        );
        return result.records.map((r) => r.get("transactionId") as string);
      } finally {
        await session.close();
      }
    }

    /** Polls until `done` says so, collecting every blocked ingest transaction seen on the way. */
    async function watchBlocked(seen: Set<string>, done: (now: string[]) => boolean, ms = 60_000): Promise<void> {
      for (const until = Date.now() + ms; Date.now() < until;) {
        const now = await blockedWrites();
        for (const id of now) seen.add(id);
        if (done(now)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`gave up watching blocked transactions after ${ms} ms`);
    }

    it("retries the timed-out write once the lock is free, and the article is written", async () => {
      const lock = await holdArticleKey(100);
      const seen = new Set<string>();
      const failures: string[] = [];
      const ingest = ingestItems(quick, items(100, 101), { ...OPTIONS, onError: (_where, message) => failures.push(message) });
      ingest.catch(() => undefined); // awaited below, once the lock is let go
      try {
        // the first attempt blocks on the lock, then Neo4j times it out: only then is the lock let go
        await watchBlocked(seen, (now) => seen.size > 0 && !now.includes([...seen][0]!));
      } finally {
        await lock.release();
      }
      const summary = await ingest;
      expect(failures).toEqual([]);
      // a blocked attempt was terminated while the lock was held, and the article was still written: a retry did it
      expect(seen.size).toBeGreaterThanOrEqual(1);
      expect(seen.size).toBeLessThanOrEqual(2);
      expect(summary).toMatchObject({ read: 1, created: 1, failed: 0, errors: {} });
      const rows = await db.read({ cypher: "MATCH (a:Article {title: 'Day 100'}) RETURN a.extractor AS extractor", params: {} });
      expect(rows).toEqual([{ extractor: EXTRACTOR }]);
    });

    it("gives up after three attempts while the lock stays held, naming the timed-out lock wait as the reason", async () => {
      const lock = await holdArticleKey(101);
      const seen = new Set<string>();
      let settled = false;
      const failures: string[] = [];
      const ingest = ingestItems(quick, items(101, 102), { ...OPTIONS, onError: (_where, message) => failures.push(message) }).finally(
        () => (settled = true),
      );
      ingest.catch(() => undefined); // awaited below, once the lock is let go
      try {
        await watchBlocked(seen, () => settled, 120_000);
      } finally {
        await lock.release();
      }
      const summary = await ingest;
      // the timeout ended the attempt while it waited for the lock
      expect(failures).toEqual([expect.stringMatching(/terminated, so no more locks can be acquired/)]);
      expect(seen.size).toBe(3);
      expect(summary).toMatchObject({ read: 1, created: 0, failed: 1 });
      expect(summary.errors).toEqual({ "database: LockClientStopped": 1 });
      expect(await db.read({ cypher: "MATCH (a:Article {title: 'Day 101'}) RETURN a", params: {} })).toEqual([]);
    });
  });
});
