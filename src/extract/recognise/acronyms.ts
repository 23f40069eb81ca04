/**
 * Organisations named in full and then by their initials: "Export Credit Norway (ECN)", "the
 * Society of Motor Traders (SMT)". The full name is the organisation, its acronym one of its names;
 * a country closing an organisation's name ("Export Credit Norway", "Statistics Norway") is part
 * of that name, not a mention of the country.
 */
import { FIRST_NAMES } from "../lexicon/index.js";
import type { Mention } from "../types.js";
import type { MentionPass } from "./scanner.js";

/** Words an acronym leaves out ("Society of Motor Manufacturers and Traders" → SMMT). */
const SMALL_WORDS = new Set(["of", "and", "the", "for", "on", "in", "de", "du", "des", "la", "le", "&"]);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u;

/**
 * What an acronym may abbreviate: an organisation, or a run read as a person by its shape alone, with no
 * given name ("the Parliamentary Budget Officer (PBO)"); people are seldom given their initials in copy.
 */
function named(m: Mention): boolean {
  if (m.type === "ORGANISATION") return true;
  return m.type === "PERSON" && m.cue === "shape" && !m.name.split(/\s+/).some((w) => FIRST_NAMES.has(w));
}

/** Initials of a name's words, without its small words, and with them. */
function initials(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const letters = (ws: string[]): string =>
    ws
      .map((w) => w[0] ?? "")
      .join("")
      .toUpperCase();
  return [letters(words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()))), letters(words)];
}

/** Whether `next` is a country's own name one space after `m` ("Export Credit" + "Norway"). */
function closingCountry(masked: string, m: Mention, next: Mention | undefined): next is Mention {
  return next?.type === "COUNTRY" && next.text === next.name && next.from === m.to && masked.slice(m.end, next.start) === " ";
}

/** "Export Credit" + "Norway": an organisation's name followed, one space on, by a country's own name. */
export const countryClosesOrganisation: MentionPass = {
  name: "country-closes-organisation",
  run: ({ masked }, mentions) => {
    const out: Mention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      const next = mentions[k + 1];
      if (!m) continue;
      // "told Reuters Norway would …": a listener, and the country opens what was told
      const listener = /\bt(?:old|ells?|elling)\s+$/i.test(masked.slice(Math.max(0, m.start - 10), m.start));
      if (m.type === "ORGANISATION" && m.cue !== "acronym" && !listener && closingCountry(masked, m, next)) {
        const text = masked.slice(m.start, next.end);
        out.push({ ...m, end: next.end, to: next.to, text, name: text, code: next.code });
        k++;
      } else out.push(m);
    }
    return out;
  },
};

/**
 * "Export Credit Norway (ECN)": every mention of the acronym names the organisation it follows.
 * The name it defines may have been read as a person by its shape, and its closing country apart.
 */
export const acronymDefinitions: MentionPass = {
  name: "acronym-definitions",
  run: ({ masked }, mentions) => {
    const full = new Map<string, Mention>();
    const merged = new Map<Mention, Mention>();
    for (let k = 0; k + 1 < mentions.length; k++) {
      const m = mentions[k];
      if (!m || !named(m)) continue;
      const country = mentions[k + 1];
      const closed = closingCountry(masked, m, country);
      const a = mentions[closed ? k + 2 : k + 1];
      const end = closed ? country.end : m.end;
      if (!a || a.type === "COUNTRY" || !ACRONYM.test(a.text) || full.has(a.text)) continue;
      if (!/^\s*\(\s*$/.test(masked.slice(end, a.start)) || !/^\s*\)/.test(masked.slice(a.end, a.end + 3))) continue;
      const text = masked.slice(m.start, end);
      if ((closed ? 1 : 0) + m.to - m.from < 2 || !initials(text).includes(a.text.replace(/\./g, ""))) continue;
      const cue = m.type === "ORGANISATION" ? m.cue : "acronym";
      const org: Mention = { ...m, type: "ORGANISATION", cue, end, to: closed ? country.to : m.to, text, name: closed ? text : m.name };
      if (closed) org.code = country.code;
      if (org.type !== m.type || closed) merged.set(m, org);
      if (closed) merged.set(country, org);
      full.set(a.text, org);
    }
    // "The Parliamentary Budget Officer released … . The PBO added …": an acronym of three letters or
    // more that spells the initials of one name the article gave in full before it, no parenthesis needed
    const byInitials = new Map<string, { m: Mention; at: number } | null>();
    mentions.forEach((m, at) => {
      if (!named(m) || m.to - m.from < 3) return;
      const [letters] = initials(m.text);
      if (!letters || letters.length < 3) return;
      const seen = byInitials.get(letters);
      if (seen === undefined) byInitials.set(letters, { m, at });
      else if (seen && seen.m.text !== m.text) byInitials.set(letters, null);
    });
    mentions.forEach((a, at) => {
      if (a.to - a.from !== 1 || a.type === "COUNTRY" || !ACRONYM.test(a.text) || full.has(a.text)) return;
      const long = byInitials.get(a.text.replace(/\./g, ""));
      if (!long || long.at > at) return;
      const org: Mention = { ...long.m, type: "ORGANISATION", cue: long.m.type === "ORGANISATION" ? long.m.cue : "acronym" };
      if (long.m.type !== "ORGANISATION")
        for (const m of mentions)
          if (m.text === long.m.text && m.type === long.m.type)
            merged.set(m, { ...org, start: m.start, end: m.end, from: m.from, to: m.to });
      full.set(a.text, org);
    });
    if (full.size === 0) return [...mentions];
    const out: Mention[] = [];
    for (const m of mentions) {
      const replaced = merged.get(m);
      if (replaced) {
        if (out.at(-1) !== replaced) out.push(replaced);
        continue;
      }
      const org = m.to - m.from === 1 && m.type !== "COUNTRY" ? full.get(m.text) : undefined;
      out.push(org ? { ...m, type: "ORGANISATION", name: org.name, code: org.code, cue: "acronym" } : m);
    }
    return out;
  },
};
