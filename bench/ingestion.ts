/**
 * Ingestion end to end through the project's own bulk path, the one `npm run ingest` runs
 * (src/ingest: readSources → ingestItems: validate, batched existence check, extract, one write
 * transaction per article, a pool of workers), into a throw-away local Neo4j, at the CLI's default
 * concurrency and batch size, with graph size and peak memory.
 */
import type { Db } from "../src/graph/neo4j.js";
import { ingestItems } from "../src/ingest/batch.js";
import { readSources, type SourceItem } from "../src/ingest/sources.js";
import { REUTERS } from "./corpus.js";
import { cpuMeter, round, rssSampler } from "./stats.js";

/** `newsgraph ingest` defaults (src/cli/index.ts: --concurrency 4, --batch-size 200) */
export const INGEST_CONCURRENCY = 4;
export const INGEST_BATCH_SIZE = 200;

export interface IngestionResult {
  articlesPerSec: number;
  articles: number;
  created: number;
  skipped: number;
  failed: number;
  errors: Record<string, number>;
  seconds: number;
  concurrency: number;
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

async function* take(items: AsyncIterable<SourceItem>, limit: number): AsyncGenerator<SourceItem> {
  if (limit <= 0) return;
  let n = 0;
  for await (const item of items) {
    yield item;
    if (++n >= limit) return;
  }
}

export async function runIngestion(
  db: Db,
  opts: { quick: boolean; articles?: number; neo4jPid: number; log: (s: string) => void },
): Promise<IngestionResult> {
  const limit = opts.articles ?? (opts.quick ? 2000 : Infinity);
  const rss = rssSampler(100, opts.neo4jPid);
  const cpu = await cpuMeter(opts.neo4jPid);
  let firstError: string | undefined;
  let lastLog = 0;
  const summary = await ingestItems(db, take(readSources([REUTERS], { outlet: "Reuters" }), limit), {
    maxArticleBytes: 1_000_000,
    concurrency: INGEST_CONCURRENCY,
    batchSize: INGEST_BATCH_SIZE,
    onArticle: (s) => {
      const done = s.created + s.reextracted + s.skipped + s.failed;
      if (done - lastLog >= 1000) {
        lastLog = done;
        opts.log(`ingestion: ${done} articles, ${(done / (s.elapsedMs / 1000)).toFixed(1)}/s`);
      }
    },
    onError: (where, message) => {
      firstError ??= `${where}: ${message}`;
    },
  });
  const mem = await rss.stop();
  const cpuUsed = await cpu.stop();
  const seconds = summary.elapsedMs / 1000;
  const articles = summary.created + summary.reextracted + summary.skipped + summary.failed;

  const count = async (cypher: string) => Number((await db.read({ cypher, params: {} }))[0]?.n ?? 0);
  const labelRows = await db.read({ cypher: "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label", params: {} });
  return {
    articlesPerSec: round(articles / seconds, 1),
    articles,
    created: summary.created,
    skipped: summary.skipped,
    failed: summary.failed,
    errors: summary.errors,
    seconds: round(seconds, 1),
    concurrency: INGEST_CONCURRENCY,
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
