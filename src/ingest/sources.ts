/**
 * What the ingest command reads: text or HTML files, folders of them, and JSON Lines corpora
 * (`.jsonl`, `.jsonl.gz`, one `{id, date, title, text}` object a line), streamed line by line.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import type { ArticleInput } from "./input.js";

/** One article to ingest, or why a line or file could not become one; `where` names the file (and line). */
export type SourceItem = { where: string; input: ArticleInput } | { where: string; error: string; reason: string };

export interface SourceDefaults {
  /** outlet of corpus records without one (a file's own text names its outlet) */
  outlet?: string | null;
}

const ARTICLE_FILE = /\.(txt|text|html?)$/i;
const CORPUS_FILE = /\.jsonl(\.gz)?$/i;

/** Expands folders (recursively, in name order) into the article and corpus files they hold. */
export async function listSources(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p);
    if (!s.isDirectory()) {
      out.push(p);
      continue;
    }
    const names = (await readdir(p)).sort();
    const nested = await listSources(names.map((n) => path.join(p, n)).filter((f) => !path.basename(f).startsWith(".")));
    out.push(...nested.filter((f) => ARTICLE_FILE.test(f) || CORPUS_FILE.test(f)));
  }
  return out;
}

function lines(file: string): readline.Interface {
  const raw = createReadStream(file);
  const stream = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (e) => stream.emit("error", e));
  return readline.createInterface({ input: stream, crlfDelay: Infinity });
}

/** How many articles the files hold (non-empty lines of corpora), for the progress bar. */
export async function countArticles(files: readonly string[]): Promise<number> {
  let n = 0;
  for (const file of files) {
    if (!CORPUS_FILE.test(file)) {
      n++;
      continue;
    }
    for await (const line of lines(file)) if (line.trim() !== "") n++;
  }
  return n;
}

export async function* readSources(files: readonly string[], defaults: SourceDefaults = {}): AsyncGenerator<SourceItem> {
  for (const file of files) {
    if (CORPUS_FILE.test(file)) {
      yield* readCorpus(file, defaults);
      continue;
    }
    try {
      yield { where: file, input: { text: await readFile(file, "utf8") } };
    } catch (error) {
      yield { where: file, error: error instanceof Error ? error.message : String(error), reason: "unreadable file" };
    }
  }
}

async function* readCorpus(file: string, defaults: SourceDefaults): AsyncGenerator<SourceItem> {
  let lineNo = 0;
  try {
    for await (const line of lines(file)) {
      lineNo++;
      if (line.trim() === "") continue;
      yield corpusItem(`${file}:${lineNo}`, line, defaults);
    }
  } catch (error) {
    yield { where: `${file}:${lineNo}`, error: error instanceof Error ? error.message : String(error), reason: "unreadable file" };
  }
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

export function corpusItem(where: string, line: string, defaults: SourceDefaults = {}): SourceItem {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { where, error: "not valid JSON", reason: "invalid JSON line" };
  }
  if (typeof row !== "object" || row === null || Array.isArray(row))
    return { where, error: "not a JSON object", reason: "invalid JSON line" };
  const r = row as Record<string, unknown>;
  if (typeof r.text !== "string") return { where, error: 'no "text" string', reason: "no text field" };
  return {
    where: typeof r.id === "string" ? `${where} (${r.id})` : where,
    input: {
      text: r.text,
      title: str(r.title),
      publishedOn: str(r.date) ?? str(r.publishedOn),
      url: str(r.url),
      outlet: str(r.outlet) ?? defaults.outlet ?? null,
    },
  };
}
