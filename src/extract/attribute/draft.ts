/** What the attribution patterns share: the unit they read, and how a statement found is written down. */
import type { MentionIndex } from "../speakers/mention-index.js";
import type { Draft, QuoteSpan, StatementRule, TextRange } from "../types.js";
import type { Cue } from "./cues.js";

/** One unit of the text (a sentence, or sentences a quotation joins) with what the patterns read in it. */
export interface Unit {
  text: string;
  range: TextRange;
  /** its index among the units */
  index: number;
  /** the quotations in it */
  quotes: readonly QuoteSpan[];
  mentions: MentionIndex;
  /** every unit of the text, by index */
  units: readonly TextRange[];
}

/** What came before a cue in its unit: the statement found last, and the cue before this one. */
export interface Before {
  prev: Draft | null;
  lastCue: Cue | null;
}

/**
 * A pattern tried on each reporting cue, in the order of patterns/index.ts: the statement it finds;
 * null when the cue is of its kind but makes no statement (no later pattern is tried); undefined when
 * the cue is not of its kind.
 */
export interface CuePattern {
  rule: StatementRule;
  find(unit: Unit, cue: Cue, before: Before): Draft | null | undefined;
}

type DraftFields = Omit<Draft, "rule" | "follows" | "cut"> & Partial<Pick<Draft, "follows" | "cut">>;

/** A statement found by `rule`; it continues no other (`follows`) and cuts none (`cut`) unless said. */
export const draft = (rule: StatementRule, fields: DraftFields): Draft => ({ rule, follows: null, cut: null, ...fields });

/** A statement that `cue` introduces in `unit`: its verb is the cue (up to `verbEnd` when a listener follows it). */
export const cueDraft = (
  rule: StatementRule,
  unit: Unit,
  cue: Cue,
  fields: Omit<DraftFields, "verbStart" | "verbEnd" | "unit"> & { verbEnd?: number },
): Draft => draft(rule, { verbStart: cue.start, verbEnd: cue.end, unit: unit.index, ...fields });
