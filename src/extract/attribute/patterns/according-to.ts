/** "According to X, …" and "…, according to X." */
import { subjectAfter } from "../../speakers/subject.js";
import type { Draft } from "../../types.js";
import { trimEnd, trimStart } from "../clause.js";
import type { Cue } from "../cues.js";
import { cueDraft, type CuePattern, type Unit } from "../draft.js";

export const accordingToPattern: CuePattern = {
  rule: "according-to",
  find: (unit, cue) => (cue.complement === "source" ? accordingTo(unit, cue) : undefined),
};

/** "According to X, …" and "…, according to X." */
function accordingTo(ctx: Unit, cue: Cue): Draft | null {
  const { text, range: unit, mentions } = ctx;
  const subject = subjectAfter(text, cue.end, unit.end, mentions);
  if (subject.kind === "none" || subject.kind === "person-pronoun") return null;
  const after = text.slice(cue.end, unit.end);
  const comma = /^[^,.;:“”"]*,/.exec(after);
  const lead = text.slice(unit.start, cue.start);
  if (/^\s*(?:(?:and|but|so|yet|however|also),?\s+)?$/i.test(lead) && comma) {
    const start = trimStart(text, cue.end + comma[0].length, unit.end);
    const end = trimEnd(text, start, unit.end);
    if (end - start < 3) return null;
    return cueDraft("according-to", ctx, cue, { subject, start, end, attrStart: cue.start, attrEnd: start });
  }
  if (/[,”"]\s*$/.test(lead) && !comma && /^[^.;:“”"]*[.!?]?\s*$/.test(after)) {
    const start = trimStart(text, unit.start, cue.start);
    const end = trimEnd(text, start, cue.start);
    if (end - start < 3) return null;
    return cueDraft("according-to", ctx, cue, { subject, start, end, cut: cue.start, attrStart: cue.start, attrEnd: unit.end });
  }
  return null;
}
