/** The source phrase of a statement as written: the subject noun phrase, before or after its verb. */
import { AUX_WORD, PROGRESSIVE_AUX_WORD } from "../lexicon/index.js";
import type { Draft, ParsedDocument } from "../types.js";
import { phraseEnd } from "./subject.js";

/** The longest source phrase kept (a subject longer than this is an apposition, cut at its first comma). */
const SOURCE_MAX = 120;
/** A comma opening an apposition or a relative clause, not a list ("the statement, which …", "the firm, based in …"). */
const APPOSITION_AFTER = /^,\s+(?:who|whose|which|where|based|headquartered|owned|majority-owned|an?|\d)\b/i;
/** How far after a verb (characters) its subject is looked for ("said the ministry spokesman …"). */
const SOURCE_SCAN = 200;

/** A past participle followed by a time ("arrested last week", "laid off last year"). */
const PARTICIPLE_THEN_TIME = /^\s*\p{Ll}+ed(?:\s+(?:off|out|up|down))?\s+(?:last|this)\s+(?:week|month|year|night|weekend)$/u;

/** The subject phrase before the verb without the auxiliaries ("The Prime Minister also" → "The Prime Minister"). */
export function phraseBeforeVerb(text: string, d: Draft): string {
  let phrase = text.slice(d.subject.start, Math.max(d.subject.start, d.verbStart)).trim();
  // and the auxiliaries of a progressive verb ("Researchers have for years been saying")
  const aux = (w: string): boolean => AUX_WORD.test(w) || PROGRESSIVE_AUX_WORD.test(w);
  const whole = phrase;
  for (let m = /\s+(\S+)$/.exec(phrase); m?.[1] && aux(m[1]); m = /\s+(\S+)$/.exec(phrase)) phrase = phrase.slice(0, m.index);
  // "People arrested last week said": a time after a participle is the participle's, part of the phrase
  if (PARTICIPLE_THEN_TIME.test(whole.slice(Math.max(0, phrase.lastIndexOf(" ")))) && /\s(?:last|this)\s+\S+$/i.test(whole)) return whole;
  return phrase;
}

/** The source phrase as written: the subject noun phrase, before or after the verb. */
export function sourcePhrase(doc: ParsedDocument, d: Draft): string | null {
  const s = d.subject;
  if (d.sourceSpan) return doc.raw.slice(d.sourceSpan.start, d.sourceSpan.end);
  // "X's brief said that … and dismissed …": a second verb has the source of the first
  if (d.rule === "second-verb" && d.follows) return sourcePhrase(doc, d.follows);
  if (s.kind === "none" || d.verbEnd <= d.verbStart) return null;
  let end: number;
  if (s.start < d.verbStart) {
    end = s.start + phraseBeforeVerb(doc.masked, d).length;
  } else {
    const limit = Math.min(doc.masked.length, s.start + SOURCE_SCAN);
    // the name and its titles: up to a punctuation mark that is no abbreviation's dot ("said Rep. Ana Ruiz"),
    // a parenthesis, or a clause word
    const stop = /[;:!?“”"(]|\s(?:in|on|at|during|after|before|when|while|who|which|that)\s/.exec(doc.masked.slice(s.start, limit));
    end = Math.min(phraseEnd(doc.masked, s.start, limit), stop ? s.start + stop.index : limit);
  }
  let phrase = doc.raw
    .slice(s.start, end)
    .replace(/\s+/g, " ")
    .replace(/[\s,;:–—-]+$/u, "")
    .trim();
  // "Mary Smith, director of …, agreed": the name, without its apposition
  const comma = phrase.indexOf(",");
  if (comma > 0 && (phrase.length > SOURCE_MAX || s.entity !== null || APPOSITION_AFTER.test(phrase.slice(comma))))
    phrase = phrase.slice(0, comma).trim();
  if (phrase.length > SOURCE_MAX) phrase = phrase.slice(0, SOURCE_MAX).replace(/\s+\S*$/, "");
  return phrase === "" ? null : phrase;
}
