/**
 * What the ingest command reads: text or HTML files, folders of them, and JSON Lines corpora
 * (`.jsonl`, `.jsonl.gz`, one `{id, date, title, text}` object a line), streamed line by line.
 * Nothing here throws for a bad path or file: each problem becomes an item that names the file
 * (and line) and the reason, and the other files go on.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import { decodeText, DecodeError } from "./decode.js";
import type { ArticleInput } from "./input.js";

/** One article to ingest, or why a line or file could not become one; `where` names the file (and line). */
export type SourceItem =
  | { where: string; file: string; input: ArticleInput; decodedFrom?: string }
  | { where: string; file: string; error: string; reason: string };

export interface SourceDefaults {
  /** outlet of corpus records without one (a file's own text names its outlet) */
  outlet?: string | null;
}

export interface SourceList {
  /** article and corpus files, in the order given (folders in name order) */
  files: string[];
  /** paths that could not be listed (missing, unreadable), as items naming them and why */
  problems: SourceItem[];
  /** files found in folders that are neither articles nor corpora: skipped */
  unknown: string[];
}

const ARTICLE_FILE = /\.(txt|text|html?)$/i;
const CORPUS_FILE = /\.jsonl(\.gz)?$/i;
export const KNOWN_TYPES = ".txt, .text, .html, .htm, .jsonl, .jsonl.gz";

/** Expands folders (recursively, in name order) into the article and corpus files they hold. */
export async function listSources(paths: readonly string[]): Promise<SourceList> {
  const list: SourceList = { files: [], problems: [], unknown: [] };
  for (const p of paths) await addPath(p, true, list);
  return list;
}

async function addPath(p: string, given: boolean, list: SourceList): Promise<void> {
  try {
    if (!(await stat(p)).isDirectory()) {
      // a file named on the command line is read as an article whatever its name
      if (given || ARTICLE_FILE.test(p) || CORPUS_FILE.test(p)) list.files.push(p);
      else list.unknown.push(p);
      return;
    }
    for (const name of (await readdir(p)).sort()) if (!name.startsWith(".")) await addPath(path.join(p, name), false, list);
  } catch (error) {
    list.problems.push({ where: p, file: p, ...fileError(error) });
  }
}

function fileError(error: unknown): { error: string; reason: string } {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return { error: "no such file or folder", reason: "path not found" };
  if (code === "EACCES" || code === "EPERM") return { error: "permission denied", reason: "unreadable file" };
  return { error: error instanceof Error ? error.message : String(error), reason: "unreadable file" };
}

/** Lines of a corpus as latin-1 strings (one char a byte), so each line's bytes can be decoded on their own. */
function lines(file: string): readline.Interface {
  const raw = createReadStream(file);
  const stream = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (e) => stream.emit("error", e));
  stream.setEncoding("latin1");
  return readline.createInterface({ input: stream, crlfDelay: Infinity });
}

/** How many articles the files hold (non-empty lines of corpora), for the progress bar; unreadable parts count as read so far. */
export async function countArticles(files: readonly string[]): Promise<number> {
  let n = 0;
  for (const file of files) {
    if (!CORPUS_FILE.test(file)) {
      n++;
      continue;
    }
    try {
      for await (const line of lines(file)) if (line.trim() !== "") n++;
    } catch {
      n++; // the error the read reports
    }
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
      const { text, decodedFrom } = decodeText(await readFile(file));
      yield decodedFrom ? { where: file, file, input: { text }, decodedFrom } : { where: file, file, input: { text } };
    } catch (error) {
      yield { where: file, file, ...(error instanceof DecodeError ? { error: error.message, reason: error.reason } : fileError(error)) };
    }
  }
}

async function* readCorpus(file: string, defaults: SourceDefaults): AsyncGenerator<SourceItem> {
  let lineNo = 0;
  try {
    for await (const raw of lines(file)) {
      lineNo++;
      if (raw.trim() === "") continue;
      const where = `${file}:${lineNo}`;
      let decoded;
      try {
        decoded = decodeText(Buffer.from(raw, "latin1"));
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        yield { where, file, error: error.message, reason: error.reason };
        continue;
      }
      const item = corpusItem(where, decoded.text, defaults, file);
      yield decoded.decodedFrom && "input" in item ? { ...item, decodedFrom: decoded.decodedFrom } : item;
    }
  } catch (error) {
    yield { where: `${file}:${lineNo + 1}`, file, ...corpusError(error, lineNo) };
  }
}

function corpusError(error: unknown, linesRead: number): { error: string; reason: string } {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "Z_BUF_ERROR") {
    return {
      error: `truncated gzip: the file ends inside line ${linesRead + 1}; the ${linesRead} lines before it were read`,
      reason: "truncated gzip",
    };
  }
  if (code === "Z_DATA_ERROR") {
    const message = error instanceof Error ? error.message : String(error);
    if (linesRead === 0) return { error: `not gzip data (${message})`, reason: "corrupt gzip" };
    return { error: `corrupt gzip data after line ${linesRead} (${message}); the lines before it were read`, reason: "corrupt gzip" };
  }
  return fileError(error);
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

export function corpusItem(where: string, line: string, defaults: SourceDefaults = {}, file = where): SourceItem {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { where, file, error: "not valid JSON", reason: "invalid JSON line" };
  }
  if (typeof row !== "object" || row === null || Array.isArray(row))
    return { where, file, error: "not a JSON object", reason: "invalid JSON line" };
  const r = row as Record<string, unknown>;
  if (typeof r.text !== "string") return { where, file, error: 'no "text" string', reason: "no text field" };
  return {
    where: typeof r.id === "string" ? `${where} (${r.id})` : where,
    file,
    input: {
      text: r.text,
      title: str(r.title),
      publishedOn: str(r.date) ?? str(r.publishedOn),
      url: str(r.url),
      outlet: str(r.outlet) ?? defaults.outlet ?? null,
    },
  };
}
