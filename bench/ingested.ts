/**
 * A throw-away local Neo4j holding the first N Reuters articles, for the tools that are not `npm run bench`.
 * BENCH_NEO4J_URI=bolt://…: use that database as it is instead (one `bench/hold.ts` keeps ingested,
 * so tool runs one after another measure the same graph without ingesting it again).
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Db } from "../src/graph/neo4j.js";
import { ensureLocalNeo4jInstalled, freePort, startLocalNeo4j } from "../src/graph/local-neo4j.js";
import { migrate } from "../src/graph/migrate.js";
import { runIngestion } from "./ingestion.js";

/** Runs `work` with the URI of a fresh database holding `articles` ingested articles; the database and its folder go afterwards. */
export async function withIngestedNeo4j<T>(articles: number, work: (uri: string) => Promise<T>): Promise<T> {
  const held = process.env.BENCH_NEO4J_URI;
  if (held) return work(held);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ng-tool-"));
  await ensureLocalNeo4jInstalled();
  const local = await startLocalNeo4j({ dataDir, boltPort: await freePort() });
  try {
    const db = Db.connect({ uri: local.uri, queryTimeoutMs: 120_000 });
    try {
      await migrate(db);
      await runIngestion(db, { quick: true, articles, neo4jPid: local.pid, log: () => {} });
    } finally {
      await db.close();
    }
    return await work(local.uri);
  } finally {
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
