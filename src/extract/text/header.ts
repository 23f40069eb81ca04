/** The page's header: the headline, a date line, and whether plain text opens with a title line. */
import * as chrono from "chrono-node";
import { isBlank, wordCount, type Line } from "./lines.js";

export const DATE_LINE = /^\s*date (\d{4}-\d{2}-\d{2})\b/u;
const HEADER_SCAN_LINES = 20;
/** White space that is more than one plain space: what a line's key folds ("Title\u00a0 here" → "Title here"). */
const SPACING = /\s\s|[^\S ]/;

/** A short line that appears twice near the top is the headline. */
export function repeatedHeadline(lines: Line[], furnitureLine: boolean[]): number {
  const seen = new Map<string, number>();
  let scanned = 0;
  for (let i = 0; i < lines.length && scanned < HEADER_SCAN_LINES; i++) {
    const line = lines[i];
    if (!line || isBlank(line.text) || furnitureLine[i]) continue;
    scanned++;
    const key = (SPACING.test(line.text) ? line.text.replace(/\s+/g, " ") : line.text).trim();
    // "Frazer said." closing two paragraphs of agency copy is a sentence's tail, no headline
    if (key.length < 8 || key.length > 250 || /\s\p{Ll}+\.$/u.test(key)) continue;
    const first = seen.get(key);
    if (first !== undefined) return first;
    seen.set(key, i);
  }
  return -1;
}

export const looksLikeBody = (text: string): boolean => {
  const t = text.trim();
  return wordCount(t) >= 8 && (/[.!?”"’)]$/u.test(t) || t.length > 160);
};

/** The least share of a header line its date covers. */
const DATE_SHARE = 0.35;

/** How many lines chrono's readings are kept for: a header's lines are read twice (plainTextHeader, then the date scan). */
const DATES_KEPT = 16;
const datesRead = new Map<string, chrono.ParsedResult[]>();

function datesIn(text: string): chrono.ParsedResult[] {
  let parsed = datesRead.get(text);
  if (!parsed) {
    if (datesRead.size >= DATES_KEPT) datesRead.clear();
    parsed = chrono.parse(text);
    datesRead.set(text, parsed);
  }
  return parsed;
}

export function isoFrom(text: string): string | null {
  const m = DATE_LINE.exec(text);
  if (m?.[1]) return m[1];
  if (!/\d{4}/.test(text) || text.length > 80) return null;
  // a date written out with its year: "today", "Monday" read against the clock would make the
  // extraction of an undated text depend on the day it runs ("in Tampa today for the 1987 …")
  // and the date opens or closes the line or is much of it ("PM call with …: 9 May 2023"; "due April 7,
  // 1997 paying" inside a wrapped sentence is no date line)
  const line = text.trim();
  const dateLine = (r: chrono.ParsedResult): boolean =>
    r.text.length >= DATE_SHARE * line.length ||
    /^[\s.,;:)]*$/.test(text.slice(r.index + r.text.length)) ||
    text.slice(0, r.index).trim() === "";
  const first = datesIn(text).find((r) => /\d{4}/.test(r.text) && dateLine(r));
  if (!first || !first.start.isCertain("year") || !first.start.isCertain("day")) return null;
  const y = first.start.get("year");
  const mo = first.start.get("month");
  const d = first.start.get("day");
  if (y === null || mo === null || d === null) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const HEADLINE_START =
  /^(?:Readout|Statement|Joint\s+Statement|Remarks|Press\s+(?:release|statement)|Telephone\s+(?:conversation|call)|Meeting|Call|Communiqu[eé]|Declaration|Transcript)\b/iu;
const SMALL_WORDS = /^(?:a|an|the|of|on|in|at|to|for|and|or|with|by|from|between|about|over|after|before|vs?\.?)$/i;

/** Most words capitalised (small words aside): "Readout of President X's Call with Prime Minister Y". */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.test(w));
  if (words.length === 0) return false;
  const caps = words.filter((w) => /^[“"‘(]?\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

/**
 * Plain text without page furniture (agency copy, government readouts) may still open with a title
 * line and a date or place line. The first line is a title only when it is short, does not end like
 * a sentence, stands alone (a blank line or a date line follows, so a soft-wrapped first sentence is
 * not taken), and reads as a headline (Title Case, a readout opener, or a date line right after it).
 */
export function plainTextHeader(lines: Line[], first: number): boolean {
  const text = lines[first]?.text.trim() ?? "";
  const words = wordCount(text);
  if (words < 3 || words > 30 || text.length < 8 || text.length > 200 || /[.,;:!]$/u.test(text)) return false;
  if (/^[\p{Ll}\d]/u.test(text)) return false;
  const blankAfter = first + 1 < lines.length && isBlank(lines[first + 1]?.text ?? "");
  // a date line among the next few short lines ("Office of the Spokesperson", "November 18, 2022")
  let dateNext = false;
  for (let i = first + 1, seen = 0; i < lines.length && seen < 3 && !dateNext; i++) {
    const t = lines[i]?.text.trim() ?? "";
    if (t === "") continue;
    seen++;
    if (looksLikeBody(t)) break;
    if (isoFrom(t) !== null) dateNext = true;
    else if (wordCount(t) > 6 || !titleCased(t)) break;
  }
  if (!blankAfter && !dateNext) return false;
  return dateNext || HEADLINE_START.test(text) || titleCased(text);
}
