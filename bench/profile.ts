/**
 * Where the time goes (not part of `npm run bench`): ingests N Reuters articles at concurrency C
 * into a throw-away Neo4j timing extraction and every write statement, then runs each query
 * scenario 20 times through newsgraph with query stats on, timing every Cypher query it runs
 * (PROFILE_CYPHER=1 prints the Neo4j plan of the slowest). `node --import tsx bench/profile.ts [N] [C] [ingest-only]`
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Db, type CypherQuery, type QueryStats, type Row, type WriteTx } from "../src/graph/neo4j.js";
import { ensureLocalNeo4jInstalled, freePort, startLocalNeo4j } from "../src/graph/local-neo4j.js";
import { migrate } from "../src/graph/migrate.js";
import { extract } from "../src/extract/index.js";
import { writeArticle } from "../src/graph/write.js";
import { writeArticles } from "../src/graph/write-batch.js";
import { contentHash } from "../src/ingest/input.js";
import { REUTERS, loadCorpus } from "./corpus.js";
import { cpuMeter } from "./stats.js";

const N = Number(process.argv[2] ?? 600);
const CONC = Number(process.argv[3] ?? 1);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ng-prof-"));
await ensureLocalNeo4jInstalled();
const local = await startLocalNeo4j({ dataDir, boltPort: await freePort() });
// the database and its folder go however this ends
const cleanUp = async () => {
  await local.stop();
  await rm(dataDir, { recursive: true, force: true });
};
process.on("uncaughtException", (error) => {
  console.error(error);
  void cleanUp().finally(() => process.exit(1));
});
const times = new Map<string, { n: number; ms: number }>();
const readTimes = new Map<string, { n: number; ms: number; cypher: string; params: unknown }>();
class TimedDb extends Db {
  override async read<R = Row>(q: CypherQuery<R>, stats?: QueryStats): Promise<R[]> {
    const t = performance.now();
    try {
      return await super.read(q, stats);
    } finally {
      const key = q.cypher.replace(/\s+/g, " ").slice(0, 110);
      const e = readTimes.get(key) ?? { n: 0, ms: 0, cypher: q.cypher, params: q.params };
      e.n++;
      e.ms += performance.now() - t;
      readTimes.set(key, e);
    }
  }
  override write<T>(work: (tx: WriteTx) => Promise<T>, stats?: never): Promise<T> {
    return super.write(
      (tx) =>
        work({
          run: async (q) => {
            const t = performance.now();
            try {
              return await tx.run(q);
            } finally {
              const key = q.cypher.split("\n").slice(0, 2).join(" ").slice(0, 70);
              const e = times.get(key) ?? { n: 0, ms: 0 };
              e.n++;
              e.ms += performance.now() - t;
              times.set(key, e);
            }
          },
        }),
      stats,
    );
  }
}
const base = Db.connect({ uri: local.uri });
const db = new TimedDb(base.driver);
await migrate(db);
const docs = await loadCorpus(REUTERS, "Reuters", N);
let ext = 0,
  wr = 0,
  errs = 0;
const t0 = performance.now();
const cpu = await cpuMeter(local.pid);
let i = 0;
async function worker() {
  while (i < docs.length) {
    const d = docs[i++]!;
    const a = performance.now();
    const x = extract(d.text, { title: d.title, date: d.date, outlet: "Reuters" });
    const b = performance.now();
    await writeArticle(db, x, contentHash(d.text), { awaitSearchIndexes: false }).catch((e: Error) => {
      errs++;
      console.log("write error", d.id, e.message.slice(0, 150));
    });
    ext += b - a;
    wr += performance.now() - b;
  }
}
/** PROFILE_BATCH=n: the bulk write, n articles a transaction (src/graph/write-batch.ts), instead of one each */
const BATCH = Number(process.env.PROFILE_BATCH ?? 0);
async function batchWorker() {
  while (i < docs.length) {
    const group = docs.slice(i, i + BATCH);
    i += BATCH;
    const a = performance.now();
    const batch = group.map((d) => ({
      extraction: extract(d.text, { title: d.title, date: d.date, outlet: "Reuters" }),
      hash: contentHash(d.text),
      source: null,
    }));
    const b = performance.now();
    await writeArticles(db, batch).catch((e: Error) => {
      errs += group.length;
      console.log("batch write error", e.message.slice(0, 150));
    });
    ext += b - a;
    wr += performance.now() - b;
  }
}
await Promise.all(Array.from({ length: CONC }, BATCH > 0 ? batchWorker : worker));
const total = (performance.now() - t0) / 1000;
const cpuUsed = await cpu.stop();
console.log(`CPU per article: node ${(cpuUsed.selfMs / N).toFixed(1)} ms, Neo4j ${((cpuUsed.otherMs ?? NaN) / N).toFixed(1)} ms`);
console.log(
  `N=${N} conc=${CONC} total ${total.toFixed(1)} s = ${(N / total).toFixed(1)}/s; extract ${(ext / 1000).toFixed(1)} s, write ${(wr / 1000).toFixed(1)} s (summed over workers), ${errs} errors`,
);
for (const [k, v] of [...times].sort((a, b) => b[1].ms - a[1].ms))
  console.log(`${(v.ms / 1000).toFixed(2)} s  n=${v.n}  avg ${(v.ms / v.n).toFixed(1)} ms  ${k}`);

if (process.argv[4] === "ingest-only") {
  await base.close();
  await cleanUp();
  process.exit(0);
}

const { buildApp } = await import("../src/server/app.js");
const { loadConfig } = await import("../src/config.js");
const { createLogger } = await import("../src/logger.js");
const { pickEntities, buildScenarios } = await import("./scenarios.js");
const neo4j = (await import("neo4j-driver")).default;
const drv = neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true });
const scenarios = buildScenarios(await pickEntities(drv));
const app = await buildApp(db, loadConfig({ NEO4J_URI: local.uri, NEWSGRAPH_QUERY_STATS: "true" }), createLogger("warn"));
const port = await app.listen(0);
for (const sc of scenarios) {
  readTimes.clear();
  let stats: unknown;
  let ms = 0;
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: sc.newsgraph.body,
    });
    const j = (await r.json()) as { extensions?: { queryStats?: unknown }; errors?: unknown };
    ms += performance.now() - t;
    stats = j.extensions?.queryStats ?? j.errors;
  }
  console.log(`\n== ${sc.name}: avg ${(ms / 20).toFixed(1)} ms sequential; queryStats ${JSON.stringify(stats)}`);
  for (const [k, v] of [...readTimes].sort((a, b) => b[1].ms - a[1].ms)) console.log(`  ${(v.ms / v.n).toFixed(1)} ms avg x${v.n}  ${k}`);
  const top = [...readTimes.values()].sort((a, b) => b.ms - a.ms)[0];
  if (top && process.env.PROFILE_CYPHER) {
    const res = await drv.executeQuery("PROFILE " + top.cypher, top.params as Record<string, unknown>);
    const plan = res.summary.profile;
    const walk = (p: typeof plan, d: number): string =>
      p ? `${"  ".repeat(d)}${p.operatorType} rows=${p.rows} hits=${p.dbHits}\n` + p.children.map((c) => walk(c, d + 1)).join("") : "";
    console.log(walk(plan, 2));
  }
}
await app.close();
await drv.close();
await base.close();
await cleanUp();
