/** "…, adding that …", "…, warning of …": a second statement by the speaker of the first; "X was quoted as saying …". */
import type { Draft, Subject } from "../../types.js";
import { isRoleNoun, listenerAfter, PARTICIPLE_CUT, THAT_AFTER_ADJUNCT, trimEnd, trimStart } from "../clause.js";
import type { Cue } from "../cues.js";
import { cueDraft, type CuePattern, type Unit } from "../draft.js";

export const participlePattern: CuePattern = {
  rule: "participle",
  find: (unit, cue, { prev }) => (cue.participle && cue.complement !== "source" ? participle(unit, cue, prev) : undefined),
};

/** "Ana Ruiz was quoted as saying …", "… is quoted by the agency as telling …": the sentence's subject speaks. */
const QUOTED_AS =
  /\s+(?:was|is|were|are|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?quoted\s+(?:by\s+[^,.;:“”"]{1,40}?\s+)?as\s+$/u;

/** "…, adding that …", "…, warning of …": a second statement by the speaker of the first. */
function participle(ctx: Unit, cue: Cue, prev: Draft | null): Draft | null {
  const { text, range: unit, index: u, mentions } = ctx;
  const quoted = QUOTED_AS.exec(text.slice(unit.start, cue.start));
  if (!quoted && !PARTICIPLE_CUT.test(text.slice(unit.start, cue.start))) return null;
  const before = prev && prev.unit === u && !quoted ? prev : null;
  const opener = before ? null : sentenceSubject(ctx, quoted ? unit.start + quoted.index : cue.start);
  if (!before && !opener) return null;
  let verbEnd = cue.end;
  if (cue.lemma === "tell") verbEnd = listenerAfter(text, cue.end, unit.end, mentions) ?? cue.end;
  let start = verbEnd;
  const that = THAT_AFTER_ADJUNCT.exec(text.slice(start, unit.end));
  if (that) start += that[0].length;
  start = trimStart(text, start, unit.end);
  const end = trimEnd(text, start, unit.end);
  if (end - start < 3 || !/\s/.test(text.slice(start, end))) return null;
  if (opener) {
    // "Ana Ruiz had mocked the complaint, saying …": the speaker is the subject of the sentence
    return cueDraft("participle", ctx, cue, {
      subject: opener.subject,
      sourceSpan: opener.span,
      start,
      end,
      verbEnd,
      attrStart: opener.subject.start,
      attrEnd: start,
      peopleOnly: cue.peopleOnly,
    });
  }
  if (!before) return null;
  return cueDraft("participle", ctx, cue, {
    subject: before.subject,
    start,
    end,
    verbEnd,
    follows: before,
    cut: cue.start,
    attrStart: before.attrStart,
    attrEnd: before.attrEnd,
    peopleOnly: cue.peopleOnly,
  });
}

/** How far into its sentence (characters) the name opening it may start ("Rival Ana Ruiz had …"). */
const OPENER_REACH = 30;
/** … and after a title ending in a role noun ("Chinese foreign ministry spokeswoman Hua Chunying shot back"). */
const TITLED_OPENER_REACH = 60;

/**
 * The person or organisation that opens the sentence and so is the subject of the clause before a
 * participle: named near the start, after at most a few title words, in a clause with no other comma.
 */
function sentenceSubject(ctx: Unit, to: number): { subject: Subject; span: { start: number; end: number } } | null {
  const { text, range: unit, mentions, quotes } = ctx;
  // "He declined to comment, saying …": a person's pronoun opening the sentence, resolved like any pronoun
  const pronoun = /^\s*(?:(?:But|And|Yet|Still|Later|Earlier|Instead),?\s+)?(He|She)\s/.exec(text.slice(unit.start, to));
  if (pronoun?.[1]) {
    const at = unit.start + pronoun[0].length - pronoun[1].length - 1;
    if (quotes.some((q) => q.start < to && q.end > unit.start)) return null;
    if (text.slice(at, to).replace(PARTICIPLE_CUT, "").includes(",")) return null;
    return { subject: { kind: "person-pronoun", entity: null, start: at }, span: { start: at, end: at + pronoun[1].length } };
  }
  const first = mentions.within(unit.start, to).find((m) => m.entity.type === "PERSON" || m.entity.type === "ORGANISATION");
  if (!first) return null;
  const lead = text.slice(unit.start, first.start);
  // "Rival Ana Ruiz had …", or a title ending in a role noun ("Chinese foreign ministry spokeswoman Hua Chunying shot back, saying …")
  const titled = /^\s*(?:[\p{L}’'.-]+\s+){0,4}(\p{Ll}+)\s+$/u.exec(lead);
  if (titled?.[1] && isRoleNoun(titled[1]) && first.start - unit.start <= TITLED_OPENER_REACH) {
    if (mentions.within(unit.start, first.start).some((m) => m.entity.type === "PERSON")) return null;
  } else if (
    first.start - unit.start > OPENER_REACH ||
    mentions.within(unit.start, first.start).length > 0 ||
    !/^\s*(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}$/u.test(lead)
  )
    return null;
  if (quotes.some((q) => q.start < to && q.end > unit.start)) return null;
  // one clause: no comma between the name and the one before the participle ("After X left, the board …, saying")
  if (text.slice(first.end, to).replace(PARTICIPLE_CUT, "").includes(",")) return null;
  return { subject: { kind: "entity", entity: first.entity, start: first.start }, span: { start: first.start, end: first.end } };
}
