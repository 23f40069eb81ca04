/**
 * Cross-article entity resolution, pure: an extraction's per-article entities become graph keys.
 *
 * - Countries resolve by ISO code (`country:ru`), or by name when the extractor gave no code.
 * - People, organisations and locations resolve by their normalised canonical name (`person:jane-doe`).
 * - A person named by one token only ("Doe") joins the one known person whose surname that is
 *   (`surnameKey`), looked up by index in the write transaction; with no such person, or with two or
 *   more ("Jane Doe", "John Doe"), it stays a surname-only entity (`person:doe`).
 * - The reverse: when a full name arrives and a surname-only entity exists, and this full name is the
 *   only known person with that surname, the surname-only entity is absorbed into it (its mentions,
 *   statements and roles move over, its name becomes an alias, and it is deleted).
 */
import { isGenerationalSuffix, sameGivenName, slugify } from "../extract/index.js";
import type { EntityType, Extraction, ExtractedEntity } from "../extract/types.js";

/** What the graph knows about one surname, read under the surname's lock in the write transaction. */
export interface KnownSurname {
  /** ids of people with a multi-token name whose last token is this surname */
  fullNames: string[];
  /** whether the surname-only entity `person:<surname>` exists */
  surnameOnly: boolean;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  /** every name this article used for the entity, canonical name first */
  names: string[];
  code: string | null;
  surnameKey: string | null;
  starts: number[];
  ends: number[];
}

export interface Resolution {
  /** extraction-local entity id → graph id */
  idOf: Map<string, string>;
  /** one row per graph entity, sorted by id (a fixed lock order keeps concurrent writers from deadlocking) */
  entities: EntityRow[];
  /** surname-only entities to fold into a full-name person */
  absorb: { from: string; into: string }[];
}

/** The graph's id form of a name (apostrophes split words: the stored ids were made so), "x" when nothing is left. */
export function slug(value: string): string {
  return slugify(value, { apostrophes: "split" }) || "x";
}

const PREFIX: Record<EntityType, string> = { PERSON: "person", COUNTRY: "country", ORGANISATION: "organisation", LOCATION: "location" };

const tokens = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);

export const isSingleToken = (name: string): boolean => tokens(name).length === 1;

/** A person's name tokens without generational suffixes and trailing punctuation ("Quill, Jr." → ["Quill"]: a Quill). */
const nameParts = (name: string): string[] =>
  tokens(name)
    .map((t) => t.replace(/[.,]+$/, ""))
    .filter((t) => t !== "" && !isGenerationalSuffix(t));

/** The surname key of a person's name: its last token (suffixes aside), normalised. */
export function surnameKey(name: string): string {
  return slug(nameParts(name).at(-1) ?? name);
}

/**
 * Whether a full name and a known person's graph id (same surname key) can be one person: their given
 * names agree, as written, as familiar and formal forms ("Joe", "Joseph") or as an initial; middle
 * names and initials aside ("Joseph R. Quill" is "Joe Quill").
 */
function sameGiven(name: string, id: string): boolean {
  const given = nameParts(name)[0];
  const other = id.slice(id.indexOf(":") + 1).split("-")[0];
  return given !== undefined && other !== undefined && sameGivenName(slug(given), other);
}

/** The graph id an entity gets by its own name or code, before surname resolution. */
export function keyOf(e: Pick<ExtractedEntity, "type" | "name" | "code">): string {
  if (e.type === "COUNTRY" && e.code) return `country:${e.code.toLowerCase()}`;
  return `${PREFIX[e.type]}:${slug(e.name)}`;
}

/** The surname keys whose known people the transaction must look up (and lock). */
export function surnameKeysOf(x: Extraction): string[] {
  return [...new Set(x.entities.filter((e) => e.type === "PERSON").map((e) => surnameKey(e.name)))].sort();
}

export function resolveEntities(x: Extraction, known: ReadonlyMap<string, KnownSurname>): Resolution {
  const people = x.entities.filter((e) => e.type === "PERSON");
  // full-name people of this article, by surname key
  const articleFullNames = new Map<string, Set<string>>();
  for (const p of people) {
    if (isSingleToken(p.name)) continue;
    const key = surnameKey(p.name);
    articleFullNames.set(key, (articleFullNames.get(key) ?? new Set()).add(keyOf(p)));
  }
  const candidates = (key: string): Set<string> => new Set([...(known.get(key)?.fullNames ?? []), ...(articleFullNames.get(key) ?? [])]);

  const idOf = new Map<string, string>();
  const absorb = new Map<string, string>();
  for (const e of x.entities) {
    let id = keyOf(e);
    if (e.type === "PERSON") {
      const key = surnameKey(e.name);
      const all = candidates(key);
      if (isSingleToken(e.name)) {
        if (all.size === 1) id = [...all][0]!;
      } else {
        // "Joseph R. Quill" beside a known "Joe Quill": one person, when no other person of that surname fits
        const own = id;
        const fits = [...all].filter((other) => other !== own && sameGiven(e.name, other));
        if (!known.get(key)?.fullNames.includes(own) && fits.length === 1) id = fits[0]!;
        const people = new Set([...all].map((o) => (o === own ? id : o)));
        if (known.get(key)?.surnameOnly && people.size === 1) absorb.set(`person:${key}`, id);
      }
    }
    idOf.set(e.id, id);
  }

  const rows = new Map<string, EntityRow>();
  for (const e of x.entities) {
    const id = idOf.get(e.id)!;
    // spans into the text only: a mention in a title given as metadata has offsets into the title
    const spans = e.mentions.filter((m) => m.in === undefined).map((m) => [m.start, m.end] as const);
    const row = rows.get(id);
    if (!row) {
      rows.set(id, {
        id,
        type: e.type,
        name: e.name,
        names: unique([e.name, ...e.aliases]),
        code: e.code ?? null,
        surnameKey: e.type === "PERSON" ? surnameKey(e.name) : null,
        starts: spans.map((s) => s[0]),
        ends: spans.map((s) => s[1]),
      });
      continue;
    }
    // two extracted entities for one graph entity ("Doe" beside "Jane Doe"): keep the fuller name
    if (tokens(e.name).length > tokens(row.name).length) {
      row.name = e.name;
      row.surnameKey = e.type === "PERSON" ? surnameKey(e.name) : row.surnameKey;
    }
    row.names = unique([row.name, ...row.names, e.name, ...e.aliases]);
    const merged = [...row.starts.map((s, i) => [s, row.ends[i]!] as const), ...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const distinct = merged.filter((s, i) => i === 0 || s[0] !== merged[i - 1]![0] || s[1] !== merged[i - 1]![1]);
    row.starts = distinct.map((s) => s[0]);
    row.ends = distinct.map((s) => s[1]);
  }
  const entities = [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { idOf, entities, absorb: [...absorb].map(([from, into]) => ({ from, into })).filter((m) => m.from !== m.into) };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
