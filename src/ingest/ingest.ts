/** The one ingest path: validate → (HTML to text) → extract → write, used by the mutation, the CLI and seeding. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { convert } from "html-to-text";
import { extract } from "../extract/index.js";
import type { ArticleMeta, Extraction } from "../extract/types.js";
import type { Db, QueryStats, WriteTx } from "../graph/neo4j.js";
import { articleIdFor, writeArticle, type WriteResult } from "../graph/write.js";
import { contentHash, validateArticleInput, type ArticleInput } from "./input.js";

export interface IngestOptions {
  maxArticleBytes: number;
  source?: string;
  stats?: QueryStats;
  /** see WriteOptions.awaitSearchIndexes */
  awaitSearchIndexes?: boolean;
  /** test hook, see WriteOptions.beforeCommit */
  beforeCommit?: (tx: WriteTx) => Promise<void>;
}

/** A valid article input, as plain text, with its identity. */
export interface PreparedArticle {
  input: ArticleInput;
  text: string;
  hash: string;
  articleId: string;
}

const LOOKS_LIKE_HTML = /^\s*(<!doctype html|<html[\s>])|<(p|div|article|body|br)[\s>/]/i;

export function toPlainText(text: string): string {
  if (!LOOKS_LIKE_HTML.test(text)) return text;
  return convert(text, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
    ],
  });
}

/** Validates (throws InputError), converts HTML to text and computes the article id; no I/O. */
export function prepareArticle(input: ArticleInput, maxArticleBytes: number): PreparedArticle {
  validateArticleInput(input, maxArticleBytes);
  const text = toPlainText(input.text);
  if (text.trim() === "") validateArticleInput({ ...input, text }, maxArticleBytes);
  const hash = contentHash(text);
  return { input, text, hash, articleId: articleIdFor(hash) };
}

/** What extraction is told of an article besides its text. */
export function metaOf(article: PreparedArticle, source?: string): ArticleMeta {
  const { input } = article;
  return { title: input.title ?? null, date: input.publishedOn ?? null, outlet: input.outlet ?? null, url: input.url ?? null, source };
}

/** Writes an article already extracted (one transaction). */
export function writeExtracted(
  db: Db,
  article: PreparedArticle,
  extraction: Extraction,
  options: Omit<IngestOptions, "maxArticleBytes">,
): Promise<WriteResult> {
  return writeArticle(db, extraction, article.hash, {
    source: article.text,
    stats: options.stats,
    awaitSearchIndexes: options.awaitSearchIndexes,
    beforeCommit: options.beforeCommit,
  });
}

export async function writePrepared(
  db: Db,
  article: PreparedArticle,
  options: Omit<IngestOptions, "maxArticleBytes">,
): Promise<WriteResult> {
  return writeExtracted(db, article, extract(article.text, metaOf(article, options.source)), options);
}

export async function ingestArticle(db: Db, input: ArticleInput, options: IngestOptions): Promise<WriteResult> {
  return writePrepared(db, prepareArticle(input, options.maxArticleBytes), options);
}

/** Loads every .txt file of `dir` (the seed articles), in name order; returns how many were created. */
export async function ingestFolder(db: Db, dir: string, options: IngestOptions): Promise<number> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  let created = 0;
  for (const file of files) {
    const text = await readFile(path.join(dir, file), "utf8");
    const result = await ingestArticle(db, { text }, { ...options, source: file, awaitSearchIndexes: false });
    if (result.created) created++;
  }
  // searchable when this returns: one wait for the full-text indexes, not one per article
  if (created > 0) await db.awaitSearchIndexes();
  return created;
}
