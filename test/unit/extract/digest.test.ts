/**
 * A digest of what extraction finds over a fixed sample: the seed articles (one multi-file run, as
 * `newsgraph extract seeds/*.txt` does), the first 300 BBC and the first 300 Reuters articles of
 * ../shared/corpus. A restructuring leaves it as it is; a change that alters what is extracted
 * updates EXTRACTION_DIGEST on purpose, in the same commit (EXTRACTOR follows by itself: see version.ts).
 * The `extractor` field is left out: it names the code, not what the code found.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { extract, fullNamesIn, surnameDirectory } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";
import { SHARED_DIR } from "./gold-scorer.js";

/** Update on purpose, with the change that alters extraction output. */
const EXTRACTION_DIGEST = "a7b12b7a1403af4333531a8419120736aa1e3fcb656f065e06581cc2ec19fd2e";
const SAMPLE = 300;

const repo = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");

interface CorpusDoc {
  id: string;
  title: string | null;
  date?: string | null;
  text: string;
}

const firstLines = (text: string, limit: number): CorpusDoc[] =>
  text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, limit)
    .map((l) => JSON.parse(l) as CorpusDoc);

/** JSON with object keys sorted, so the digest does not depend on the order fields are written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function sampleOutputs(): Extraction[] {
  const seedsDir = join(repo, "seeds");
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(seedsDir, f), "utf8") }));
  const knownPeople = surnameDirectory(seeds.flatMap((s) => fullNamesIn(s.text, { source: s.file })));
  const corpus = join(SHARED_DIR, "corpus");
  const docs = [
    ...firstLines(readFileSync(join(corpus, "bbc2225.jsonl"), "utf8"), SAMPLE),
    ...firstLines(gunzipSync(readFileSync(join(corpus, "reuters21578.jsonl.gz"))).toString("utf8"), SAMPLE),
  ];
  return [
    ...seeds.map((s) => extract(s.text, { source: s.file }, { knownPeople })),
    ...docs.map((d) => extract(d.text, { title: d.title, date: d.date ?? null, source: d.id })),
  ];
}

describe("extraction digest", () => {
  it("extracts exactly what it extracted when the digest was pinned, over seeds, 300 BBC and 300 Reuters articles", () => {
    const hash = createHash("sha256");
    const outputs = sampleOutputs();
    for (const x of outputs) hash.update(`${canonical({ ...x, extractor: undefined })}\n`);
    expect(outputs).toHaveLength(602);
    expect(hash.digest("hex")).toBe(EXTRACTION_DIGEST);
  });
});
