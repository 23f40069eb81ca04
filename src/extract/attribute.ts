/**
 * Attributed statements: direct quotes, reported speech and mixes of both, each with its speaker,
 * reporting verb, date and the entities it names. Works on the masked text, one pass per paragraph unit.
 */
import { findCues, LISTENERS, NEEDS_THAT, OBJECT_WITHOUT_THAT, type Cue } from "./cues.js";
import { resolveSaidOn } from "./said-on.js";
import { findQuotes, type QuoteSpan, type TextRange } from "./sentences.js";
import type { Draft } from "./draft.js";
import { AUX_WORD } from "./draft.js";
import { SpeakerResolver } from "./referent.js";
import { signedQuotes, transcriptTurns, withTurns } from "./transcript.js";
import { MentionIndex, subjectAfter, subjectBefore, type Subject } from "./speaker.js";
import type { ExtractedEntity, ExtractedStatement, ParsedDocument, StatementKind } from "./types.js";

const PASSIVE_BEFORE = /(?:\b(?:the|a|was|were|is|are|be|been|being|to|not|and|or|it’s|it's|who|which|that)\s*|[“"‘])$/i;
const ADJUNCT =
  /^\s*,?\s*(?:(?:on|earlier|later|late|early)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last\s+(?:week|month|year|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|this\s+(?:week|month|morning|year)|earlier|later|again|also|repeatedly|publicly|in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|briefing|letter|tweet|post|address|conference|podcast|message|video|report|release)|at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|event|summit|meeting|rally|hearing)|on\s+(?:Twitter|Facebook|Telegram|Instagram|television|TV|radio|social\s+media|state\s+television)|after\s+the\s+(?:call|meeting|talks|summit|vote|match|game|hearing)|(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?)(?=[\s,.:;“"]|$)/i;
const THAT_AFTER_ADJUNCT =
  /^\s*,?\s*(?:(?:on|in|at|during|after|before|earlier|later|last|this|yesterday|today|to|via|through|from|while|over|when|ahead|following|late|early)\b[^“”"‘.;:,]{0,80}?\s)?that\s+/i;
const PARTICIPLE_CUT = /,\s*(?:and\s+|while\s+|before\s+)?$/;
/** "X welcomed the deal and stressed that …": a second finite reporting verb joined to the first by "and". */
const SECOND_VERB_JOIN = /(?:,\s*|\s+)and\s+(?:(?:also|then|later|further|again)\s+)?$/;

export function attributeStatements(
  doc: ParsedDocument,
  entities: ExtractedEntity[],
  sentences: { start: number; end: number }[],
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
    const unit = units[u];
    if (!unit) continue;
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= unit.start) q++;
    const unitQuotes: QuoteSpan[] = [];
    for (let k = q; k < quotes.length && (quotes[k]?.start ?? Infinity) < unit.end; k++) {
      const qq = quotes[k];
      if (qq) unitQuotes.push(qq);
    }
    while (c < cues.length && (cues[c]?.start ?? 0) < unit.start) c++;
    const unitCues: Cue[] = [];
    for (; c < cues.length && (cues[c]?.start ?? Infinity) < unit.end; c++) {
      const cue = cues[c];
      if (cue && !unitQuotes.some((qq) => cue.start >= qq.start && cue.end <= qq.end)) unitCues.push(cue);
    }
    const found = analyseUnit(text, unit, u, unitCues, unitQuotes, mentions);
    drafts.push(...found);
    drafts.push(...floatingQuotes(text, unit, u, unitQuotes, found, drafts));
  }
  const set = [...transcriptTurns(text, units, mentions), ...signedQuotes(text, units, mentions)];
  return finish(doc, entities, withTurns(drafts, set), mentions, quotes, units);
}

/** Sentences joined when a quotation runs across their boundary, so a quote and its attribution meet. */
function mergeAcrossQuotes(sentences: TextRange[], quotes: QuoteSpan[]): TextRange[] {
  const out: TextRange[] = [];
  let q = 0;
  for (const s of sentences) {
    const prev = out.at(-1);
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= (prev?.end ?? 0)) q++;
    let crosses = false;
    if (prev) {
      for (let k = Math.max(0, q - 1); k < quotes.length && (quotes[k]?.start ?? Infinity) < prev.end; k++) {
        const qq = quotes[k];
        if (qq && qq.start < prev.end && qq.end > s.start) crosses = true;
      }
    }
    if (prev && crosses) prev.end = Math.max(prev.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The reporting structures of one unit, in order; a later cue can cut the clause of an earlier one. */
function analyseUnit(text: string, unit: TextRange, u: number, cues: Cue[], quotes: QuoteSpan[], mentions: MentionIndex): Draft[] {
  const out: Draft[] = [];
  let lastCue: Cue | null = null;
  for (const cue of cues) {
    const prev = out.at(-1) ?? null;
    const second =
      cue.complement !== "source" && !cue.participle && prev !== null && lastCue !== null && prev.verbStart === lastCue.start
        ? secondVerb(text, unit, u, cue, prev, quotes, mentions)
        : null;
    lastCue = cue;
    const d =
      second ??
      (cue.complement === "source"
        ? accordingTo(text, unit, u, cue, mentions)
        : cue.participle
          ? participle(text, unit, u, cue, prev, mentions)
          : reportingVerb(text, unit, u, cue, quotes, mentions));
    if (!d) continue;
    const joined =
      prev !== null && d.subject.start > prev.verbEnd && /,\s*(?:and|but|while)\s+$/.test(text.slice(prev.verbEnd, d.subject.start));
    if (prev && joined && d.start < prev.end) {
      // "They discussed …, and President X expressed …": a second clause with its own subject
      prev.end = trimEnd(text, prev.start, cutBefore(text, d.subject.start));
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

/**
 * "X welcomed the agreement and stressed that …": a reporting verb right after "and" in the clause of
 * the unit's previous statement, with that statement's subject before its verb, is a second statement
 * by the same speaker. Coordinated objects ("the roads and bridges") have no reporting verb after "and".
 */
function secondVerb(
  text: string,
  unit: TextRange,
  u: number,
  cue: Cue,
  prev: Draft,
  quotes: QuoteSpan[],
  mentions: MentionIndex,
): Draft | null {
  if (prev.unit !== u || prev.subject.start >= prev.verbStart || cue.start <= prev.verbEnd || cue.start >= prev.end) return null;
  const between = text.slice(prev.verbEnd, cue.start);
  const join = SECOND_VERB_JOIN.exec(between);
  if (!join || /[“”":;]/.test(between)) return null;
  // a finite verb ("stressed", "says", "told"), not a bare infinitive after a modal ("would discuss and say")
  const word = text.slice(cue.start, cue.end).split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!cue.lemma.includes(" ") && (word === cue.lemma || word.endsWith("ing"))) return null;
  const d = reportingVerb(text, unit, u, cue, quotes, mentions, prev.subject);
  if (!d || d.start < cue.start) return null;
  const cut = prev.verbEnd + join.index;
  return { ...d, follows: prev, cut, attrStart: prev.attrStart, attrEnd: Math.max(prev.attrEnd, d.attrEnd) };
}

/** Where a clause ends before the attribution starting at `pos` (drops the joining comma). */
function cutBefore(text: string, pos: number): number {
  const before = text.slice(0, pos);
  const m = PARTICIPLE_CUT.exec(before);
  return m ? before.length - m[0].length : before.length;
}

/** End of a clause without its closing punctuation and whitespace (a closing quote mark stays). */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const ch = text[e - 1] ?? "";
    if (/[\s.!?…,;:]/u.test(ch)) e--;
    else break;
  }
  return e;
}

function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s,:;]/u.test(text[s] ?? "")) s++;
  return s;
}

/** "X said (that) …", "…, X said.", "…,” said X", "X told reporters …", "X rejected …". */
function reportingVerb(
  text: string,
  unit: TextRange,
  u: number,
  cue: Cue,
  quotes: QuoteSpan[],
  mentions: MentionIndex,
  given?: Subject,
): Draft | null {
  const left = text.slice(unit.start, cue.start);
  if (!given && PASSIVE_BEFORE.test(left)) return null;
  // "Smith will raise concerns": a readout verb after a modal tells what someone means to do, not what was said
  if (cue.peopleOnly && /\b(?:will|would|shall|should|could|may|might|must|can|cannot|to|not|also\s+to)\s+(?:also\s+|not\s+)?$/i.test(left))
    return null;
  if (/^\s+(?:to\s+(?:be|have)|by)\b/i.test(text.slice(cue.end, cue.end + 12))) return null; // "said to be", "rejected by"
  let verbEnd = cue.end;
  if (cue.lemma === "tell") {
    const obj = listenerAfter(text, cue.end, unit.end, mentions);
    if (obj === null) return null;
    verbEnd = obj;
  }
  const subjectEnd = stripAuxiliaries(text, unit.start, cue.start);
  const before = subjectEnd < cue.start || /\S$/.test(left) ? subjectEnd : cue.start;
  const lead = text.slice(unit.start, before).replace(/\s+$/, "");
  // "…,” said X" / "…, said the ministry": verb right after the quote or comma, subject after it
  if (!given && lead !== "" && /[,”"’'?!]$/.test(lead) && before === cue.start - (left.length - left.trimEnd().length)) {
    const subject = subjectAfter(text, verbEnd, unit.end, mentions);
    if (subject.kind !== "none") {
      const tail = afterSubject(text, verbEnd, unit.end);
      return postAttribution(text, unit, u, cue, verbEnd, subject, unit.start + lead.length - 1, tail, quotes);
    }
    // else the comma may close an apposition: "Argentina's President, Nestor Kirchner, said: …"
    if (/[”"’'?!]$/.test(lead)) return null;
  }
  let subject = given ?? subjectBefore(text, subjectEnd, unit.start, mentions);
  if (subject.kind === "none") subject = behindApposition(text, unit.start, subjectEnd, mentions) ?? subject;
  if (subject.kind === "none") {
    // "“…,” one protester said": an unnamed speaker right after a quote closing on a comma
    const np = /[,?!…][”"’']\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)$/u.exec(text.slice(unit.start, subjectEnd));
    if (!np?.[1]) return null;
    subject = { kind: "unknown", entity: null, start: subjectEnd - np[1].length };
  }
  let rest = verbEnd;
  for (let m = ADJUNCT.exec(text.slice(rest, unit.end)); m; m = ADJUNCT.exec(text.slice(rest, unit.end))) {
    rest += m[0].length;
  }
  const restText = text.slice(rest, unit.end);
  const joint = text.slice(unit.start, subject.start).trimEnd();
  // "“…,” Okafor said in a brief video clip released …": a quote closing on a comma is attributed
  if (!given && /[,?!…][”"’']$/u.test(joint) && joint.length >= 8) {
    return postAttribution(text, unit, u, cue, verbEnd, subject, unit.start + joint.length - 1, afterSubject(text, rest, unit.end), quotes);
  }
  // "…, the ministry said (in a statement)." and "…,” Okafor told reporters, warning …"
  if (/^[\s.!?…]*$/.test(restText) || (/^\s*,/.test(restText) && !/^\s*,\s*[“"]/.test(restText))) {
    if (given || !/[,”"’'?!]$/.test(joint) || joint.length < 8) return null;
    return postAttribution(text, unit, u, cue, verbEnd, subject, unit.start + joint.length - 1, rest, quotes);
  }
  // "X said: “…”", "X said (that) …", "X rejected the allegations …"
  let start = rest;
  let asObject = cue.complement === "object";
  const that = THAT_AFTER_ADJUNCT.exec(restText);
  if (that) start = rest + that[0].length;
  else if (OBJECT_WITHOUT_THAT.has(cue.lemma) && /^\s+(?:the|a|an|its|his|her|their|our|\p{Lu})/u.test(restText)) asObject = true;
  else if (NEEDS_THAT.has(cue.lemma) && !/^\s*[:,]?\s*[“"]/.test(restText)) return null;
  start = trimStart(text, start, unit.end);
  const end = trimEnd(text, start, unit.end);
  // "rejected the allegations": without its verb the object would read as the speaker's own claim
  if (asObject && end > start) start = cue.start;
  const oneWord = !/\s/.test(text.slice(start, end).trim()) && !isQuoteStart(text[start]);
  if (end - start < 2 || (oneWord && cue.complement === "clause")) return null;
  if (
    cue.complement === "clause" &&
    /^(?:to|so|nothing|something|anything|yes|no|goodbye|hello|sorry|thanks)\b/i.test(text.slice(start, start + 10))
  ) {
    return null;
  }
  return {
    subject,
    start,
    end,
    verbStart: cue.start,
    verbEnd,
    unit: u,
    follows: null,
    cut: null,
    attrStart: unit.start,
    attrEnd: start,
    peopleOnly: cue.peopleOnly,
  };
}

/** "…,” X said", "…, the statement said": the statement is what comes before the attribution. */
function postAttribution(
  text: string,
  unit: TextRange,
  u: number,
  cue: Cue,
  verbEnd: number,
  subject: Subject,
  jointPos: number,
  attrEnd: number,
  quotes: QuoteSpan[],
): Draft | null {
  // "“Part one,” he said, “part two.”": an interrupted quote goes on after the attribution
  let end = text[jointPos] === "," ? jointPos : jointPos + 1;
  const resumed = /^\s*,\s*(?=[“"])/.exec(text.slice(attrEnd, unit.end));
  if (resumed) {
    const next = quotes.find((q) => q.start === attrEnd + resumed[0].length);
    if (next) end = next.end;
  }
  let start = trimStart(text, unit.start, end);
  const lastQuote = quotes.find((q) => q.end === jointPos + 1 || q.end === jointPos);
  if (lastQuote && lastQuote.start > start && /[.!?…][”"’']?\s+$/u.test(text.slice(start, lastQuote.start))) {
    start = lastQuote.start; // an earlier sentence in the unit is not part of the quote
  }
  end = trimEnd(text, start, end);
  if (end - start < 3 || cue.peopleOnly) return null;
  return {
    subject,
    start,
    end,
    verbStart: cue.start,
    verbEnd,
    unit: u,
    follows: null,
    cut: Math.min(subject.start, cue.start),
    attrStart: Math.min(subject.start, cue.start),
    attrEnd: Math.max(attrEnd, verbEnd),
  };
}

/** "According to X, …" and "…, according to X." */
function accordingTo(text: string, unit: TextRange, u: number, cue: Cue, mentions: MentionIndex): Draft | null {
  const subject = subjectAfter(text, cue.end, unit.end, mentions);
  if (subject.kind === "none" || subject.kind === "person-pronoun") return null;
  const after = text.slice(cue.end, unit.end);
  const comma = /^[^,.;:“”"]*,/.exec(after);
  const lead = text.slice(unit.start, cue.start);
  if (/^\s*(?:(?:and|but|so|yet|however|also),?\s+)?$/i.test(lead) && comma) {
    const start = trimStart(text, cue.end + comma[0].length, unit.end);
    const end = trimEnd(text, start, unit.end);
    if (end - start < 3) return null;
    return {
      subject,
      start,
      end,
      verbStart: cue.start,
      verbEnd: cue.end,
      unit: u,
      follows: null,
      cut: null,
      attrStart: cue.start,
      attrEnd: start,
    };
  }
  if (/[,”"]\s*$/.test(lead) && !comma && /^[^.;:“”"]*[.!?]?\s*$/.test(after)) {
    const start = trimStart(text, unit.start, cue.start);
    const end = trimEnd(text, start, cue.start);
    if (end - start < 3) return null;
    return {
      subject,
      start,
      end,
      verbStart: cue.start,
      verbEnd: cue.end,
      unit: u,
      follows: null,
      cut: cue.start,
      attrStart: cue.start,
      attrEnd: unit.end,
    };
  }
  return null;
}

/** "…, adding that …", "…, warning of …": a second statement by the speaker of the first. */
function participle(text: string, unit: TextRange, u: number, cue: Cue, prev: Draft | null, mentions: MentionIndex): Draft | null {
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
  return {
    subject: prev.subject,
    start,
    end,
    verbStart: cue.start,
    verbEnd,
    unit: u,
    follows: prev,
    cut: cue.start,
    attrStart: prev.attrStart,
    attrEnd: prev.attrEnd,
    peopleOnly: cue.peopleOnly,
  };
}

const LISTENER_RE = new RegExp(`^\\s+(?:${LISTENERS.map((l) => l.replace(/ /g, "\\s+")).join("|")})\\b`, "i");
const NAMED_LISTENER =
  /^\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'&-]*\s*){1,4}(?:(?:media|television|radio|newspaper|reporters|journalists|channel|agency|broadcaster|programme|magazine)\b)?/u;

/** The end of the listener after "told" ("reporters", "the BBC", "France's LCI Television"), or null. */
function listenerAfter(text: string, from: number, limit: number, mentions: MentionIndex): number | null {
  const after = text.slice(from, Math.min(limit, from + 60));
  const m = LISTENER_RE.exec(after) ?? NAMED_LISTENER.exec(after);
  if (m) return from + m[0].trimEnd().length;
  const first = mentions.within(from, from + 40)[0];
  return first && text.slice(from, first.start).trim().length < 5 ? first.end : null;
}

/** "Gerry Adams, the party leader, said" / "X - who was there - said": the subject before the apposition. */
function behindApposition(text: string, floor: number, end: number, mentions: MentionIndex): Subject | null {
  const left = text.slice(Math.max(floor, end - 160), end);
  const close = /([,\u2013\u2014-])\s*$/.exec(left);
  if (!close?.[1]) return null;
  const body = left.slice(0, close.index);
  const open = body.lastIndexOf(close[1] === "," ? "," : close[1]);
  if (open < 0) return null;
  const inner = body.slice(open + 1);
  if (
    /[“”"]/.test(inner) ||
    !/^\s+(?:the|a|an|who|whose|which|one|now|then|also|[\p{Ll}]|[\p{Lu}][\p{Ll}]+\s+(?:of|for|at)\b)/u.test(inner)
  )
    return null;
  const at = end - left.length + open;
  const subject = subjectBefore(text, text.slice(floor, at).trimEnd().length + floor, floor, mentions);
  return subject.kind === "entity" || subject.kind === "person-pronoun" ? subject : null;
}

/** Moves left over auxiliaries and time words between a subject and its verb ("has also said"). */
function stripAuxiliaries(text: string, floor: number, pos: number): number {
  let end = pos;
  for (let i = 0; i < 6; i++) {
    const m = /(\S+)\s*$/.exec(text.slice(Math.max(floor, end - 30), end));
    if (!m || !m[1] || !AUX_WORD.test(m[1])) break;
    end -= m[0].length;
  }
  return text.slice(floor, end).trimEnd().length + floor;
}

function afterSubject(text: string, from: number, limit: number): number {
  const m = /^[^,.;:!?“”"]*/.exec(text.slice(from, limit));
  return from + (m?.[0].length ?? 0);
}

const isQuoteStart = (ch: string | undefined): boolean => ch === "“" || ch === '"' || ch === "‘" || ch === "'";

/**
 * A quotation standing as a sentence of its own with no attribution: in news it continues the
 * speaker of the statement just before it (the same or the previous unit), else it has none.
 */
function floatingQuotes(text: string, unit: TextRange, u: number, quotes: QuoteSpan[], found: Draft[], all: Draft[]): Draft[] {
  if (found.length > 0) return [];
  const out: Draft[] = [];
  for (const q of quotes) {
    if (q.start < unit.start || q.end > unit.end + 1) continue;
    if (text.slice(unit.start, q.start).trim() !== "") continue;
    if (!/^[\s.!?…,;]*$/u.test(text.slice(q.end, unit.end))) continue;
    const inner = text.slice(q.innerStart, q.innerEnd);
    if (inner.split(/\s+/).filter(Boolean).length < 5) continue;
    const last = all.at(-1);
    const continues = last && u - last.unit <= 2 ? last : null;
    const subject: Subject = continues ? continues.subject : { kind: "person-pronoun", entity: null, start: q.start };
    out.push({
      subject,
      start: q.start,
      end: q.end,
      verbStart: q.start,
      verbEnd: q.start,
      unit: u,
      follows: continues,
      cut: null,
      attrStart: q.start,
      attrEnd: q.start,
    });
  }
  return out;
}

/** Speakers resolved (see referent.ts), kinds decided, texts cut to the quoted content where fully quoted. */
function finish(
  doc: ParsedDocument,
  entities: ExtractedEntity[],
  drafts: Draft[],
  mentions: MentionIndex,
  quotes: QuoteSpan[],
  units: TextRange[],
): ExtractedStatement[] {
  const text = doc.masked;
  const out: ExtractedStatement[] = [];
  const speakers = new SpeakerResolver(doc, mentions, units, quotes, entities);
  for (const d of drafts) {
    const resolved = speakers.resolve(d);
    const { entity } = resolved;
    if (d.peopleOnly && entity?.type !== "PERSON") continue;
    const hasVerb = d.verbEnd > d.verbStart;
    let { start, end } = d;
    // a transcript's turn is the speaker's own words
    let kind: StatementKind = d.sourceSpan ? "DIRECT" : "INDIRECT";
    const inside = quotes.filter((q) => q.start >= start && q.end <= end + 1);
    const whole = inside.find((q) => q.start === start && q.end >= end);
    if (whole) {
      kind = "DIRECT";
      start = whole.innerStart;
      end = trimEnd(text, whole.innerStart, whole.innerEnd);
      if (text[end] === "." || text[end] === "!" || text[end] === "?") end++;
    } else if (inside.length > 0) {
      const interrupted = inside.length >= 2 && inside[0]?.start === start && (inside.at(-1)?.end ?? 0) >= end;
      kind = interrupted ? "DIRECT" : "MIXED";
      if (interrupted) {
        start = inside[0]?.innerStart ?? start;
        end = trimEnd(text, start, inside.at(-1)?.innerEnd ?? end);
        if (text[end] === "." || text[end] === "!" || text[end] === "?") end++;
      }
    }
    // reported speech of a source that is no entity ("a senior official said …") is kept with its source
    // phrase; not when the phrase names a person as a modifier ("Quill administration officials"): whose
    // officials is not settled, and a pronoun left unresolved says nothing
    if (entity === null && kind === "INDIRECT" && !describedSource(d, resolved.source, mentions)) continue;
    if (entity === null && d.subject.kind === "none") continue;
    if (end <= start) continue;
    speakers.accept(d, resolved);
    const attribution = `${text.slice(d.attrStart, Math.min(d.attrEnd, d.start))} ${text.slice(Math.max(d.attrStart, d.end), d.attrEnd)}`;
    out.push({
      speaker: entity?.name ?? null,
      speakerId: entity?.id ?? null,
      source: resolved.source,
      text: doc.raw.slice(start, end),
      kind,
      verb: hasVerb ? doc.raw.slice(d.verbStart, d.verbEnd).replace(/\s+/g, " ") : null,
      saidOn: resolveSaidOn(attribution, doc.publishedOn),
      about: aboutOf(mentions, start, end, entity),
      start,
      end,
    });
  }
  return dedupe(out);
}

function aboutOf(mentions: MentionIndex, start: number, end: number, speaker: ExtractedEntity | null): string[] {
  const names: string[] = [];
  for (const m of mentions.within(start, end)) {
    if (m.entity !== speaker && !names.includes(m.entity.name)) names.push(m.entity.name);
  }
  return names;
}

function describedSource(d: Draft, source: string | null, mentions: MentionIndex): boolean {
  if (source === null || d.subject.kind === "person-pronoun" || d.subject.kind === "none") return false;
  return !mentions.within(d.subject.start, d.subject.start + source.length).some((m) => m.entity.type === "PERSON");
}

/** The same span attributed twice (two cues over one clause) is kept once. */
function dedupe(list: ExtractedStatement[]): ExtractedStatement[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
