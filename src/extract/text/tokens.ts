/** Word tokens of the masked text, with the facts recognition needs about each one. */
import { lexKey, lookup, TOKEN_ABBREVIATIONS, type LexEntry } from "../lexicon/index.js";
import type { Token } from "../types.js";
import { softBreak } from "./wrap.js";

const WORD = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;

/** "Smith's", "Smith’S": an apostrophe and s closing the word. */
function isPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const q = word.charCodeAt(word.length - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/** Whether the word opens with an upper-case letter: A-Z for an ASCII first character, else \p{Lu}. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
}
const SENTENCE_END = new Set([".", "!", "?", ":", ";", "“", '"', "‘", "(", "[", "\n", "—", "–", "•"]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    let word = m[0];
    const possessive = word.length > 2 && isPossessive(word);
    if (possessive) word = word.slice(0, -2);
    const gap = text.slice(prevEnd, start);
    const trimmed = gap === " " ? "" : gap.replace(/[ \t\u00a0]+/g, "");
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
      (prev.text.length === 1 || prev.text.endsWith(".") || TOKEN_ABBREVIATIONS.has(prev.text));
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
      cap: startsUpper(word),
      sentenceStart,
      hyphenBefore: gap === "-",
      // "Procter & Gamble", "AT&T": an ampersand joins the words of a firm's name
      adjacent: ((trimmed === "" || trimmed === "&") && gap.length > 0 && !gap.includes("\n")) || soft,
      possessive,
    });
    prevEnd = m.index + m[0].length;
  }
  return tokens;
}

/** Whether a token goes on the phrase before it: only spaces or a hyphen between them. */
export const linked = (t: Token | undefined): boolean => t !== undefined && (t.adjacent || t.hyphenBefore);

/** Whether token `p` follows "of" or "of the" ("President of Ukraine", "Bank of the North"). */
export function afterOf(tokens: readonly Token[], p: number): boolean {
  const w = tokens[p - 1]?.text;
  return w === "of" || (w === "the" && tokens[p - 2]?.text === "of");
}

/**
 * The lexicon entry that tokens [from, to) spell as one phrase: each token after the first joined to
 * the one before (`joined`, by default only spaces or a hyphen between them); undefined when there is none.
 */
export function phraseEntry(
  tokens: readonly Token[],
  from: number,
  to: number,
  joined: (t: Token) => boolean = linked,
): LexEntry | undefined {
  if (from < 0 || to > tokens.length) return undefined;
  const keys: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || (k > from && !joined(t))) return undefined;
    keys.push(t.key);
  }
  return lookup(keys);
}

/** The longest title (of at most `longest` tokens) that ends at token `end`. */
export function titleEndingAt(tokens: readonly Token[], end: number, longest: number): { title: string; from: number } | undefined {
  for (let len = Math.min(longest, end); len >= 1; len--) {
    const entry = phraseEntry(tokens, end - len, end);
    if (entry?.kind === "TITLE") return { title: entry.name, from: end - len };
  }
  return undefined;
}

/** The longest title (of at most `longest` tokens) that starts at token `start`. */
export function titleStartingAt(
  tokens: readonly Token[],
  start: number,
  longest: number,
  joined: (t: Token) => boolean = linked,
): { title: string; to: number } | undefined {
  for (let len = longest; len >= 1; len--) {
    const entry = phraseEntry(tokens, start, start + len, joined);
    if (entry?.kind === "TITLE") return { title: entry.name, to: start + len };
  }
  return undefined;
}
