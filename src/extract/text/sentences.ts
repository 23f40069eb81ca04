/**
 * Sentence spans over the masked article text. Offsets are indices into the text
 * given, which for `ParsedDocument.masked` are also indices into `raw`.
 */
import { ABBREVIATIONS, REPORTING_VERBS } from "../lexicon/index.js";
import type { TextRange } from "../types.js";
import { isAlnum, isLower, isSpace, isUpper } from "./chars.js";
import { softBreak } from "./wrap.js";

const TITLES: ReadonlySet<string> = new Set(ABBREVIATIONS.titles);
const MONTHS: ReadonlySet<string> = new Set(ABBREVIATIONS.months);
const OTHER: ReadonlySet<string> = new Set(ABBREVIATIONS.other);
const STARTERS: ReadonlySet<string> = new Set(ABBREVIATIONS.sentenceStarters);
/** Abbreviations before a number ("No. 10", "pp. 4-5"). */
const NUMBERED: ReadonlySet<string> = new Set(ABBREVIATIONS.numbered);

const isTerminator = (c: string | undefined): boolean => c === "." || c === "!" || c === "?" || c === "…";
const CLOSERS = ")]\"”’'»";
const OPENERS = "\"“‘'(«[";

/** The next word (letters only, lower-cased) starting at `i`, skipping opening punctuation. */
function wordAt(text: string, i: number): string {
  let k = i;
  while (k < text.length && OPENERS.includes(text[k] ?? "")) k++;
  let e = k;
  while (e < text.length && isAlnum(text[e])) e++;
  return text.slice(k, e).toLowerCase();
}

/** Whether the line break at `nl` (text[nl] === "\n") ends the sentence whose last char is at `last`. */
export function lineBreakEnds(text: string, nl: number, last: number): boolean {
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
    if (!isTerminator(c)) continue;
    const term = i;
    let j = i + 1;
    while (j < n && isTerminator(text[j])) j++;
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
    // "“Who would have believed it?” Ruiz said": a question or exclamation closing a quote, then its attribution
    if (c !== "." && j > term + 1 && CLOSERS.includes(text[j - 1] ?? "") && attributionFollows(text, k)) continue;
    close(j);
  }
  if (start >= 0) close(last + 1);
  return out;
}

/** Whether one to four capitalised words and a reporting verb open the text at k ("Ruiz said", "Dr. Ana Ruiz asked"). */
function attributionFollows(text: string, k: number): boolean {
  const m = /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(\p{Ll}+)\b/u.exec(text.slice(k, k + 80));
  return m?.[1] !== undefined && REPORTING_VERBS.has(m[1]);
}
