/**
 * One entity per real-world thing in the article: full names absorb surname mentions, countries
 * merge by ISO code (names, demonyms, capitals used as metonyms), organisations and places by name.
 */
import { FIRST_NAMES, LEGAL_FORMS, NAME_SUFFIX_ALTERNATION, ORG_SUFFIXES, countryByCode, lexKey, sameGivenName } from "../lexicon/index.js";
import type { EntityType, ExtractContext, ExtractedEntity, Mention, Resolution } from "../types.js";
import { entityId, nameWords } from "./ids.js";

/**
 * Cues sure enough of an organisation that the word is no surname anywhere in the article ("carrier
 * Acme", "Acme Corp"); "according to Foster" is not one: people are cited so as often as bodies.
 */
const STRONG_ORG_CUES: ReadonlySet<string> = new Set(["gazetteer", "suffix", "portfolio", "acronym", "org-noun"]);

/** A generational suffix closing a person's name ("Jr.", "Sr", "III"). */
const NAME_SUFFIX = new RegExp(`,?\\s+(?:${NAME_SUFFIX_ALTERNATION})\\.?$`);

export function resolve(raw: Mention[], context: ExtractContext = {}): Resolution {
  // names as one line: a hard-wrapped "James\nBaker" is "James Baker" (the spans keep the raw text)
  // and a person's name without its generational suffix: "Joseph R. Quill Jr." is the Joseph R. Quill of
  // "Joseph R. Quill, Jr." and of the graph (the mention keeps the suffix)
  const mentions = raw.map((m) => {
    const one = /\s\s|[^\S ]/.test(m.text) ? { ...m, text: m.text.replace(/\s+/g, " "), name: m.name.replace(/\s+/g, " ") } : m;
    const bare = m.type === "PERSON" ? one.text.replace(NAME_SUFFIX, "") : one.text;
    return bare !== one.text && bare.includes(" ") ? { ...one, text: bare, name: one.name.replace(NAME_SUFFIX, "") } : one;
  });
  const entityOf: (string | null)[] = mentions.map(() => null);
  const byId = new Map<string, ExtractedEntity>();
  // "type key" → id: a name mentioned again is not slugified again
  const ids = new Map<string, string>();
  const ensure = (type: EntityType, key: string, name: string, code?: string): ExtractedEntity => {
    const known = `${type} ${key}`;
    let id = ids.get(known);
    if (id === undefined) ids.set(known, (id = entityId(type, key)));
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
    e.mentions.push({ start: m.start, end: m.end, text: raw[index]?.text ?? m.text, ...(m.inTitle ? { in: "title" as const } : {}) });
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
  };

  // Words the article uses for organisations or places are not surnames ("in Selby's book" is only a
  // guess at a place: it vetoes nothing).
  const notPeople = new Set(
    mentions
      .filter((m) => m.type !== "PERSON" && m.cue !== "preposition" && (m.type !== "ORGANISATION" || STRONG_ORG_CUES.has(m.cue)))
      .map((m) => m.text),
  );

  // People: full names first, longest first, so "Jane Smith" owns "Smith" and "Ms Smith". Two people of
  // one surname ("Anna Brask", "Tomas Brask") stay two: a full name joins the longest full name of
  // its surname whose given name agrees ("Joe Quill" → "Joseph R. Quill"), a bare surname the one of
  // them named last before it.
  const fullNames = new Map<string, string[]>();
  const personMentions = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === "PERSON" && !notPeople.has(m.text));
  for (const { m } of [...personMentions].sort((a, b) => b.m.text.length - a.m.text.length)) {
    const words = nameWords(m.text);
    if (words.length < 2) continue;
    const surname = words.at(-1) ?? "";
    const list = fullNames.get(surname) ?? [];
    if (!list.some((full) => full === m.text || sameGivenName(nameWords(full)[0] ?? "", words[0] ?? ""))) list.push(m.text);
    fullNames.set(surname, list);
  }
  const ownerOf = (text: string): string | undefined => {
    const words = nameWords(text);
    const list = fullNames.get(words.at(-1) ?? text) ?? [];
    return list.find((full) => full === text || sameGivenName(nameWords(full)[0] ?? "", words[0] ?? ""));
  };
  // "Lu Weiming" … "Lu told reporters", "Park Sun-hee" … "Park said": a family name written first (its
  // first word no given name) is what a bare mention of the person uses
  const familyFirst = new Map<string, string>();
  for (const list of fullNames.values()) {
    for (const full of list) {
      const first = nameWords(full)[0] ?? "";
      // "Kim Jong-un": a given name of hyphen-joined syllables follows the family name, whatever that name is
      const syllables = /-\p{Ll}+$/u.test(full);
      if (first !== "" && (syllables || !FIRST_NAMES.has(first)) && !fullNames.has(first))
        familyFirst.set(first, familyFirst.has(first) ? "" : full);
    }
  }
  for (const [k, v] of familyFirst) if (v === "") familyFirst.delete(k);
  /** Given name → the article's full names that open with it. */
  const givenOwners = new Map<string, string[]>();
  for (const list of fullNames.values())
    for (const full of list) {
      const first = nameWords(full)[0] ?? "";
      givenOwners.set(first, [...(givenOwners.get(first) ?? []), full]);
    }
  // "Samsung said" after "Samsung Electronics Co.", "Vantor said" after "Vantor Energy": one word that
  // opens the one firm name the article gives, closed by a legal form or a word of organisations' names, is that firm
  const firms = new Map<string, string>();
  for (const m of mentions) {
    const words = m.type === "ORGANISATION" ? m.name.split(/\s+/) : [];
    const head = words[0];
    const last = lexKey(words.at(-1) ?? "");
    // an acronym opening a suffixed name is often another body's ("UN Security Council"): only a legal form says so
    if (!head || words.length < 2 || !(LEGAL_FORMS.has(last) || (ORG_SUFFIXES.has(last) && /^\p{Lu}\p{Ll}/u.test(head)))) continue;
    firms.set(head, firms.has(head) && firms.get(head) !== m.name ? "" : m.name);
  }
  for (const [k, v] of firms) if (v === "") firms.delete(k);
  const lastNamed = new Map<string, string>();
  for (const { m, i } of personMentions) {
    const words = nameWords(m.text);
    const surname = words.at(-1) ?? m.text;
    const list = fullNames.get(surname) ?? [];
    let full: string | undefined;
    // "Spindler's father, Joseph, says": a family member named alone is not the article's Joseph Ostrow
    if (m.cue === "kinship") full = undefined;
    else if (words.length >= 2) full = ownerOf(m.text);
    else if (list.length === 1) full = list[0];
    else if (words.length === 1 && familyFirst.has(m.text)) full = familyFirst.get(m.text);
    else if (list.length > 1) full = lastNamed.get(surname) ?? list[0];
    // "Tamsin said", "Lu said" after "Tamsin Vell", "Lu Weiming": the first word of the one full name it opens
    else if (words.length === 1 && givenOwners.get(m.text)?.length === 1) full = givenOwners.get(m.text)?.[0];
    else full = context.knownPeople?.get(surname);
    if (full) {
      if (words.length >= 2) lastNamed.set(surname, full);
      attach(i, ensure("PERSON", full, full));
      continue;
    }
    const firm = words.length === 1 ? firms.get(m.text) : undefined;
    if (firm) {
      attach(i, ensure("ORGANISATION", firm, firm));
      continue;
    }
    if (words.length === 1 && m.cue === "candidate") continue;
    attach(i, ensure("PERSON", m.text, m.text));
  }

  mentions.forEach((m, i) => {
    if (m.type === "PERSON") return;
    // "Ashford said", "Selby said" after "Ruth Ashford", "Owen Selby": a surname the article gave a
    // person is that person, though the gazetteer knows a place or firm of that name (countries excepted)
    const named = (m.type !== "COUNTRY" || m.cue === "metonym") && m.from + 1 === m.to ? fullNames.get(m.text) : undefined;
    // "Jordan said" after "Jordan Ruiz": a country the article gave one person as given name is that
    // person (regions are left alone: "Alberta" opens organisation names read as people too often)
    const given = m.type === "COUNTRY" && m.from + 1 === m.to ? givenOwners.get(m.text) : undefined;
    const full = named?.length === 1 ? named[0] : given?.length === 1 ? given[0] : undefined;
    if (full) {
      attach(i, ensure("PERSON", full, full));
      return;
    }
    if (m.type === "COUNTRY" && m.code) {
      const c = countryByCode.get(m.code);
      if (c) attach(i, ensure("COUNTRY", c.code, c.name, c.code));
      return;
    }
    const firm = m.type === "ORGANISATION" && m.from + 1 === m.to ? firms.get(m.text) : undefined;
    attach(i, firm ? ensure(m.type, firm, firm) : ensure(m.type, m.name, m.name));
  });

  // in order of their first mention in the text; named only in a title given as metadata, last
  const firstAt = (e: ExtractedEntity): number => e.mentions.find((m) => m.in === undefined)?.start ?? Number.MAX_SAFE_INTEGER;
  const entities = [...byId.values()].sort((a, b) => firstAt(a) - firstAt(b));
  return { entities, entityOf };
}
