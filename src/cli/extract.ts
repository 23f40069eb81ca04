/** `newsgraph extract FILE...`: one Extraction per file as JSON Lines on stdout; errors on stderr. */
import { readFile } from "node:fs/promises";
import { extract, fullNamesIn, surnameDirectory } from "../extract/index.js";

export interface ExtractOptions {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

async function readText(file: string): Promise<string> {
  const text = await readFile(file, "utf8");
  if (text.includes("\u0000")) throw new Error("not a text file");
  return text;
}

export async function runExtract(files: string[], opts: ExtractOptions): Promise<number> {
  if (opts.date !== undefined && !ISO_DATE.test(opts.date)) {
    process.stderr.write(`extract: --date must be YYYY-MM-DD, got ${JSON.stringify(opts.date)}\n`);
    return 2;
  }
  // Two passes: full names from every file first, so a bare surname resolves the same whatever the file order.
  const failures = new Map<string, string>();
  const names = new Set<string>();
  for (const file of files) {
    try {
      for (const name of fullNamesIn(await readText(file), { ...opts, source: file })) names.add(name);
    } catch (err) {
      failures.set(file, err instanceof Error ? err.message : String(err));
    }
  }
  const knownPeople = surnameDirectory(names);
  let failed = 0;
  for (const file of files) {
    try {
      const unreadable = failures.get(file);
      if (unreadable !== undefined) throw new Error(unreadable);
      const result = extract(await readText(file), { ...opts, source: file }, { knownPeople });
      process.stdout.write(`${JSON.stringify({ source: file, ...result })}\n`);
    } catch (err) {
      failed++;
      const reason = err instanceof Error ? err.message : String(err);
      process.stderr.write(`extract: ${file}: ${reason}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
