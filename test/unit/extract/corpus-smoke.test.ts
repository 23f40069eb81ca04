import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";

const corpus = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../../shared/corpus");
interface Doc {
  id: string;
  title: string | null;
  date?: string | null;
  text: string;
}
const jsonl = (text: string, limit: number): Doc[] =>
  text
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, limit)
    .map((l) => JSON.parse(l) as Doc);

describe("extract over real corpora", () => {
  const docs = [
    ...jsonl(readFileSync(join(corpus, "bbc2225.jsonl"), "utf8"), 1000),
    ...jsonl(gunzipSync(readFileSync(join(corpus, "reuters21578.jsonl.gz"))).toString("utf8"), 1000),
  ];

  it("runs over 2000 articles without crashing, every span pointing at its text, memory bounded", () => {
    const heapBefore = process.memoryUsage().heapUsed;
    let bytes = 0;
    const started = performance.now();
    const bad: string[] = [];
    for (const d of docs) {
      const x = extract(d.text, { title: d.title, date: d.date ?? null });
      bytes += Buffer.byteLength(d.text);
      for (const e of x.entities)
        for (const m of e.mentions) {
          // a mention in a title given as metadata points into the title
          const into = m.in === "title" ? (d.title ?? "") : d.text;
          if (!(m.start >= 0 && m.start < m.end && m.end <= into.length && into.slice(m.start, m.end) === m.text))
            bad.push(`${d.id} ${e.id} ${m.start}`);
        }
      for (const s of x.statements)
        if (!(s.start >= 0 && s.start < s.end && s.end <= d.text.length)) bad.push(`${d.id} statement ${s.start}`);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`extract: ${docs.length} articles, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
    expect(bad).toEqual([]);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(300e6);
    expect(seconds).toBeLessThan(60);
  });
});
