/**
 * Quotation spans over the masked article text. Offsets are indices into the text given, which for
 * `ParsedDocument.masked` are also indices into `raw`.
 */
import type { QuoteSpan } from "../types.js";
import { isAlnum, isLower, isSpace } from "./chars.js";
import { lineBreakEnds } from "./sentences.js";

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
