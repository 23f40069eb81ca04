/** A statement found but not yet finished: where its text, verb and subject are, in the masked text. */
import type { Subject } from "./speaker.js";

export interface Draft {
  subject: Subject;
  /** span of the statement text */
  start: number;
  end: number;
  verbStart: number;
  verbEnd: number;
  /** the attribution (subject, verb, adjuncts): where a date expression is looked for */
  attrStart: number;
  attrEnd: number;
  unit: number;
  /** the cue of another draft this one continues ("…, adding that …") */
  follows: Draft | null;
  /** where an earlier statement in the same unit ends when this attribution follows it */
  cut: number | null;
  /** a readout verb that reports speech only with a person or the participants as subject */
  peopleOnly?: boolean;
  /** where the source phrase is when it is no subject of a verb (a transcript's "HOLLIS:") */
  sourceSpan?: { start: number; end: number };
}

/** Auxiliaries and time words that stand between a subject and its verb ("has also said", "on Monday said"). */
export const AUX_WORD =
  /^(?:has|have|had|also|previously|repeatedly|later|earlier|again|then|now|already|once|publicly|privately|separately|further|reportedly|recently|subsequently|just|would|will|could|did|does|do|not|never|often|always|first|initially|originally|yesterday|today|tonight|last|this|on|week|month|year|night|morning|afternoon|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
