/**
 * "X welcomed the agreement and stressed that …": a reporting verb right after "and" in the clause of
 * the unit's previous statement, with that statement's subject before its verb, is a second statement
 * by the same speaker. Coordinated objects ("the roads and bridges") have no reporting verb after "and".
 */
import type { Draft } from "../../types.js";
import type { Cue } from "../cues.js";
import type { CuePattern, Unit } from "../draft.js";
import { reportingVerb } from "./reporting-verb.js";

/** "X welcomed the deal and stressed that …": a second finite reporting verb joined to the first by "and". */
const SECOND_VERB_JOIN = /(?:,\s*|\s+)and\s+(?:(?:also|then|later|further|again)\s+)?$/;

export const secondVerbPattern: CuePattern = {
  rule: "second-verb",
  find(unit, cue, { prev, lastCue }) {
    if (cue.complement === "source" || cue.participle || prev === null || lastCue === null || prev.verbStart !== lastCue.start)
      return undefined;
    return secondVerb(unit, cue, prev) ?? undefined;
  },
};

function secondVerb(ctx: Unit, cue: Cue, prev: Draft): Draft | null {
  const { text } = ctx;
  if (prev.unit !== ctx.index || prev.subject.start >= prev.verbStart || cue.start <= prev.verbEnd || cue.start >= prev.end) return null;
  const between = text.slice(prev.verbEnd, cue.start);
  const join = SECOND_VERB_JOIN.exec(between);
  if (!join || /[“”":;]/.test(between)) return null;
  // a finite verb ("stressed", "says", "told"), not a bare infinitive after a modal ("would discuss and say")
  const word = text.slice(cue.start, cue.end).split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!cue.lemma.includes(" ") && (word === cue.lemma || word.endsWith("ing"))) return null;
  const d = reportingVerb(ctx, cue, prev.subject);
  if (!d || d.start < cue.start) return null;
  const cut = prev.verbEnd + join.index;
  return { ...d, rule: "second-verb", follows: prev, cut, attrStart: prev.attrStart, attrEnd: Math.max(prev.attrEnd, d.attrEnd) };
}
