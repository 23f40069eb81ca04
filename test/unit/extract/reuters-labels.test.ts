/**
 * An independent check of extraction: Reuters-21578 (../shared/corpus) carries its own labels,
 * written by Reuters in 1987 for other purposes, never seen while the rules were written. `places`
 * are the countries a story concerns and `people` the people it names, so the recall of countries
 * (and of named people) against them says how much extraction finds on text it was not tuned on.
 * A place need not be named in the text (a Houston company's story is labelled `usa`), so recall is
 * far from 1 by nature; the thresholds sit a few points under what this test measured.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import worldCountries, { type Country } from "world-countries";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { slug } from "../../../src/graph/resolve-entities.js";

const CORPUS = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../../shared/corpus/reuters21578.jsonl.gz");

/**
 * Measured on these samples when the test was written (2026-12-01): country recall 0.458
 * (1284/2804 pairs), 0.735 without `usa` (917/1247), people 0.944 (1163/1232); each less 2.5 points.
 */
const MIN_COUNTRY_RECALL = 0.43;
const MIN_COUNTRY_RECALL_WITHOUT_USA = 0.71;
const MIN_PEOPLE_RECALL = 0.92;

interface Doc {
  id: string;
  title: string | null;
  date: string | null;
  text: string;
  places: string[];
  people: string[];
}

// world-countries is CommonJS: at run time the default import is the array itself
const COUNTRIES: Country[] = Array.isArray(worldCountries) ? (worldCountries as unknown as Country[]) : worldCountries.default;

/** Reuters' own codes that are no country's name in world-countries. */
const REUTERS_CODES: Record<string, string> = {
  usa: "US",
  uk: "GB",
  "west-germany": "DE",
  turkey: "TR",
  uae: "AE",
  "trinidad-tobago": "TT",
  antigua: "AG",
};
/** States of 1987 that no longer exist (ussr, yugoslavia, czechoslovakia, east-germany, zaire, kampuchea, the two Yemens): left out. */
function isoOf(place: string): string | null {
  if (REUTERS_CODES[place]) return REUTERS_CODES[place];
  for (const c of COUNTRIES) {
    const names = [c.name.common, c.name.official, ...c.altSpellings].map((n) => slug(n));
    if (names.includes(place)) return c.cca2;
  }
  return null;
}

const docs: Doc[] = gunzipSync(readFileSync(CORPUS))
  .toString("utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Doc);

/** Of `labelled` (doc, label) pairs, how many extraction found. */
interface Recall {
  pairs: number;
  found: number;
  recall: number;
}
const recallOf = (hits: boolean[]): Recall => {
  const found = hits.filter(Boolean).length;
  return { pairs: hits.length, found, recall: found / hits.length };
};

describe("extraction against the Reuters-21578 labels", () => {
  it("finds most of the countries Reuters labelled a story with (places)", () => {
    // every eighth labelled story: 2,300 stories, ~2 MB
    const sample = docs.filter((d) => d.places.length > 0).filter((_, i) => i % 8 === 0);
    const hits: { place: string; found: boolean }[] = [];
    const unmapped = new Set<string>();
    for (const d of sample) {
      const x = extract(d.text, { title: d.title, date: d.date });
      const codes = new Set(x.entities.filter((e) => e.type === "COUNTRY").map((e) => e.code));
      for (const place of new Set(d.places)) {
        const iso = isoOf(place);
        if (iso) hits.push({ place, found: codes.has(iso) });
        else unmapped.add(place);
      }
    }
    const all = recallOf(hits.map((h) => h.found));
    const withoutUsa = recallOf(hits.filter((h) => h.place !== "usa").map((h) => h.found));
    process.stderr.write(
      `[reuters-labels] countries: ${sample.length} stories, recall ${all.recall.toFixed(3)} (${all.found}/${all.pairs}); ` +
        `without usa ${withoutUsa.recall.toFixed(3)} (${withoutUsa.found}/${withoutUsa.pairs}); left out: ${[...unmapped].sort().join(", ")}\n`,
    );
    expect(sample.length).toBeGreaterThan(2_000);
    expect(all.pairs).toBeGreaterThan(2_500);
    expect(all.recall).toBeGreaterThanOrEqual(MIN_COUNTRY_RECALL);
    expect(withoutUsa.recall).toBeGreaterThanOrEqual(MIN_COUNTRY_RECALL_WITHOUT_USA);
  });

  it("finds most of the people Reuters labelled a story with (people)", () => {
    const sample = docs.filter((d) => d.people.length > 0);
    const hits: boolean[] = [];
    for (const d of sample) {
      const x = extract(d.text, { title: d.title, date: d.date });
      const people = x.entities.filter((e) => e.type === "PERSON").map((e) => slug(e.name));
      for (const label of new Set(d.people)) {
        // "james-baker": James Baker, or Baker alone (the label's last word as the person's last name)
        const surname = label.split("-").at(-1)!;
        hits.push(people.some((p) => p === label || p === surname || p.endsWith(`-${surname}`)));
      }
    }
    const people = recallOf(hits);
    process.stderr.write(
      `[reuters-labels] people: ${sample.length} stories, recall ${people.recall.toFixed(3)} (${people.found}/${people.pairs})\n`,
    );
    expect(people.pairs).toBeGreaterThan(1_000);
    expect(people.recall).toBeGreaterThanOrEqual(MIN_PEOPLE_RECALL);
  });
});
