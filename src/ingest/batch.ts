/**
 * Bulk ingestion: sources are read in batches; each batch is validated and checked against the graph
 * with one query (articles already written by this extractor are skipped, so an interrupted run
 * resumes). Its texts go to the extractor (a pool of worker threads, or this thread) and, as their
 * extractions come back, are written in groups of new articles, one transaction a group
 * (src/graph/write-batch.ts), a few groups at a time, while the next texts are being extracted. A
 * group that fails is written again article by article, so one bad article fails alone; an article
 * an older extractor wrote, and a group of one, take the one-article transaction directly.
 */
import { EXTRACTOR } from "../extract/index.js";
import type { Extraction } from "../extract/types.js";
import { dbErrorReason, isWorthRetrying } from "../graph/errors.js";
import { existingArticles } from "../graph/inventory.js";
import type { Db } from "../graph/neo4j.js";
import type { WriteResult } from "../graph/write.js";
import { planBatchShapes, writeArticles } from "../graph/write-batch.js";
import { INGEST_DEFAULTS } from "./defaults.js";
import { ExtractPool, inThread, type Extractor } from "./extract-pool.js";
import { InputError } from "./input.js";
import { metaOf, prepareArticle, writeExtracted, type PreparedArticle } from "./ingest.js";
import type { SourceItem } from "./sources.js";

export interface BatchOptions {
  maxArticleBytes: number;
  /** write transactions in flight at once */
  concurrency: number;
  /** sources read, validated and checked against the graph at a time */
  batchSize: number;
  /** new articles written per transaction (default INGEST_DEFAULTS.writeBatchSize) */
  writeBatchSize?: number;
  /** extraction threads; 0 (the default): extraction runs in this thread */
  workers?: number;
  /** called after every article, whatever became of it */
  onArticle?: (summary: IngestSummary) => void;
  /** called with every failure, naming where it came from (file, and line) and the file */
  onError?: (where: string, message: string, file: string) => void;
}

export interface IngestSummary {
  read: number;
  created: number;
  reextracted: number;
  /** already in the graph with this extractor's facts (found before extraction, or at write time) */
  skipped: number;
  entities: number;
  statements: number;
  errors: Record<string, number>;
  failed: number;
  elapsedMs: number;
}

/** An article on its way: where it came from, its validated input, and (once extracted) its extraction. */
interface Pending {
  where: string;
  file: string;
  article: PreparedArticle;
  extraction: Promise<Extraction>;
}

export async function ingestItems(db: Db, items: AsyncIterable<SourceItem>, options: BatchOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    read: 0,
    created: 0,
    reextracted: 0,
    skipped: 0,
    entities: 0,
    statements: 0,
    errors: {},
    failed: 0,
    elapsedMs: 0,
  };
  const tick = () => {
    summary.elapsedMs = performance.now() - started;
    options.onArticle?.(summary);
  };
  const fail = (item: { where: string; file: string }, reason: string, message: string) => {
    summary.failed++;
    summary.errors[reason] = (summary.errors[reason] ?? 0) + 1;
    options.onError?.(item.where, message, item.file);
    tick();
  };
  const count = (result: WriteResult) => {
    if (result.outcome === "created") summary.created++;
    else if (result.outcome === "reextracted") summary.reextracted++;
    else summary.skipped++;
    summary.entities += result.entities;
    summary.statements += result.statements;
    tick();
  };
  const failWrite = (item: Pending, error: unknown) =>
    fail(item, writeReason(error), error instanceof Error ? error.message : String(error));

  /** One article in its own transaction (the write path's retries on a lost race for its URL, and ours on timeouts). */
  const writeOne = async (item: Pending, extraction: Extraction) => {
    try {
      count(await withRetries(() => writeExtracted(db, item.article, extraction, { source: item.where, awaitSearchIndexes: false })));
    } catch (error) {
      failWrite(item, error);
    }
  };

  // the bulk queries are planned (once, see write-batch.ts) while the workers start and the first texts are read;
  // if that fails, the first groups plan them
  const planned = planBatchShapes(db).catch(() => undefined);

  /** A group of new articles in one transaction; article by article when that fails. */
  const writeGroup = async (group: Pending[]) => {
    await planned;
    const extracted: { item: Pending; extraction: Extraction }[] = [];
    for (const item of group) {
      try {
        extracted.push({ item, extraction: await item.extraction });
      } catch (error) {
        failWrite(item, error);
      }
    }
    if (extracted.length === 1) return writeOne(extracted[0]!.item, extracted[0]!.extraction);
    if (extracted.length === 0) return;
    let results: WriteResult[];
    try {
      results = await writeArticles(
        db,
        extracted.map(({ item, extraction }) => ({ extraction, hash: item.article.hash, source: item.article.text })),
      );
    } catch {
      // which article failed, and why, is found by writing each alone
      for (const { item, extraction } of extracted) await writeOne(item, extraction);
      return;
    }
    results.forEach(count);
  };

  // write transactions in flight, and how many groups may wait (extracted or being extracted) behind them
  const writing = new Set<Promise<void>>();
  const slots = Math.max(1, options.concurrency);
  const submit = async (work: () => Promise<void>) => {
    while (writing.size >= slots) await Promise.race(writing);
    const done: Promise<void> = work().finally(() => writing.delete(done));
    writing.add(done);
  };

  const extractor: Extractor = options.workers ? new ExtractPool(options.workers) : inThread();
  const groupSize = Math.max(1, options.writeBatchSize ?? INGEST_DEFAULTS.writeBatchSize);
  const runBatch = async (batch: SourceItem[]) => {
    const todo: { where: string; file: string; article: PreparedArticle }[] = [];
    for (const item of batch) {
      summary.read++;
      if ("error" in item) {
        fail(item, item.reason, item.error);
        continue;
      }
      try {
        todo.push({ where: item.where, file: item.file, article: prepareArticle(item.input, options.maxArticleBytes) });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        fail(item, inputReason(error.message), error.message);
      }
    }
    const rows = todo.length > 0 ? await db.read(existingArticles([...new Set(todo.map((t) => t.article.articleId))])) : [];
    const stored = new Map(rows.map((r) => [r.id, r.extractor]));
    const fresh: Pending[] = [];
    const older: Pending[] = [];
    for (const t of todo) {
      const storedBy = stored.get(t.article.articleId);
      if (storedBy === EXTRACTOR) {
        summary.skipped++;
        tick();
        continue;
      }
      const item = { ...t, extraction: extractor.extract(t.article.text, metaOf(t.article, t.where)) };
      item.extraction.catch(() => undefined); // failures are reported when the item's group is written
      (storedBy === undefined ? fresh : older).push(item);
    }
    for (let i = 0; i < fresh.length; i += groupSize) {
      const group = fresh.slice(i, i + groupSize);
      await submit(() => writeGroup(group));
    }
    // re-extractions replace an older version's facts: one transaction each
    for (const item of older) await submit(() => writeGroup([item]));
  };

  try {
    let batch: SourceItem[] = [];
    for await (const item of items) {
      batch.push(item);
      if (batch.length >= options.batchSize) {
        await runBatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await runBatch(batch);
    await Promise.all(writing);
  } finally {
    await Promise.allSettled(writing);
    await extractor.close();
  }
  // what was written is searchable when this returns (the full-text indexes catch up asynchronously)
  if (summary.created + summary.reextracted > 0) await db.awaitSearchIndexes();
  summary.elapsedMs = performance.now() - started;
  return summary;
}

/** A transaction that timed out or hit a transient error (the driver's own retries exhausted) gets two more tries. */
async function withRetries<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isWorthRetrying(error) || attempt >= 3) throw error;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

function inputReason(message: string): string {
  if (/empty/.test(message)) return "empty text";
  if (/over the limit/.test(message)) return "text too large";
  if (/control character/.test(message)) return "binary or control characters";
  if (/Unicode|UTF-8/.test(message)) return "invalid Unicode";
  if (/publishedOn/.test(message)) return "invalid date";
  if (/url/.test(message)) return "invalid URL";
  return "invalid input";
}

function writeReason(error: unknown): string {
  return dbErrorReason(error) ?? "extraction or write failed";
}
