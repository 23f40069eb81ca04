/**
 * `npm run bench [-- --quick] [--only extraction,ingestion,queries] [--connections N] [--articles N] [--scenarios a,b] [--report FILE]
 *   [--write-concurrency N] [--write-batch N] [--workers N] [--growth-at N]`
 * Extraction, ingestion and query speed side by side with their baselines in one run; prints a
 * table and writes bench/results/latest.json. Benchmarks print figures; they do not pass or fail.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { Db } from "../src/graph/neo4j.js";
import { ensureLocalNeo4jInstalled, freePort, startLocalNeo4j, type LocalNeo4j } from "../src/graph/local-neo4j.js";
import { migrate } from "../src/graph/migrate.js";
import { corpusAvailable, CORPUS_DIR } from "./corpus.js";
import { runExtraction, type ExtractionResult } from "./extraction.js";
import { defaultIngestSettings, runIngestion, type IngestionResult } from "./ingestion.js";
import { probeNewsgraph, ratios, runQueries, type GrowthProbe, type QueriesOutput } from "./queries.js";
import { formatReport, goals, type Results } from "./report.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const option = (name: string): string | undefined => {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return args[i]!.includes("=") ? args[i]!.split("=")[1] : args[i + 1];
};
const sections = (option("--only") ?? "extraction,ingestion,queries").split(",");
const connections = Number(option("--connections") ?? 10);
const scenarioFilter = option("--scenarios")?.split(",");
const articleLimit = option("--articles") ? Number(option("--articles")) : undefined;
const numberOption = (name: string, fallback: number) => (option(name) === undefined ? fallback : Number(option(name)));
const ingestSettings = (() => {
  const d = defaultIngestSettings();
  return {
    concurrency: numberOption("--write-concurrency", d.concurrency),
    writeBatchSize: numberOption("--write-batch", d.writeBatchSize),
    workers: numberOption("--workers", d.workers),
  };
})();
/** read figures at this many articles and again at the end, with the same entities (growth) */
const growthAt = numberOption("--growth-at", quick ? 500 : 2000);
const RESULTS = fileURLToPath(new URL("./results/latest.json", import.meta.url));

const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** `--report FILE`: print the table of an earlier run's JSON again (ratios and goals recomputed), measuring nothing. */
async function reprint(file: string): Promise<void> {
  const results = JSON.parse(await readFile(file, "utf8")) as Results & { goals: ReturnType<typeof goals> };
  results.queries = results.queries.map((q) => {
    const { p50VsRaw: _p, rpsVsPeer: _r, ...rest } = q;
    return { ...rest, ...ratios(rest) };
  });
  results.goals = goals(results);
  process.stdout.write(formatReport(results));
}

async function main(): Promise<void> {
  const report = option("--report");
  if (report) return reprint(report);
  if (!corpusAvailable()) throw new Error(`corpus not found in ${CORPUS_DIR} (set NEWSGRAPH_CORPUS_DIR)`);
  const started = Date.now();
  const loadAverage = os.loadavg().map((n) => Number(n.toFixed(2)));
  log(`mode ${quick ? "quick" : "full"}; sections ${sections.join(", ")}`);

  let extraction: ExtractionResult | { error: string } | null = null;
  if (sections.includes("extraction")) {
    extraction = await runExtraction({ quick, log }).catch((e: unknown) => ({ error: message(e) }));
  }

  let ingestion: IngestionResult | { error: string } | null = null;
  let queries: QueriesOutput | { error: string } | null = null;
  let growth: GrowthProbe[] | { error: string } | null = null;
  if (sections.includes("ingestion") || sections.includes("queries")) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-bench-"));
    let local: LocalNeo4j | null = null;
    let db: Db | null = null;
    try {
      await ensureLocalNeo4jInstalled({ log });
      local = await startLocalNeo4j({ dataDir, boltPort: await freePort(), log });
      // the ingest CLI allows bulk writes 120 s, since hot entities can keep a transaction waiting on locks
      db = Db.connect({ uri: local.uri, queryTimeoutMs: 120_000 });
      await migrate(db);
      const driver = neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true });
      const probes: GrowthProbe[] = [];
      const probe = (articles: number) =>
        probeNewsgraph(driver, local!.uri, {
          articles,
          picks: probes[0]?.picks,
          connections,
          duration: quick ? 3 : 5,
          log,
          only: scenarioFilter,
        });
      const withQueries = sections.includes("queries");
      ingestion = await runIngestion(db, {
        quick,
        articles: articleLimit,
        neo4jPid: local.pid,
        log,
        settings: ingestSettings,
        ...(withQueries && growthAt > 0
          ? { checkpoint: { articles: growthAt, run: async () => void probes.push(await probe(growthAt)) } }
          : {}),
      }).catch((e: unknown) => ({
        error: message(e),
      }));
      log(`ingestion: ${JSON.stringify(ingestion)}`);
      if (withQueries && probes.length > 0 && "articles" in ingestion) {
        const size = ingestion.articles;
        growth = await probe(size).then(
          (p) => [...probes, p],
          (e: unknown) => ({ error: message(e) }),
        );
      }
      if (withQueries) {
        try {
          queries = await runQueries(driver, local.uri, { quick, connections, log, only: scenarioFilter }).catch((e: unknown) => ({
            error: message(e),
          }));
        } finally {
          await driver.close();
        }
      } else await driver.close();
    } finally {
      await db?.close();
      await local?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }

  const results = {
    date: new Date().toISOString(),
    mode: quick ? "quick" : "full",
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "?",
      memGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    loadAverage,
    seconds: Math.round((Date.now() - started) / 1000),
    extraction,
    ingestion,
    queries: queries && "scenarios" in queries ? queries.scenarios : queries ? [{ name: "all", error: queries.error }] : [],
    queryConcurrency: queries && "scenarios" in queries ? queries.connections : connections,
    queryDurationSec: queries && "scenarios" in queries ? queries.durationSec : null,
    queryPicks: queries && "scenarios" in queries ? queries.picks : null,
    load: queries && "scenarios" in queries ? queries.load : null,
    growth,
    goals: [] as ReturnType<typeof goals>,
  };
  results.goals = goals(results);
  await mkdir(path.dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(formatReport(results));
  log(`wrote ${path.relative(process.cwd(), RESULTS)} in ${results.seconds} s`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench failed: ${message(e)}\n`);
    process.exit(1);
  },
);
