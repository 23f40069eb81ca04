/** "According to X, …" and "…, according to X." */
import { isAbbreviationWord } from "../../lexicon/index.js";
import { phraseEnd, subjectAfter } from "../../speakers/subject.js";
import type { Draft, Subject } from "../../types.js";
import { trimEnd, trimStart, VERB_AFTER_ASIDE } from "../clause.js";
import type { Cue } from "../cues.js";
import { cueDraft, type CuePattern, type Unit } from "../draft.js";

export const accordingToPattern: CuePattern = {
  rule: "according-to",
  find: (unit, cue) => (cue.complement === "source" ? accordingTo(unit, cue) : undefined),
};

/** The part before a source set off by commas: a subject or opener of at most four words, no quotation. */
const OPENER = /^\s*(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$/u;

/** "…, according to Ana Ruiz, the union's leader.": the source's apposition closing the sentence. */
const APPOSITION_TO_END = /^[^,.;:“”"]*,\s+(?:the|a|an|who|whose|his|her|their|its|\d)\b[^,;:“”"]*$/i;

/** "According to X, …" and "…, according to X." */
function accordingTo(ctx: Unit, cue: Cue): Draft | null {
  const { text, range: unit } = ctx;
  const subject = sourceAfter(ctx, cue.end);
  if (subject.kind === "none" || subject.kind === "person-pronoun") return null;
  const after = maskAbbreviations(text.slice(cue.end, unit.end));
  const comma = /^[^,.;:“”"]*,/.exec(after);
  const lead = text.slice(unit.start, cue.start);
  if (/^\s*(?:(?:and|but|so|yet|however|also),?\s+)?$/i.test(lead) && comma) {
    const start = trimStart(text, cue.end + comma[0].length, unit.end);
    const end = trimEnd(text, start, unit.end);
    if (end - start < 3) return null;
    return cueDraft("according-to", ctx, cue, { subject, start, end, attrStart: cue.start, attrEnd: start });
  }
  // "The harsh truth, according to addiction experts, is that …": the sentence goes on after the source
  // when the part before is its subject or opener
  if (comma && /,\s*$/.test(lead) && VERB_AFTER_ASIDE.test(after.slice(comma[0].length - 1)) && OPENER.test(lead.replace(/,\s*$/, ""))) {
    const start = trimStart(text, unit.start, unit.end);
    const end = trimEnd(text, start, unit.end);
    if (end - start < 3) return null;
    return cueDraft("according-to", ctx, cue, { subject, start, end, attrStart: cue.start, attrEnd: cue.end + comma[0].length });
  }
  if (/[,”"]\s*$/.test(lead) && (!comma || APPOSITION_TO_END.test(after)) && /^[^.;:“”"]*[.!?]?\s*$/.test(after)) {
    const start = trimStart(text, unit.start, cue.start);
    const end = trimEnd(text, start, cue.start);
    if (end - start < 3) return null;
    return cueDraft("according-to", ctx, cue, { subject, start, end, cut: cue.start, attrStart: cue.start, attrEnd: unit.end });
  }
  // "The top earners would gain 19 percent, according to the Harbour Institute, more than any other group": a
  // clause of its own before the source, the sentence going on after it with no verb of that clause
  if (comma && /,\s*$/.test(lead) && CLAUSE_BEFORE.test(lead)) {
    const start = trimStart(text, unit.start, cue.start);
    const end = trimEnd(text, start, cue.start);
    return cueDraft("according-to", ctx, cue, {
      subject,
      start,
      end,
      cut: cue.start,
      attrStart: cue.start,
      attrEnd: cue.end + comma[0].length,
    });
  }
  return null;
}

/**
 * A clause before "…, according to": five words or more, no quotation (a shorter opener is no clause: "In 2013,
 * according to …"), not ending on a word that opens the clause after the source ("a key reason why, according to X, most …").
 */
const CLAUSE_BEFORE =
  /^\s*(?:[^\s“”"]+\s+){4,}(?!(?:why|that|because|which|when|where|how|if|whether|while|and|but|or|as|since)\s*,)[^\s“”"]+,\s*$/iu;

/**
 * The text with the point of an abbreviation or initial before a capital ("Dr. Ana Ruiz", "Ana K.
 * Ruiz") replaced by a one-character leader, so that it ends no sentence and the offsets stay.
 */
function maskAbbreviations(s: string): string {
  return s.replace(/(\p{L}+)\.(?=\s+\p{Lu})/gu, (m: string, word: string) => (isAbbreviationWord(word) ? `${word}\u2024` : m));
}

/** The most words a source after "according to" has ("a new national poll of likely voters"). */
const SOURCE_WORDS = 12;

/**
 * The source after "according to": any noun phrase up to the next punctuation ("the poll", "exit
 * polls", "the nonpartisan Congressional Budget Office"), where after a verb only a name or a
 * speaker's noun is; it is the entity it names (a person first), else a source with no entity.
 */
function sourceAfter(ctx: Unit, from: number): Subject {
  const { text, range: unit, mentions } = ctx;
  const subject = subjectAfter(text, from, unit.end, mentions);
  if (subject.kind !== "none") return subject;
  const end = phraseEnd(text, from, unit.end);
  const words = text.slice(from, end).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > SOURCE_WORDS || !/^\s*[\p{L}\d]/u.test(text.slice(from, end))) return subject;
  const start = trimStart(text, from, end);
  const inside = mentions.within(start, end);
  const named = inside.find((m) => m.entity.type === "PERSON") ?? inside.at(-1);
  return named ? { kind: "entity", entity: named.entity, start } : { kind: "unknown", entity: null, start };
}
