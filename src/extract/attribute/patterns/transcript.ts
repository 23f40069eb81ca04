/**
 * Statements whose speaker is set apart from the words rather than named in a clause:
 * - interview and debate transcripts: lines that open with the speaker's name in capitals and a colon
 *   ("HOST: Let's start …", "MR. SMITH: …");
 * - quotes signed with a dash and a name at the end of their line ("“…” ― Ana Ruiz").
 * Each is a direct statement of that speaker, and replaces whatever the quote and cue rules found over
 * the same text (often one long quotation, or a quote given to the speaker before it).
 */
import { lexKey, lookup } from "../../lexicon/index.js";
import type { MentionIndex } from "../../speakers/mention-index.js";
import type { Draft, ExtractedEntity, TextRange } from "../../types.js";
import { draft } from "../draft.js";
import { unitOf } from "../units.js";

/** A line start (or an opening quote after it), 1–3 capitalised words with at least one in capitals, then a colon. */
const TURN =
  /(?:^|\n)[^\S\n]*[“"]?[^\S\n]*((?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?[^\S\n]+)?[A-Z][A-Z’'.-]+(?:[^\S\n]+[A-Z][A-Z’'.-]+){0,2}):[^\S\n]+(?=\S)/g;
/** A transcript has at least this many turns: one "NAME:" line alone is a heading or a dateline. */
const MIN_TURNS = 2;
const HONORIFIC = /^(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?\s+/;

interface Turn {
  name: string;
  nameStart: number;
  start: number;
  end: number;
}

/** The statements of the transcript lines of a text; none when it has fewer than two such lines. */
export function transcriptTurns(text: string, units: readonly TextRange[], mentions: MentionIndex): Draft[] {
  const turns: Turn[] = [];
  for (const m of text.matchAll(TURN)) {
    const name = m[1] ?? "";
    const nameStart = (m.index ?? 0) + m[0].indexOf(name);
    const start = (m.index ?? 0) + m[0].length;
    const lineEnd = text.indexOf("\n", start);
    let end = lineEnd < 0 ? text.length : lineEnd;
    while (end > start && /[\s”"]/.test(text[end - 1] ?? "")) end--;
    const bare = name.replace(HONORIFIC, "");
    // "WASHINGTON: …", "UPDATE: …": a place or a word of the lexicon is no speaker
    const entry = lookup(bare.split(/\s+/).map((w) => lexKey(w.charAt(0) + w.slice(1).toLowerCase())));
    if (entry && entry.kind !== "HONORIFIC") continue;
    if (end - start < 3) continue;
    turns.push({ name, nameStart, start, end });
  }
  if (turns.length < MIN_TURNS) return [];
  const names = new Map<string, number>();
  for (const t of turns) names.set(t.name, (names.get(t.name) ?? 0) + 1);
  const people = peopleBySurname(mentions);
  // a transcript names at least one of the article's people as a speaker; then a name that speaks twice
  // counts too, though the article names it nowhere else ("HOLLIS:" beside "BRIGHTWATER:")
  const named = turns.filter((t) => people.has(surnameKey(t.name)));
  if (named.length === 0 || turns.length < MIN_TURNS) return [];
  const kept = turns.filter((t) => people.has(surnameKey(t.name)) || (names.get(t.name) ?? 0) >= 2);
  return kept.map((t) => {
    const entity = people.get(surnameKey(t.name)) ?? null;
    const unit = unitOf(units, t.start);
    return draft("transcript-turn", {
      subject: { kind: entity ? "entity" : "unknown", entity, start: t.nameStart },
      start: t.start,
      end: t.end,
      verbStart: t.start,
      verbEnd: t.start,
      unit,
      attrStart: t.nameStart,
      attrEnd: t.start,
      sourceSpan: { start: t.nameStart, end: t.nameStart + t.name.length },
    });
  });
}

/** A quotation, a dash and a name closing the line: "“We need jobs.” ― Ana Ruiz" (spaces include the no-break space scraped pages end lines with). */
const SIGNED = /([“”"])([^“”"\n]{3,}?)([”"])[^\S\n]*[―—–][^\S\n]*((?:[\p{Lu}][\p{L}.’'-]*[^\S\n]?){1,4})[^\S\n]*\.?[^\S\n]*(?=\n|$)/gu;

/** The quotes of a text signed with a dash and a name, as direct statements of that name. */
export function signedQuotes(text: string, units: readonly TextRange[], mentions: MentionIndex): Draft[] {
  const out: Draft[] = [];
  for (const m of text.matchAll(SIGNED)) {
    const at = m.index ?? 0;
    const name = (m[4] ?? "").trim().replace(/\.$/, "");
    const nameStart = at + m[0].lastIndexOf(name);
    const start = at + 1;
    const end = start + (m[2]?.length ?? 0);
    const close = end + 1;
    const person = mentions.within(nameStart, nameStart + name.length).find((x) => x.entity.type === "PERSON");
    const entity = person?.entity ?? null;
    out.push(
      draft("signed-quote", {
        subject: { kind: entity ? "entity" : "unknown", entity, start: nameStart },
        start,
        end,
        verbStart: close,
        verbEnd: close,
        unit: unitOf(units, at),
        attrStart: close,
        attrEnd: nameStart + name.length,
        sourceSpan: { start: nameStart, end: nameStart + name.length },
      }),
    );
  }
  return out;
}

const surnameKey = (name: string): string => (name.replace(HONORIFIC, "").split(/\s+/).at(-1) ?? name).replace(/[.’']/g, "").toLowerCase();

/** The article's people by the lower-case last word of their name (a surname two people share is left out). */
function peopleBySurname(mentions: MentionIndex): Map<string, ExtractedEntity> {
  const out = new Map<string, ExtractedEntity | null>();
  for (const m of mentions.list) {
    if (m.entity.type !== "PERSON") continue;
    const key = surnameKey(m.entity.name);
    const seen = out.get(key);
    out.set(key, seen === undefined || seen === m.entity ? m.entity : null);
  }
  return new Map([...out].filter((e): e is [string, ExtractedEntity] => e[1] !== null));
}

/** Drafts with the transcript turns in place of what they overlap, in text order. */
export function withTurns(drafts: Draft[], turns: Draft[]): Draft[] {
  if (turns.length === 0) return drafts;
  const overlaps = (d: Draft): boolean => turns.some((t) => d.start < t.end && t.start < d.end);
  return [...drafts.filter((d) => !overlaps(d)), ...turns].sort((a, b) => a.start - b.start);
}
