/**
 * One entity per real-world thing in the article: full names absorb surname mentions, countries
 * merge by ISO code (names, demonyms, capitals used as metonyms), organisations and places by name.
 */
import { NAME_PARTICLES, countryByCode } from "./gazetteer/index.js";
import type { Mention } from "./recognise.js";
import type { EntityType, ExtractedEntity } from "./types.js";

/** What earlier articles taught: surname → full name ("Smith" → "Jane Smith"). */
export interface ExtractContext {
  knownPeople?: ReadonlyMap<string, string>;
}

export interface Resolution {
  entities: ExtractedEntity[];
  /** entity id of each mention (same index as the mentions), or null when it was dropped */
  entityOf: (string | null)[];
}

const PREFIX: Record<EntityType, string> = { PERSON: "person", COUNTRY: "country", ORGANISATION: "organisation", LOCATION: "location" };
const STRONG_ORG_CUES = new Set(["gazetteer", "suffix", "acronym", "according-to"]);

export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const entityId = (type: EntityType, key: string): string => `${PREFIX[type]}:${slugify(key)}`;

const nameWords = (text: string): string[] => text.split(/[\s]+/).filter((w) => w && !NAME_PARTICLES.has(w));
export const surnameOf = (name: string): string => nameWords(name).at(-1) ?? name;

export function resolve(mentions: Mention[], context: ExtractContext = {}): Resolution {
  const entityOf: (string | null)[] = mentions.map(() => null);
  const byId = new Map<string, ExtractedEntity>();
  const ensure = (type: EntityType, key: string, name: string, code?: string): ExtractedEntity => {
    const id = entityId(type, key);
    let e = byId.get(id);
    if (!e) {
      e = { id, type, name, aliases: [], mentions: [] };
      if (code) e.code = code;
      if (type === "PERSON") e.roles = [];
      byId.set(id, e);
    }
    return e;
  };
  const attach = (index: number, e: ExtractedEntity): void => {
    const m = mentions[index];
    if (!m) return;
    entityOf[index] = e.id;
    e.mentions.push({ start: m.start, end: m.end, text: m.text });
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
  };

  // Words the article uses for organisations or places are not surnames.
  const notPeople = new Set(
    mentions.filter((m) => m.type !== "PERSON" && (m.type !== "ORGANISATION" || STRONG_ORG_CUES.has(m.cue))).map((m) => m.text),
  );

  // People: full names first, longest first, so "Jane Smith" owns "Smith" and "Ms Smith".
  const fullNames = new Map<string, string>();
  const personMentions = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === "PERSON" && !notPeople.has(m.text));
  for (const { m } of personMentions) {
    const words = nameWords(m.text);
    if (words.length < 2) continue;
    const surname = words.at(-1) ?? "";
    const current = fullNames.get(surname);
    if (!current || m.text.length > current.length) fullNames.set(surname, m.text);
  }
  for (const { m, i } of personMentions) {
    const words = nameWords(m.text);
    const surname = words.at(-1) ?? m.text;
    const full = fullNames.get(surname) ?? (words.length === 1 ? context.knownPeople?.get(surname) : undefined);
    if (full) {
      attach(i, ensure("PERSON", full, full));
      continue;
    }
    if (words.length === 1 && m.cue === "candidate") continue;
    attach(i, ensure("PERSON", m.text, m.text));
  }

  mentions.forEach((m, i) => {
    if (m.type === "PERSON") return;
    // "Mickelson said", "Gibson said" after "Phil Mickelson", "Malcolm Gibson": a surname the article gave a
    // person is that person, though the gazetteer knows a place or firm of that name (countries excepted)
    const full = (m.type !== "COUNTRY" || m.cue === "metonym") && m.from + 1 === m.to ? fullNames.get(m.text) : undefined;
    if (full) {
      attach(i, ensure("PERSON", full, full));
      return;
    }
    if (m.type === "COUNTRY" && m.code) {
      const c = countryByCode.get(m.code);
      if (c) attach(i, ensure("COUNTRY", c.code, c.name, c.code));
      return;
    }
    attach(i, ensure(m.type, m.name, m.name));
  });

  const entities = [...byId.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return { entities, entityOf };
}
