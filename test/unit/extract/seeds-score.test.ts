import { readFileSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extract, fullNamesIn, surnameDirectory } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";
import { loadScoreGold, SHARED_DIR, type GoldScore } from "./gold-scorer.js";

const repo = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const shared = SHARED_DIR;
const seedsDir = join(repo, "seeds");

describe("extract over the seed articles, scored against the gold", () => {
  let score: GoldScore;
  beforeAll(async () => {
    const scorer = { scoreGold: await loadScoreGold() };
    const gold: unknown = JSON.parse(readFileSync(join(shared, "gold/seeds.gold.json"), "utf8"));
    const files = readdirSync(seedsDir).filter((f) => f.endsWith(".txt"));
    const texts = new Map(files.map((f) => [f, readFileSync(join(seedsDir, f), "utf8")]));
    const knownPeople = surnameDirectory([...texts].flatMap(([f, t]) => fullNamesIn(t, { source: f })));
    const extracted = new Map<string, Extraction>();
    for (const [file, text] of texts) extracted.set(basename(file), extract(text, { source: file }, { knownPeople }));
    score = scorer.scoreGold(gold, extracted);
  });

  it("finds every required entity and role", () => {
    expect(score.misses.filter((m) => /missing (PERSON|COUNTRY|ORGANISATION|role)/.test(m))).toEqual([]);
    expect(score.entityRecall).toBe(1);
    expect(score.roleRecall).toBe(1);
  });
  it("keeps entity precision at 0.9 or more and never reports a forbidden entity", () => {
    expect(score.entityPrecision).toBeGreaterThanOrEqual(0.9);
    expect(score.forbidden).toBe(0);
  });
  it("attributes 90% of required statements and keeps statement precision at 0.8 or more", () => {
    expect(score.statementRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.statementPrecision).toBeGreaterThanOrEqual(0.8);
  });
  it("gets title, date and outlet right and leaves no furniture in the body", () => {
    expect(score.metadata).toBe(1);
    expect(score.junkInBody).toBe(0);
  });
});
