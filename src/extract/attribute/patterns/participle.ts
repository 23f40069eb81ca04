/** "…, adding that …", "…, warning of …": a second statement by the speaker of the first. */
import type { Draft } from "../../types.js";
import { listenerAfter, PARTICIPLE_CUT, THAT_AFTER_ADJUNCT, trimEnd, trimStart } from "../clause.js";
import type { Cue } from "../cues.js";
import { cueDraft, type CuePattern, type Unit } from "../draft.js";

export const participlePattern: CuePattern = {
  rule: "participle",
  find: (unit, cue, { prev }) => (cue.participle && cue.complement !== "source" ? participle(unit, cue, prev) : undefined),
};

/** "…, adding that …", "…, warning of …": a second statement by the speaker of the first. */
function participle(ctx: Unit, cue: Cue, prev: Draft | null): Draft | null {
  const { text, range: unit, index: u, mentions } = ctx;
  if (!prev || prev.unit !== u) return null;
  if (!PARTICIPLE_CUT.test(text.slice(unit.start, cue.start))) return null;
  let verbEnd = cue.end;
  if (cue.lemma === "tell") verbEnd = listenerAfter(text, cue.end, unit.end, mentions) ?? cue.end;
  let start = verbEnd;
  const that = THAT_AFTER_ADJUNCT.exec(text.slice(start, unit.end));
  if (that) start += that[0].length;
  start = trimStart(text, start, unit.end);
  const end = trimEnd(text, start, unit.end);
  if (end - start < 3 || !/\s/.test(text.slice(start, end))) return null;
  const { subject, attrStart, attrEnd } = prev;
  return cueDraft("participle", ctx, cue, {
    subject,
    start,
    end,
    verbEnd,
    follows: prev,
    cut: cue.start,
    attrStart,
    attrEnd,
    peopleOnly: cue.peopleOnly,
  });
}
