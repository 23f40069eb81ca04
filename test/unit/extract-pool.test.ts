/** Extraction in worker threads (the bulk path's ExtractPool) answers exactly what extraction in this thread does. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { ExtractPool } from "../../src/ingest/extract-pool.js";

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
const texts = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ text: readFileSync(path.join(SEEDS, f), "utf8"), meta: { source: f } }));
const made = [
  {
    text: `Harbour talks\n\nAda Quillfeather, the Norland trade minister, said on Monday that talks would resume. "We are ready," she said.`,
    meta: { title: "Harbour talks", date: "2021-12-07", outlet: "Test Wire" },
  },
  { text: "", meta: {} },
];

describe("ExtractPool", () => {
  const pool = new ExtractPool(2);
  afterAll(() => pool.close());

  it("gives the same extraction as extract() in this thread, for every text, whatever order the answers come back in", async () => {
    const all = [...texts, ...made, ...texts];
    expect(texts.length).toBeGreaterThan(0);
    const fromPool = await Promise.all(all.map((t) => pool.extract(t.text, t.meta)));
    expect(fromPool).toEqual(all.map((t) => extract(t.text, t.meta)));
    expect(fromPool[texts.length]!.entities.map((e) => e.name)).toContain("Ada Quillfeather");
  });

  it("rejects the promise of a text whose extraction throws, and goes on with the others", async () => {
    const bad = pool.extract(null as unknown as string, {});
    await expect(bad).rejects.toThrow();
    expect((await pool.extract(made[0]!.text, made[0]!.meta)).extractor).toBe(extract("x").extractor);
  });
});
