/**
 * Bulk ingestion: sources are read in batches; each batch is validated, checked against the graph
 * with one query (articles already written by this extractor are skipped, so an interrupted run
 * resumes), then extracted and written by a small pool of concurrent workers, one transaction each.
 */
import { EXTRACTOR } from "../extract/index.js";
import { dbErrorReason, isWorthRetrying } from "../graph/errors.js";
import { existingArticles } from "../graph/inventory.js";
import type { Db } from "../graph/neo4j.js";
import { InputError } from "./input.js";
import { prepareArticle, writePrepared, type PreparedArticle } from "./ingest.js";
import type { SourceItem } from "./sources.js";

export interface BatchOptions {
  maxArticleBytes: number;
  concurrency: number;
  batchSize: number;
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

  let warm = false;
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
    const done = new Set(rows.filter((r) => r.extractor === EXTRACTOR).map((r) => r.id));
    const queue = todo.filter((t) => {
      if (!done.has(t.article.articleId)) return true;
      summary.skipped++;
      tick();
      return false;
    });
    const worker = async (from: typeof queue) => {
      for (let next = from.shift(); next; next = from.shift()) {
        try {
          const result = await withRetries(() => writePrepared(db, next!.article, { source: next!.where, awaitSearchIndexes: false }));
          if (result.outcome === "created") summary.created++;
          else if (result.outcome === "reextracted") summary.reextracted++;
          else summary.skipped++;
          summary.entities += result.entities;
          summary.statements += result.statements;
          tick();
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          fail(next, writeReason(error), message);
        }
      }
    };
    // the very first article goes alone: its queries get planned once, not by every worker at the same time
    if (!warm && queue.length > 0) {
      await worker(queue.splice(0, 1));
      warm = true;
    }
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, () => worker(queue)));
  };

  let batch: SourceItem[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= options.batchSize) {
      await runBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await runBatch(batch);
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
