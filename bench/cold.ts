/**
 * The ingest's first seconds, phase by phase (not part of `npm run bench`): into a throw-away local
 * Neo4j, how long an extraction worker takes to answer its first text, then the bulk path over the
 * first N Reuters articles with the time, node's CPU and Neo4j's CPU at every hundredth article.
 * `node --import tsx bench/cold.ts [N]`
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Db } from "../src/graph/neo4j.js";
import { ensureLocalNeo4jInstalled, freePort, startLocalNeo4j } from "../src/graph/local-neo4j.js";
import { migrate } from "../src/graph/migrate.js";
import { ingestItems } from "../src/ingest/batch.js";
import { ExtractPool } from "../src/ingest/extract-pool.js";
import { INGEST_DEFAULTS } from "../src/ingest/defaults.js";
import { readSources } from "../src/ingest/sources.js";
import { REUTERS } from "./corpus.js";
import { procCpuMs } from "./stats.js";

const N = Number(process.argv[2] ?? 1000);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ng-cold-"));
await ensureLocalNeo4jInstalled();
const local = await startLocalNeo4j({ dataDir, boltPort: await freePort() });
const db = Db.connect({ uri: local.uri, queryTimeoutMs: 120_000 });
try {
  await migrate(db);
  const t0 = performance.now();
  const pool = new ExtractPool(1);
  await pool.extract("Jane Doe said on Monday that the talks would go on.", { outlet: "Reuters" });
  console.log(`a worker's first extraction: ${(performance.now() - t0).toFixed(0)} ms`);
  await pool.close();

  async function* first(n: number) {
    let i = 0;
    for await (const item of readSources([REUTERS], { outlet: "Reuters" })) {
      yield item;
      if (++i >= n) return;
    }
  }
  const cpu0 = { node: process.cpuUsage(), neo: (await procCpuMs(local.pid)) ?? 0 };
  const marks: string[] = [];
  let next = 1;
  const started = performance.now();
  await ingestItems(db, first(N), {
    maxArticleBytes: 1_000_000,
    batchSize: INGEST_DEFAULTS.batchSize,
    concurrency: INGEST_DEFAULTS.concurrency,
    writeBatchSize: INGEST_DEFAULTS.writeBatchSize,
    workers: INGEST_DEFAULTS.workers(),
    onArticle: (s) => {
      const done = s.created + s.skipped + s.failed + s.reextracted;
      if (done < next) return;
      next = next === 1 ? 100 : next + 100;
      const u = process.cpuUsage(cpu0.node);
      void procCpuMs(local.pid).then((neo) =>
        marks.push(
          `${String(done).padStart(5)} articles at ${((performance.now() - started) / 1000).toFixed(2)} s; CPU s node ${((u.user + u.system) / 1e6).toFixed(2)}, Neo4j ${(((neo ?? 0) - cpu0.neo) / 1000).toFixed(2)}`,
        ),
      );
    },
  });
  await new Promise((r) => setTimeout(r, 50));
  console.log(marks.join("\n"));
} finally {
  await db.close();
  await local.stop();
  await rm(dataDir, { recursive: true, force: true });
}
