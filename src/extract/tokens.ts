/** Word tokens of the masked text, with the facts recognition needs about each one. */
import { lexKey } from "./gazetteer/index.js";

export interface Token {
  start: number;
  /** end of the word, a possessive ’s excluded */
  end: number;
  text: string;
  key: string;
  /** starts with an upper-case letter (or is a dotted initialism) */
  cap: boolean;
  /** the word follows sentence-ending punctuation, an opening quote or a line start */
  sentenceStart: boolean;
  /** joined to the previous token by a hyphen ("US-Russian") */
  hyphenBefore: boolean;
  /** only spaces separate it from the previous token */
  adjacent: boolean;
  possessive: boolean;
}

const WORD = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const POSSESSIVE = /['’][sS]$/u;
const UPPER_START = /^\p{Lu}/u;
const ABBREVIATIONS = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "St",
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "Lt",
  "Col",
  "Capt",
  "Prof",
  "Jr",
  "Sr",
  "Inc",
  "Corp",
  "Co",
  "Ltd",
  "No",
  "vs",
  "Maj",
  "Adm",
  "Sgt",
  "Rev",
  "Mt",
  "Ft",
]);
const SENTENCE_END = new Set([".", "!", "?", ":", ";", "“", '"', "‘", "(", "[", "\n", "—", "–", "•"]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let word = m[0];
    const possessive = POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const gap = text.slice(prevEnd, start);
    const trimmed = gap.replace(/[ \t\u00a0]+/g, "");
    let before = "";
    for (let i = start - 1; i >= 0; i--) {
      const ch = text[i] ?? "";
      if (ch !== " " && ch !== "\t" && ch !== "\u00a0" && ch !== "\r") {
        before = ch;
        break;
      }
    }
    const prev = tokens.at(-1);
    const abbreviation =
      before === "." &&
      prev !== undefined &&
      prev.end === text.lastIndexOf(".", start) - 0 &&
      (prev.text.length === 1 || prev.text.endsWith(".") || ABBREVIATIONS.has(prev.text));
    // hard-wrapped text (agency copy, press releases): a line break inside a sentence is a space
    const soft = trimmed === "\n" && softBreak(text, prevEnd + gap.indexOf("\n"));
    const sentenceStart =
      tokens.length === 0 ||
      (SENTENCE_END.has(before) && !(soft && before === "\n") && !abbreviation && !(prev?.text.endsWith(".") && before === "."));
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: lexKey(word),
      cap: UPPER_START.test(word),
      sentenceStart,
      hyphenBefore: gap === "-",
      adjacent: (trimmed === "" && gap.length > 0 && !gap.includes("\n")) || soft,
      possessive,
    });
    prevEnd = m.index + m[0].length;
  }
  return tokens;
}

/** The shortest line that counts as wrapped prose (menus, headings and captions are shorter). */
const WRAPPED_LINE = 30;
/** The share of a text's inner line breaks that must fall mid-sentence for the text to be hard-wrapped. */
const WRAPPED_SHARE = 0.5;
/** The fewest mid-sentence line breaks a hard-wrapped text has (a caption or a list of related stories is no wrapping). */
const WRAPPED_MIN = 5;
/** A line that ends a sentence: closing punctuation, or a quote signed with a dash and a name ("…” ― Ana Ruiz"). */
const ENDS_SENTENCE = /[.!?:;”"’)\]]$|[”"]\s*[―—–-]\s*[\p{Lu}][\p{L}.’' -]*$/u;

let cached: { text: string; wrapped: boolean } | null = null;

/**
 * Whether a text is hard-wrapped (agency copy, press releases, mailing lists): most of its line breaks
 * inside paragraphs fall after a prose-long line that stops mid-sentence.
 */
export function hardWrapped(text: string): boolean {
  if (cached?.text === text) return cached.wrapped;
  const lines = text.split("\n").map((l) => l.trim());
  let inner = 0;
  let mid = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "" || (lines[i + 1] ?? "") === "") continue;
    inner++;
    if (line.length >= WRAPPED_LINE && !ENDS_SENTENCE.test(line)) mid++;
  }
  const wrapped = mid >= WRAPPED_MIN && mid / inner >= WRAPPED_SHARE;
  cached = { text, wrapped };
  return wrapped;
}

/**
 * Whether the line break at `at` wraps a sentence: the text is hard-wrapped, the line before is
 * prose-long and ends mid-sentence, and the next line goes on at once (no blank line, no bullet).
 */
export function softBreak(text: string, at: number): boolean {
  if (!hardWrapped(text)) return false;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const line = text.slice(lineStart, at).trim();
  if (line.length < WRAPPED_LINE || ENDS_SENTENCE.test(line)) return false;
  const next = /^[ \t]*(\S)/.exec(text.slice(at + 1, at + 40));
  return next !== null && !/[•*\-–—#>]/u.test(next[1] ?? "");
}
