/**
 * Extraction quality on real news annotated by others (../shared/eval, see its README): the GGT
 * development set (quotes and their speakers, Canadian news) and PolNeAR's (attributions, US political
 * news), scored by the shared scorer as `../shared/tools/score-dev.sh` does: one multi-file run per set,
 * so a surname resolves across the set's articles as `newsgraph extract` resolves it across its files.
 * The thresholds sit a point or two under what the current extractor measures (README, Extraction
 * quality): a regression of a few points fails here.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, fullNamesIn, surnameDirectory } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";
import { SHARED_DIR, loadDevScorers } from "./gold-scorer.js";

interface DevArticle {
  id: string;
  text: string;
}

function readSet(name: string): DevArticle[] {
  return readFileSync(resolve(SHARED_DIR, "eval", name), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as DevArticle);
}

/** Extracts a set as one multi-file run of `newsgraph extract` would, keyed by file name. */
function extractSet(articles: DevArticle[]): Map<string, Extraction> {
  const names = new Set<string>();
  for (const a of articles) for (const n of fullNamesIn(a.text, { source: `${a.id}.txt` })) names.add(n);
  const knownPeople = surnameDirectory(names);
  return new Map(articles.map((a) => [`${a.id}.txt`, extract(a.text, { source: `${a.id}.txt` }, { knownPeople })]));
}

describe("extraction on the development sets", () => {
  it("GGT: quotes found with F1 >= 0.90 and their speakers right for >= 0.88 of them (the target)", async () => {
    const articles = readSet("ggt-dev.jsonl");
    const { scoreGgt } = await loadDevScorers();
    const score = scoreGgt(articles, extractSet(articles));
    console.log(
      `ggt-dev: quote F1 ${score.quoteF1}, speaker accuracy ${score.speakerAccuracy} (${score.found}/${score.gold} quotes found)`,
    );
    expect(score.gold).toBe(957);
    expect(score.quoteF1).toBeGreaterThanOrEqual(0.9);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.88);
  });

  it("PolNeAR: speech attributions found >= 0.89, named sources right >= 0.735, precision >= 0.97", async () => {
    const articles = readSet("polnear-dev.jsonl");
    const { scorePolnear } = await loadDevScorers();
    const score = scorePolnear(articles, extractSet(articles));
    console.log(`polnear-dev: speech recall ${score.speechRecall}, named source ${score.sourceAccuracy}, precision ${score.precision}`);
    expect(score.speechRecall).toBeGreaterThanOrEqual(0.89);
    expect(score.sourceAccuracy).toBeGreaterThanOrEqual(0.735);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
  });
});
