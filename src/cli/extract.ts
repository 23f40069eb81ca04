/** `newsgraph extract FILE...`: one Extraction per file as JSON Lines on stdout; errors on stderr. */
import { readFile } from "node:fs/promises";
import { extract, learnPeople } from "../extract/index.js";

export interface ExtractOptions {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function runExtract(files: string[], opts: ExtractOptions): Promise<number> {
  if (opts.date !== undefined && !ISO_DATE.test(opts.date)) {
    process.stderr.write(`extract: --date must be YYYY-MM-DD, got ${JSON.stringify(opts.date)}\n`);
    return 2;
  }
  const knownPeople = new Map<string, string>();
  let failed = 0;
  for (const file of files) {
    try {
      const text = await readFile(file, "utf8");
      if (text.includes("\u0000")) throw new Error("not a text file");
      const result = extract(text, { ...opts, source: file }, { knownPeople });
      learnPeople(knownPeople, result);
      process.stdout.write(`${JSON.stringify({ source: file, ...result })}\n`);
    } catch (err) {
      failed++;
      const reason = err instanceof Error ? err.message : String(err);
      process.stderr.write(`extract: ${file}: ${reason}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
