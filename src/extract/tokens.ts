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
    const sentenceStart =
      tokens.length === 0 || (SENTENCE_END.has(before) && !abbreviation && !(prev?.text.endsWith(".") && before === "."));
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: lexKey(word),
      cap: UPPER_START.test(word),
      sentenceStart,
      hyphenBefore: gap === "-",
      adjacent: trimmed === "" && gap.length > 0 && !gap.includes("\n"),
      possessive,
    });
    prevEnd = m.index + m[0].length;
  }
  return tokens;
}
