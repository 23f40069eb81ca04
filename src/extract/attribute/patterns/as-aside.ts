/** "As Ana Ruiz noted, the plan is costly": a reporting clause opened by "as" and set off by a comma. */
import type { Draft, Subject } from "../../types.js";
import { trimEnd, trimStart } from "../clause.js";
import type { Cue } from "../cues.js";
import { cueDraft, type Unit } from "../draft.js";

/**
 * "As" opening the sentence or after a comma, then up to five words of the subject before its name
 * ("as one of the mayor's advisers"); not "as soon as", "as long as" (a second "as").
 */
const AS_BEFORE_SUBJECT = /(^|,)\s*as\s+(?:(?!as\b)[^\s,;:“”"]+\s+){0,5}$/i;

/** What may stand before an "as" that opens the sentence: nothing, or a conjunction ("Yet, as Ana Ruiz observed, …"). */
const OPENER = /^\s*(?:(?:and|but|yet|so|still|now|however|indeed|and yet)\s*,?)?$/i;

/**
 * "As Ana Ruiz noted, the plan is costly", "The harbour, as one pilot pointed out, rarely freezes": the
 * sentence the aside stands in is what was said; opening the sentence, the clause after its comma;
 * inside it, the whole sentence (as for "The truth, according to X, is …").
 */
export function asAside(ctx: Unit, cue: Cue, found: Subject, verbEnd: number, rest: number): Draft | null {
  const { text, range: unit } = ctx;
  // a capitalised "As" opening the sentence reads as the first word of a name's phrase ("As Mayor Ana Ruiz")
  const own = /^as\s+/i.exec(text.slice(found.start, found.start + 8));
  const subject = own ? { ...found, start: found.start + own[0].length } : found;
  const lead = AS_BEFORE_SUBJECT.exec(text.slice(unit.start, subject.start));
  const comma = /^\s*,\s*/.exec(text.slice(rest, unit.end));
  if (!lead || cue.peopleOnly || cue.complement === "object") return null;
  // "The fee is a lawful source of income, as one memo put it.": closing the sentence, the clause before it
  if (!comma)
    return lead[1] === "," && /^[\s.!?…]*$/.test(text.slice(rest, unit.end)) ? closingAside(ctx, cue, subject, verbEnd, lead.index) : null;
  // "as they say", "as I've suggested": an idiom or the writer, no source
  if (/^(?:i|we|you|they)\b/i.test(text.slice(subject.start, subject.start + 5))) return null;
  const opening = OPENER.test(text.slice(unit.start, unit.start + lead.index + (lead[1] ?? "").length));
  const start = trimStart(text, opening ? rest + comma[0].length : unit.start, unit.end);
  const end = trimEnd(text, start, unit.end);
  if (!/\s/.test(text.slice(start, end).trim())) return null;
  const attrStart = unit.start + lead.index;
  return cueDraft("as-aside", ctx, cue, { subject, start, end, verbEnd, attrStart, attrEnd: rest + comma[0].length });
}

/** "…, as one memo put it.": the sentence before the aside that closes it. */
function closingAside(ctx: Unit, cue: Cue, subject: Subject, verbEnd: number, leadAt: number): Draft | null {
  const { text, range: unit } = ctx;
  const start = trimStart(text, unit.start, unit.end);
  const end = trimEnd(text, start, unit.start + leadAt);
  if (!/\s/.test(text.slice(start, end).trim())) return null;
  return cueDraft("as-aside", ctx, cue, {
    subject,
    start,
    end,
    verbEnd,
    cut: unit.start + leadAt,
    attrStart: unit.start + leadAt,
    attrEnd: unit.end,
  });
}
