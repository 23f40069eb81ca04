/** The news corpora of /work/shared/corpus (or NEWSGRAPH_CORPUS_DIR), streamed line by line. */
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";

export interface CorpusDoc {
  id: string;
  date: string | null;
  title: string | null;
  text: string;
  outlet: string;
}

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));

export const CORPUS_DIR = process.env.NEWSGRAPH_CORPUS_DIR ?? path.resolve(REPO_ROOT, "../shared/corpus");
export const REUTERS = path.join(CORPUS_DIR, "reuters21578.jsonl.gz");
export const BBC = path.join(CORPUS_DIR, "bbc2225.jsonl");

export function corpusAvailable(): boolean {
  return existsSync(REUTERS) && existsSync(BBC);
}

/** Streams a .jsonl or .jsonl.gz file (zlib + readline), stopping after `limit` documents. */
export async function* streamCorpus(file: string, outlet: string, limit = Infinity): AsyncGenerator<CorpusDoc> {
  if (limit <= 0) return;
  const raw = createReadStream(file);
  const input = file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; date?: string | null; title?: string | null; text: string };
      yield { id: r.id, date: r.date ?? null, title: r.title ?? null, text: r.text, outlet };
      if (++n >= limit) break;
    }
  } finally {
    lines.close();
    raw.destroy();
  }
}

export async function loadCorpus(file: string, outlet: string, limit = Infinity): Promise<CorpusDoc[]> {
  const docs: CorpusDoc[] = [];
  for await (const doc of streamCorpus(file, outlet, limit)) docs.push(doc);
  return docs;
}

export const utf8Bytes = (docs: readonly CorpusDoc[]): number => docs.reduce((sum, d) => sum + Buffer.byteLength(d.text, "utf8"), 0);
