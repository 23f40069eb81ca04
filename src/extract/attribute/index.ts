/**
 * Attributed statements: direct quotes, reported speech and mixes of both, each with its speaker,
 * reporting verb, date and the entities it names. Works on the masked text, one unit (a sentence, or
 * sentences a quotation joins) at a time; every statement records the pattern that found it.
 */
import { INTENTIONS } from "../lexicon/index.js";
import { MentionIndex } from "../speakers/mention-index.js";
import { findQuotes } from "../text/quotes.js";
import type { Draft, ExtractedEntity, ExtractedStatement, ParsedDocument, QuoteSpan, TextRange } from "../types.js";
import { cutBefore, trimEnd } from "./clause.js";
import { findCues, type Cue } from "./cues.js";
import type { Unit } from "./draft.js";
import { finish } from "./finish.js";
import { floatingQuotes } from "./patterns/floating-quote.js";
import { CUE_PATTERNS } from "./patterns/index.js";
import { signedQuotes, transcriptTurns, withTurns } from "./patterns/transcript.js";
import { mergeAcrossQuotes } from "./units.js";

export function attributeStatements(
  doc: ParsedDocument,
  entities: ExtractedEntity[],
  sentences: readonly TextRange[],
): ExtractedStatement[] {
  const text = doc.masked;
  const mentions = new MentionIndex(entities, text);
  const quotes = findQuotes(text);
  const units = mergeAcrossQuotes(sentences, quotes);
  const cues = findCues(text);
  const drafts: Draft[] = [];
  let q = 0;
  let c = 0;
  for (let u = 0; u < units.length; u++) {
    const range = units[u];
    if (!range) continue;
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= range.start) q++;
    const unitQuotes: QuoteSpan[] = [];
    for (let k = q; k < quotes.length && (quotes[k]?.start ?? Infinity) < range.end; k++) {
      const qq = quotes[k];
      if (qq) unitQuotes.push(qq);
    }
    while (c < cues.length && (cues[c]?.start ?? 0) < range.start) c++;
    const unitCues: Cue[] = [];
    for (; c < cues.length && (cues[c]?.start ?? Infinity) < range.end; c++) {
      const cue = cues[c];
      if (cue && !unitQuotes.some((qq) => cue.start >= qq.start && cue.end <= qq.end)) unitCues.push(cue);
    }
    const unit: Unit = { text, range, index: u, quotes: unitQuotes, mentions, units };
    const found = analyseUnit(unit, unitCues);
    drafts.push(...found);
    drafts.push(...floatingQuotes(unit, found, drafts));
  }
  const set = [...transcriptTurns(text, units, mentions), ...signedQuotes(text, units, mentions)];
  return finish(doc, entities, withTurns(drafts, set), mentions, quotes, units);
}

/** A conjunction joining a second attributed clause to a statement: ", and", ", while", "but" (with or without a comma). */
const JOINED = /(?:,\s*(?:and|but|while)|\s+but)\s+$/;

/** The reporting structures of one unit, in order; a later cue can cut the clause of an earlier one. */
function analyseUnit(unit: Unit, cues: readonly Cue[]): Draft[] {
  const { text } = unit;
  const out: Draft[] = [];
  let lastCue: Cue | null = null;
  for (const cue of cues) {
    const prev = out.at(-1) ?? null;
    const before = { prev, lastCue };
    // "Hahn said he did not want to elaborate and noted …": an intent verb in a clause parts no second verb from its subject
    if (!INTENTIONS.has(cue.lemma)) lastCue = cue;
    let d: Draft | null | undefined;
    for (const pattern of CUE_PATTERNS) {
      d = pattern.find(unit, cue, before);
      if (d !== undefined) break;
    }
    if (!d) continue;
    const joint = prev !== null && d.subject.start > prev.verbEnd ? JOINED.exec(text.slice(prev.verbEnd, d.subject.start)) : null;
    if (prev && joint && d.start < prev.end) {
      // "They discussed …, and President X expressed …", "… is being met, but Chapman says …": a second
      // clause with its own subject, the conjunction no part of either
      prev.end = trimEnd(text, prev.start, d.subject.start - joint[0].length);
      if (prev.end <= prev.start) continue;
    } else if (prev && d.start < prev.end && d.end > prev.start) {
      // an attribution nested in an earlier statement's clause: the earlier, inner one wins
      if (d.start <= prev.verbStart || d.cut === null) continue;
      prev.end = trimEnd(text, prev.start, cutBefore(text, d.cut));
      if (prev.end <= prev.start) continue;
    } else if (prev && d.cut !== null && prev.end > d.cut && prev.start < d.cut) {
      prev.end = trimEnd(text, prev.start, cutBefore(text, d.cut));
    }
    out.push(d);
  }
  return out.filter((d) => d.end > d.start);
}
