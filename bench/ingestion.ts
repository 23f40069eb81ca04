/**
 * Ingestion end to end through the project's own bulk path, the one `npm run ingest` runs
 * (src/ingest: readSources → ingestItems: validate, batched existence check, extraction in worker
 * threads, batched write transactions), into a throw-away local Neo4j, at the CLI's defaults, with
 * graph size and peak memory, and the rate over the first and the last thousand articles. With a
 * checkpoint it stops after that many articles, runs `atCheckpoint` (read figures at that size),
 * and goes on; the pause is not counted.
 */
import type { Db } from "../src/graph/neo4j.js";
import { ingestItems, type BatchOptions, type IngestSummary } from "../src/ingest/batch.js";
import { INGEST_DEFAULTS } from "../src/ingest/defaults.js";
import { readSources, type SourceItem } from "../src/ingest/sources.js";
import { REUTERS } from "./corpus.js";
import { cpuMeter, round, rssSampler } from "./stats.js";

export interface IngestSettings {
  concurrency: number;
  writeBatchSize: number;
  workers: number;
}

export const defaultIngestSettings = (): IngestSettings => ({
  concurrency: INGEST_DEFAULTS.concurrency,
  writeBatchSize: INGEST_DEFAULTS.writeBatchSize,
  workers: INGEST_DEFAULTS.workers(),
});

export interface IngestionResult {
  articlesPerSec: number;
  /** articles/s over the first and the last thousand articles (or tenth, for runs under 10,000) */
  firstPerSec: number;
  lastPerSec: number;
  /** how many articles each of those two figures covers */
  window: number;
  articles: number;
  created: number;
  skipped: number;
  failed: number;
  errors: Record<string, number>;
  seconds: number;
  concurrency: number;
  writeBatchSize: number;
  workers: number;
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  peakRssMb: number;
  neo4jPeakRssMb: number | null;
  /** CPU time per article of this process (reading, extraction, driver) and of the Neo4j JVM: load-independent figures */
  nodeCpuMsPerArticle: number;
  neo4jCpuMsPerArticle: number | null;
  firstError?: string;
}

/** The next `limit` items of `it`, leaving it open for the rest. */
async function* next(it: AsyncIterator<SourceItem>, limit: number): AsyncGenerator<SourceItem> {
  for (let n = 0; n < limit; n++) {
    const r = await it.next();
    if (r.done) return;
    yield r.value;
  }
}

const processed = (s: IngestSummary) => s.created + s.reextracted + s.skipped + s.failed;

export async function runIngestion(
  db: Db,
  opts: {
    quick: boolean;
    articles?: number;
    neo4jPid: number;
    log: (s: string) => void;
    settings?: IngestSettings;
    checkpoint?: { articles: number; run: () => Promise<void> };
  },
): Promise<IngestionResult> {
  const limit = opts.articles ?? (opts.quick ? 2000 : Infinity);
  const settings = opts.settings ?? defaultIngestSettings();
  const source = readSources([REUTERS], { outlet: "Reuters" })[Symbol.asyncIterator]();
  let firstError: string | undefined;
  /** when each article was done, in ms of ingestion (pauses left out) */
  const doneAt: number[] = [];
  let offsetMs = 0;
  let before = 0;
  const options = (): BatchOptions => ({
    maxArticleBytes: 1_000_000,
    batchSize: INGEST_DEFAULTS.batchSize,
    ...settings,
    onArticle: (s) => {
      const done = before + processed(s);
      while (doneAt.length < done) doneAt.push(offsetMs + s.elapsedMs);
      if (done % 1000 === 0 && doneAt.length === done)
        opts.log(`ingestion: ${done} articles, ${(done / (doneAt.at(-1)! / 1000)).toFixed(1)}/s`);
    },
    onError: (where, message) => {
      firstError ??= `${where}: ${message}`;
    },
  });

  const rss = rssSampler(100, opts.neo4jPid);
  const cpu = await cpuMeter(opts.neo4jPid);
  const parts: IngestSummary[] = [];
  const firstPart = opts.checkpoint && opts.checkpoint.articles < limit ? opts.checkpoint.articles : limit;
  parts.push(await ingestItems(db, next(source, firstPart), options()));
  let cpuUsed = await cpu.stop();
  if (firstPart < limit) {
    opts.log(`ingestion: checkpoint at ${firstPart} articles`);
    await opts.checkpoint!.run();
    before = processed(parts[0]!);
    offsetMs = parts[0]!.elapsedMs;
    const cpuRest = await cpuMeter(opts.neo4jPid);
    parts.push(await ingestItems(db, next(source, limit - firstPart), options()));
    const rest = await cpuRest.stop();
    cpuUsed = {
      selfMs: cpuUsed.selfMs + rest.selfMs,
      otherMs: cpuUsed.otherMs === null || rest.otherMs === null ? null : cpuUsed.otherMs + rest.otherMs,
    };
  }
  await source.return?.(undefined);
  const mem = await rss.stop();
  const seconds = parts.reduce((sum, p) => sum + p.elapsedMs, 0) / 1000;
  const sum = (f: (s: IngestSummary) => number) => parts.reduce((total, p) => total + f(p), 0);
  const articles = sum(processed);
  const window = articles >= 10_000 ? 1000 : Math.max(1, Math.floor(articles / 10));
  const rate = (from: number, to: number) =>
    round(window / Math.max(0.001, ((doneAt[to - 1] ?? 0) - (from > 0 ? doneAt[from - 1]! : 0)) / 1000), 1);

  const count = async (cypher: string) => Number((await db.read<{ n: number }>({ cypher, params: {} }))[0]?.n ?? 0);
  const labelRows = await db.read<{ label: string; n: number }>({
    cypher: "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
    params: {},
  });
  return {
    articlesPerSec: round(articles / seconds, 1),
    firstPerSec: rate(0, window),
    lastPerSec: rate(doneAt.length - window, doneAt.length),
    window,
    articles,
    created: sum((p) => p.created),
    skipped: sum((p) => p.skipped),
    failed: sum((p) => p.failed),
    errors: Object.fromEntries([...new Set(parts.flatMap((p) => Object.keys(p.errors)))].map((k) => [k, sum((p) => p.errors[k] ?? 0)])),
    seconds: round(seconds, 1),
    ...settings,
    nodes: await count("MATCH (n) RETURN count(n) AS n"),
    relationships: await count("MATCH ()-[r]->() RETURN count(r) AS n"),
    labels: Object.fromEntries(labelRows.map((r) => [String(r.label), Number(r.n)])),
    peakRssMb: mem.peakRssMb,
    neo4jPeakRssMb: mem.otherPeakRssMb,
    nodeCpuMsPerArticle: round(cpuUsed.selfMs / Math.max(1, articles), 2),
    neo4jCpuMsPerArticle: cpuUsed.otherMs === null ? null : round(cpuUsed.otherMs / Math.max(1, articles), 2),
    ...(firstError ? { firstError } : {}),
  };
}
