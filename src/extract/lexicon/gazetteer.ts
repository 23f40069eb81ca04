/**
 * The phrase lexicon, built once at module load: countries, demonyms, capitals, cities, regions,
 * organisations, titles, honorifics and stop words, keyed by normalised token sequences (exact case
 * for names, lower case for titles), and the given names that are no other entry.
 */
import worldCountries, { type Country } from "world-countries";
import countryData from "./data/countries.json" with { type: "json" };
import international from "./data/international.json" with { type: "json" };
import government from "./data/government.json" with { type: "json" };
import titleData from "./data/titles.json" with { type: "json" };
import honorifics from "./data/honorifics.json" with { type: "json" };
import firstNames from "./data/first-names.json" with { type: "json" };
import stopwords from "./data/stopwords.json" with { type: "json" };
import places from "./data/places.json" with { type: "json" };
import worldCities from "./data/world-cities.json" with { type: "json" };
import organisations from "./data/organisations.json" with { type: "json" };
import { KNOWN_GIVEN_NAMES } from "./names.js";

// world-countries is CommonJS: at run time the default import is the array itself.
const countries: Country[] = Array.isArray(worldCountries) ? (worldCountries as unknown as Country[]) : worldCountries.default;

type LexKind = "COUNTRY" | "DEMONYM" | "CAPITAL" | "CITY" | "REGION" | "ORG" | "TITLE" | "HONORIFIC" | "STOP";

export interface LexEntry {
  kind: LexKind;
  /** canonical name: country common name, organisation name, title as listed, place name */
  name: string;
  /** ISO alpha-2 of the country this entry is, belongs to or is in */
  code: string | null;
  /** number of tokens */
  length: number;
}

interface CountryInfo {
  code: string;
  name: string;
}

/** The characters lexKey changes: most tokens have none and are their own key. */
const KEYED_CHARS = /[’‘.]/;

/** Normalises one token for lookup: curly apostrophes straightened, dots dropped ("U.S." → "US"). */
export function lexKey(token: string): string {
  return KEYED_CHARS.test(token) ? token.replace(/[’‘]/g, "'").replace(/\./g, "") : token;
}

const keyOf = (phrase: string): string[] =>
  phrase
    .split(/\s+/)
    .flatMap((w) => w.split("-"))
    .filter(Boolean)
    .map(lexKey);

const exact = new Map<string, LexEntry>();
const lower = new Map<string, LexEntry>();
const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
const SHOUTED = /^[A-Z]{2,}$/;
const exactLimit = new Map<string, number>();
const lowerLimit = new Map<string, number>();

/** The most tokens any lexicon phrase starting with this (lexKey'ed) word has; 0 when none does. */
export function phraseLimit(firstKey: string): number {
  const shouted = SHOUTED.test(firstKey) ? (exactLimit.get(titleCase(firstKey)) ?? 0) : 0;
  return Math.max(exactLimit.get(firstKey) ?? 0, lowerLimit.get(firstKey.toLowerCase()) ?? 0, shouted);
}

function add(map: Map<string, LexEntry>, phrase: string, kind: LexKind, name: string, code: string | null): void {
  const parts = keyOf(phrase);
  if (parts.length === 0) return;
  const keyParts = map === lower ? parts.map((p) => p.toLowerCase()) : parts;
  const key = keyParts.join(" ");
  if (map.has(key)) return;
  const firstKey = keyParts[0] ?? "";
  const limits = map === lower ? lowerLimit : exactLimit;
  limits.set(firstKey, Math.max(limits.get(firstKey) ?? 0, parts.length));
  map.set(key, { kind, name, code, length: parts.length });
}

export const countryByCode = new Map<string, CountryInfo>();
for (const c of countries) countryByCode.set(c.cca2, { code: c.cca2, name: c.name.common });
const nameOf = (code: string): string => countryByCode.get(code)?.name ?? code;

// Organisations and places go first so that "Bank of England" beats "England" and so on.
for (const o of international) {
  add(exact, o.name, "ORG", o.name, null);
  for (const a of o.aliases) add(exact, a, "ORG", o.name, null);
}
for (const g of government as { name: string; country: string | null; aliases?: string[] }[]) {
  add(exact, g.name, "ORG", g.name, g.country);
  for (const a of g.aliases ?? []) add(exact, a, "ORG", g.name, g.country);
}
for (const name of [...organisations.companies, ...organisations.clubs]) add(exact, name, "ORG", name, null);
for (const [code, list] of Object.entries(countryData.aliases)) for (const a of list) add(exact, a, "COUNTRY", nameOf(code), code);
for (const c of countries) {
  if (c.cca2 === "UM") continue;
  add(exact, c.name.common, "COUNTRY", c.name.common, c.cca2);
  add(exact, c.name.official, "COUNTRY", c.name.common, c.cca2);
  for (const a of c.altSpellings) {
    if (a.length > 3 && /^[\p{Script=Latin}\s'’.,()-]+$/u.test(a) && !a.includes(",")) add(exact, a, "COUNTRY", c.name.common, c.cca2);
  }
}
for (const [word, code] of Object.entries(countryData.demonyms)) {
  if (code) add(exact, word, "DEMONYM", nameOf(code), code);
}
const ambiguousDemonym = new Set<string>();
{
  const seen = new Map<string, string>();
  for (const c of countries) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      const prev = seen.get(d);
      if (prev && prev !== c.cca2) ambiguousDemonym.add(d);
      else seen.set(d, c.cca2);
    }
  }
  for (const [d, code] of seen) {
    if (ambiguousDemonym.has(d) && !(d in countryData.demonyms)) continue;
    add(exact, d, "DEMONYM", nameOf(code), code);
    if (/[nih]$/.test(d)) add(exact, `${d}s`, "DEMONYM", nameOf(code), code);
  }
}
const noMetonym = new Set(countryData.noMetonym);
for (const [city, code] of Object.entries(countryData.capitals)) {
  add(exact, city, noMetonym.has(city) ? "CITY" : "CAPITAL", city.replace(/,? D\.C\.$/, ""), code);
}
const givenNames = new Set(firstNames);
for (const c of countries) {
  for (const cap of c.capital) if (!givenNames.has(cap)) add(exact, cap, noMetonym.has(cap) ? "CITY" : "CAPITAL", cap, c.cca2);
}
for (const [city, code] of Object.entries(places.cities)) add(exact, city, "CITY", city, code);
for (const r of places.regions) add(exact, r, "REGION", r, null);
for (const [state, code] of Object.entries(worldCities.regions)) add(exact, state, "REGION", state, code);
for (const [city, code] of Object.entries(worldCities.cities)) add(exact, city, "CITY", city, code);

for (const t of titleData.titles) {
  add(/\p{Lu}/u.test(t[0] ?? "") ? exact : lower, t, "TITLE", t.replace(/\.$/, ""), null);
  add(lower, t, "TITLE", t.replace(/\.$/, ""), null);
}
for (const h of honorifics) add(exact, h, "HONORIFIC", h.replace(/\.$/, ""), null);
for (const s of stopwords) add(exact, s, "STOP", s, null);

const PLACE_KINDS = new Set<LexKind>(["COUNTRY", "CAPITAL", "CITY", "REGION"]);
const SHOUTED_PHRASE = /^[A-Z][A-Z ]{3,}$/;

/** Longest lexicon entry made of `keys` (already `lexKey`ed), trying exact case, then titles case-insensitively. */
export function lookup(keys: readonly string[]): LexEntry | undefined {
  const joined = keys.join(" ");
  const e = exact.get(joined);
  if (e) return e;
  // an all-capitals headline or dateline: "NEW YORK", "GERMANY"
  if (SHOUTED_PHRASE.test(joined)) {
    const shouted = exact.get(keys.map(titleCase).join(" "));
    if (shouted && (PLACE_KINDS.has(shouted.kind) || (shouted.kind === "ORG" && keys.length > 1))) return shouted;
  }
  const l = lower.get(joined.toLowerCase());
  return l && l.kind === "TITLE" ? l : undefined;
}

/** Lexicon kinds a given name must not also be to count as one ("Jordan", "Chad" are countries; "Frank" no title). */
const NOT_GIVEN = new Set<LexKind>(["COUNTRY", "DEMONYM", "CAPITAL", "ORG", "TITLE", "HONORIFIC", "STOP"]);
/** Whether a place name is a capital of the country with this code ("Oslo", "NO"). */
export function isCapital(name: string, code: string): boolean {
  const e = exact.get(keyOf(name).join(" "));
  return e?.kind === "CAPITAL" && e.code === code;
}

export const FIRST_NAMES: ReadonlySet<string> = new Set([
  ...givenNames,
  ...[...KNOWN_GIVEN_NAMES].filter((n) => !NOT_GIVEN.has(exact.get(n)?.kind ?? "CITY") && !lower.has(n.toLowerCase())),
]);
