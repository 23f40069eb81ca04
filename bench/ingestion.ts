/**
 * Ingestion end to end through the project's own path (src/ingest ingestArticle: validate →
 * extract → one write transaction per article) into a throw-away local Neo4j, at the ingest
 * CLI's concurrency, with graph size and peak memory.
 */
import type { Db } from "../src/graph/neo4j.js";
import { REUTERS, streamCorpus } from "./corpus.js";
import { round, rssSampler } from "./stats.js";

/** `newsgraph ingest --concurrency` default (src/cli/index.ts) */
export const INGEST_CONCURRENCY = 4;

export interface IngestionResult {
  articlesPerSec: number;
  articles: number;
  created: number;
  failed: number;
  seconds: number;
  concurrency: number;
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  peakRssMb: number;
  neo4jPeakRssMb: number | null;
  firstError?: string;
}

export async function runIngestion(db: Db, opts: { quick: boolean; articles?: number; neo4jPid: number; log: (s: string) => void }): Promise<IngestionResult> {
  const { ingestArticle } = await import("../src/ingest/ingest.js");
  const limit = opts.articles ?? (opts.quick ? 2000 : Infinity);
  const rss = rssSampler(100, opts.neo4jPid);
  let articles = 0;
  let created = 0;
  let failed = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  for await (const doc of streamCorpus(REUTERS, "Reuters", limit)) {
    const job = ingestArticle(db, { text: doc.text, title: doc.title, publishedOn: doc.date, outlet: doc.outlet }, { maxArticleBytes: 1_000_000, source: doc.id })
      .then(
        (r) => {
          if (r.created) created++;
        },
        (error: unknown) => {
          failed++;
          firstError ??= `${doc.id}: ${error instanceof Error ? error.message : String(error)}`;
        },
      )
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
    articles++;
    if (articles % 1000 === 0) opts.log(`ingestion: ${articles} articles, ${(articles / ((performance.now() - started) / 1000)).toFixed(0)}/s`);
    if (inFlight.size >= INGEST_CONCURRENCY) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  const mem = await rss.stop();

  const count = async (cypher: string) => Number((await db.read({ cypher, params: {} }))[0]?.n ?? 0);
  const labelRows = await db.read({ cypher: "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label", params: {} });
  return {
    articlesPerSec: round(articles / seconds, 1),
    articles,
    created,
    failed,
    seconds: round(seconds, 1),
    concurrency: INGEST_CONCURRENCY,
    nodes: await count("MATCH (n) RETURN count(n) AS n"),
    relationships: await count("MATCH ()-[r]->() RETURN count(r) AS n"),
    labels: Object.fromEntries(labelRows.map((r) => [String(r.label), Number(r.n)])),
    peakRssMb: mem.peakRssMb,
    neo4jPeakRssMb: mem.otherPeakRssMb,
    ...(firstError ? { firstError } : {}),
  };
}
