/**
 * Sentence and quotation spans over the masked article text. Offsets are indices into the text
 * given, which for `ParsedDocument.masked` are also indices into `raw`.
 */
import abbreviations from "./data/abbreviations.json" with { type: "json" };

export interface TextRange {
  start: number;
  end: number;
}

export interface QuoteSpan {
  /** index of the opening quotation mark */
  start: number;
  /** index just after the closing quotation mark */
  end: number;
  innerStart: number;
  innerEnd: number;
}

const TITLES = new Set(abbreviations.titles);
const MONTHS = new Set(abbreviations.months);
const OTHER = new Set(abbreviations.other);
const STARTERS = new Set(abbreviations.sentenceStarters);
const NUMBERED = new Set(["no", "nos", "art", "p", "pp", "para", "ch", "sec"]);

const TERMINATORS = ".!?…";
const CLOSERS = ")]\"”’'»";
const OPENERS = "\"“‘'(«[";
import { softBreak } from "./tokens.js";

const isSpace = (c: string | undefined): boolean =>
  c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\u00a0" || c === "\f" || c === "\v";
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isAlnum = (c: string | undefined): boolean => c !== undefined && (isLower(c) || isUpper(c) || (c >= "0" && c <= "9"));

/** The next word (letters only, lower-cased) starting at `i`, skipping opening punctuation. */
function wordAt(text: string, i: number): string {
  let k = i;
  while (k < text.length && OPENERS.includes(text[k] ?? "")) k++;
  let e = k;
  while (e < text.length && isAlnum(text[e])) e++;
  return text.slice(k, e).toLowerCase();
}

/** Whether the line break at `nl` (text[nl] === "\n") ends the sentence whose last char is at `last`. */
function lineBreakEnds(text: string, nl: number, last: number): boolean {
  let k = nl + 1;
  while (k < text.length && text[k] !== "\n" && isSpace(text[k])) k++;
  if (k >= text.length || text[k] === "\n") return true; // blank (or fully masked) line follows
  const prev = text[last];
  const next = text[k];
  // A soft wrap inside a paragraph: the line stops mid-clause and the next one goes on in lower case.
  if ((isLower(prev) || prev === "," || prev === ";" || prev === "-") && isLower(next)) return false;
  // hard-wrapped copy: any break after a prose-long line that stops mid-sentence
  if (softBreak(text, nl)) return false;
  return true;
}

/** Whether a full stop at `dot`, followed by whitespace and then the character at `next`, ends a sentence. */
function dotEnds(text: string, dot: number, next: number): boolean {
  let ws = dot;
  while (ws > 0 && (isAlnum(text[ws - 1]) || (text[ws - 1] === "." && isAlnum(text[ws - 2])))) ws--;
  const word = text.slice(ws, dot).toLowerCase();
  if (word === "") return true;
  const nextChar = text[next];
  const nextIsDigit = nextChar !== undefined && nextChar >= "0" && nextChar <= "9";
  if (TITLES.has(word)) return false;
  if (NUMBERED.has(word) && nextIsDigit) return false;
  if (MONTHS.has(word) && nextIsDigit) return false;
  const initial = word.length === 1 && isUpper(text[ws]);
  if (initial || word.includes(".") || OTHER.has(word) || MONTHS.has(word)) {
    return STARTERS.has(wordAt(text, next)) || text[next] === "“";
  }
  return true;
}

/** Sentence ranges, trimmed of surrounding whitespace, in text order. */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  const n = text.length;
  let start = -1;
  let last = -1;
  const close = (end: number): void => {
    if (start >= 0 && end > start) out.push({ start, end });
    start = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "\n") {
      if (start >= 0 && lineBreakEnds(text, i, last)) close(last + 1);
      continue;
    }
    if (isSpace(c)) continue;
    if (start < 0) start = i;
    last = i;
    if (c === undefined || !TERMINATORS.includes(c)) continue;
    const term = i;
    let j = i + 1;
    while (j < n && TERMINATORS.includes(text[j] ?? "")) j++;
    const single = c === "." && j === term + 1;
    while (j < n && CLOSERS.includes(text[j] ?? "")) j++;
    last = j - 1;
    i = j - 1;
    if (j < n && !isSpace(text[j])) continue; // 3.5, U.S.-led
    let k = j;
    let crossesLine = false;
    while (k < n && isSpace(text[k])) {
      if (text[k] === "\n") crossesLine = true;
      k++;
    }
    if (k >= n || crossesLine) continue; // the end of text or the newline decides
    if (isLower(text[k]) || text[k] === "," || text[k] === ";") continue;
    if (single && !dotEnds(text, term, k)) continue;
    close(j);
  }
  if (start >= 0) close(last + 1);
  return out;
}

type Mark = "curly" | "straight" | "single" | "straightSingle";

const OPEN_OF: Record<Mark, string> = { curly: "“", straight: '"', single: "‘", straightSingle: "'" };

/** Whether a single closing mark at `i` (’ or ') is a closing quotation mark rather than an apostrophe. */
function singleCloses(text: string, i: number, mark: string): boolean {
  if (isAlnum(text[i + 1])) return false; // don’t, it’s
  if (isSpace(text[i - 1])) return false;
  const prev = text[i - 1];
  if ((prev === "s" || prev === "S") && text[i + 1] === " ") {
    // "the leaders’ meeting’": prefer a later closer in the same paragraph
    for (let k = i + 1; k < text.length && text[k] !== "\n"; k++) {
      if (text[k] === mark && !isAlnum(text[k + 1]) && !isSpace(text[k - 1])) return false;
      if (text[k] === OPEN_OF.single || (mark === "'" && text[k] === "'" && isSpace(text[k - 1]))) break;
    }
  }
  return true;
}

/** Whether a single opening mark at `i` can open a quotation: after a space or bracket, before a word. */
function singleOpens(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (i > 0 && !isSpace(prev) && !"([—–-:".includes(prev ?? "")) return false;
  if (!isAlnum(text[i + 1]) && text[i + 1] !== "…") return false;
  return true;
}

/** Whether the line break at `nl` inside an open quote ends a paragraph (rather than a soft wrap). */
function paragraphEnds(text: string, nl: number): boolean {
  let p = nl - 1;
  while (p >= 0 && isSpace(text[p]) && text[p] !== "\n") p--;
  return lineBreakEnds(text, nl, p) && !(isAlnum(text[p]) && isLower(firstCharAfter(text, nl)));
}

/** Whether the last non-space character before `i` ends a sentence. */
function afterSentenceEnd(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && isSpace(text[p])) p--;
  return p < i - 1 && ".!?…".includes(text[p] ?? "x");
}

function firstCharAfter(text: string, i: number): string | undefined {
  let k = i + 1;
  while (k < text.length && isSpace(text[k])) k++;
  return text[k];
}

/**
 * Quotation spans: straight and curly double quotes, and single quotes when they are used as
 * quotation marks. A quotation left open at a paragraph end continues when the next paragraph
 * reopens with the same mark (the news convention); otherwise it is dropped as unbalanced.
 * Quotation marks nested inside an open double quote are part of it, not separate spans.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const n = text.length;
  let open: { at: number; mark: Mark } | null = null;
  const emit = (end: number): void => {
    if (open && end - 1 > open.at + 1) {
      out.push({ start: open.at, end, innerStart: open.at + 1, innerEnd: end - 1 });
    }
    open = null;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "\n") {
      if (open === null || !paragraphEnds(text, i)) continue;
      let k = i + 1;
      while (k < n && isSpace(text[k])) k++;
      const mark: Mark = open.mark;
      if (text[k] === OPEN_OF[mark])
        i = k; // the quotation reopens: it goes on
      else open = null;
      continue;
    }
    const current = open as { at: number; mark: Mark } | null;
    switch (c) {
      case "“":
        // an opening mark after a sentence end inside an open quote reopens it (a lost paragraph break)
        if (current === null || (current.mark === "curly" && !afterSentenceEnd(text, i))) open = { at: i, mark: "curly" };
        break;
      case "”":
        if (current && (current.mark === "curly" || current.mark === "straight")) emit(i + 1);
        break;
      case '"':
        if (current?.mark === "straight" && isSpace(text[i - 1]) && isAlnum(text[i + 1]) && afterSentenceEnd(text, i)) break;
        if (current && (current.mark === "straight" || current.mark === "curly")) emit(i + 1);
        else if (current === null && !isSpace(text[i + 1]) && i + 1 < n) open = { at: i, mark: "straight" };
        break;
      case "‘":
        if (current === null && singleOpens(text, i)) open = { at: i, mark: "single" };
        break;
      case "’":
        if (current && current.mark === "single" && singleCloses(text, i, "’")) emit(i + 1);
        break;
      case "'":
        if (current === null) {
          if (singleOpens(text, i)) open = { at: i, mark: "straightSingle" };
        } else if (current.mark === "straightSingle" && singleCloses(text, i, "'")) emit(i + 1);
        break;
      default:
        break;
    }
  }
  return out;
}
