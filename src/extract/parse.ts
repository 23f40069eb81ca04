/**
 * Parse a scraped page: header (date line, title, publication date), outlet, and the body with
 * page furniture masked out. Offsets stay valid: `masked` has the length of `raw`.
 */
import * as chrono from "chrono-node";
import furniture from "./gazetteer/data/furniture.json" with { type: "json" };
import { ORG_SUFFIXES } from "./gazetteer/index.js";
import type { ArticleMeta, ParsedDocument } from "./types.js";

interface Line {
  start: number;
  end: number;
  text: string;
}

const LINE_REMOVE = furniture.lineRemove.map((p) => new RegExp(p, "u"));
const READ_MORE = new RegExp(furniture.readMore, "u");
const TAIL_HEADER = new RegExp(furniture.tailHeaders, "u");
const LANGUAGE_SWITCHER = new RegExp(furniture.languageSwitcher, "u");
const ICON = new RegExp(`${furniture.iconWord}\\b`, "gu");
const DATE_LINE = /^\s*date (\d{4}-\d{2}-\d{2})\b/u;
const BLANK = /^[\s\u00a0\u200b\ufeff]*$/u;
const HEADER_SCAN_LINES = 20;

const APP_NAME = /^\s*(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3}?)\s+(?:News\s+)?App\s*$/u;
const PRIVACY = /\bRead\s+(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3}?)\s+Privacy\s+[Pp]olicy/u;
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.,'-]{1,40}\((\p{Lu}[\p{L}.&\s-]{1,30})\)\s*[-–—]/u;
const BYLINE = /^\s*(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,3})\s+[-–—]\s+\S/u;
const COPYRIGHT =
  /(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:[\p{Lu}][\p{L}]*\s+)*?[“"«]?(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,4})/u;

const CAPTION_WORDS = /\b(?:Photo|Image|Picture|Getty|Video)\b/u;

const isBlank = (t: string): boolean => BLANK.test(t);
const wordCount = (t: string): number => t.split(/\s+/).filter(Boolean).length;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = raw.indexOf("\n", start);
    const end = nl < 0 ? raw.length : nl;
    const stop = end > start && raw.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: stop, text: raw.slice(start, stop) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

function isFurnitureLine(text: string): boolean {
  if (LINE_REMOVE.some((re) => re.test(text))) return true;
  if ((text.match(ICON)?.length ?? 0) >= 4) return true;
  return LANGUAGE_SWITCHER.test(text);
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/** A short line that appears twice near the top is the headline. */
function repeatedHeadline(lines: Line[], furnitureLine: boolean[]): number {
  const seen = new Map<string, number>();
  let scanned = 0;
  for (let i = 0; i < lines.length && scanned < HEADER_SCAN_LINES; i++) {
    const line = lines[i];
    if (!line || isBlank(line.text) || furnitureLine[i]) continue;
    scanned++;
    const key = line.text.replace(/\s+/g, " ").trim();
    if (key.length < 8 || key.length > 250) continue;
    const first = seen.get(key);
    if (first !== undefined) return first;
    seen.set(key, i);
  }
  return -1;
}

const looksLikeBody = (text: string): boolean => {
  const t = text.trim();
  return wordCount(t) >= 8 && (/[.!?”"’)]$/u.test(t) || t.length > 160);
};

function isoFrom(text: string): string | null {
  const m = DATE_LINE.exec(text);
  if (m?.[1]) return m[1];
  if (!/\d{4}/.test(text) || text.length > 80) return null;
  const parsed = chrono.parse(text);
  const first = parsed[0];
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
function plainTextHeader(lines: Line[], first: number): boolean {
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

function cleanOutlet(name: string): string | null {
  const n = name.replace(/[“”"«»]/g, "").trim();
  return n.length >= 2 && n.length <= 40 ? n : null;
}

/** Outlet named by the page itself: app names, privacy notes, datelines, bylines, copyright lines. */
function findOutlet(lines: Line[], tailFrom: number): string | null {
  const candidates: [RegExp, (m: RegExpExecArray, at: number) => boolean][] = [
    [APP_NAME, () => true],
    [PRIVACY, () => true],
    [DATELINE, () => true],
    [BYLINE, (m, at) => at > tailFrom || ORG_SUFFIXES.has((m[1] ?? "").split(/\s+/).pop() ?? "")],
    [COPYRIGHT, (m) => !CAPTION_WORDS.test(m.input)],
  ];
  for (const [re, ok] of candidates) {
    for (let at = 0; at < lines.length; at++) {
      const m = re.exec(lines[at]?.text ?? "");
      if (m?.[1] && ok(m, at)) {
        const name = cleanOutlet(m[1]);
        if (name) return name;
      }
    }
  }
  return null;
}

function findTitleSpan(raw: string, title: string): { start: number; end: number } | null {
  const at = raw.indexOf(title);
  return at < 0 ? null : { start: at, end: at + title.length };
}

export function parseDocument(raw: string, meta: ArticleMeta = {}): ParsedDocument {
  const lines = splitLines(raw);
  const furnitureLine = lines.map((l) => isFurnitureLine(l.text));

  // "Read more" hides the headline it links; a related-stories header ends the article.
  let tailFrom = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    if (TAIL_HEADER.test(text)) {
      tailFrom = i;
      for (let j = i; j < lines.length; j++) furnitureLine[j] = true;
      break;
    }
    if (READ_MORE.test(text)) {
      furnitureLine[i] = true;
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j]?.text ?? "")) j++;
      if (j < lines.length && !looksLikeBody(lines[j]?.text ?? "")) furnitureLine[j] = true;
    }
  }

  const titleLine = repeatedHeadline(lines, furnitureLine);
  const firstContent = lines.findIndex((l) => !isBlank(l.text));
  const hasHeader =
    titleLine >= 0 ||
    (firstContent >= 0 &&
      (furnitureLine[firstContent] === true || DATE_LINE.test(lines[firstContent]?.text ?? "") || plainTextHeader(lines, firstContent)));

  // The header runs up to the first line that reads like prose.
  let bodyFrom = 0;
  let title: string | null = null;
  let publishedOn: string | null = null;
  if (hasHeader) {
    bodyFrom = lines.length;
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]?.text ?? "";
      if (isBlank(text) || furnitureLine[i]) continue;
      if (titleLine >= 0 && sameText(text, lines[titleLine]?.text ?? "")) continue;
      if (looksLikeBody(text)) {
        bodyFrom = i;
        break;
      }
      if (title === null && titleLine < 0 && text.trim().length >= 8 && !/[.:]$/.test(text.trim()) && wordCount(text) >= 3) {
        title = text.trim();
      }
    }
    for (let i = 0; i < bodyFrom && publishedOn === null; i++) publishedOn = isoFrom(lines[i]?.text ?? "");
  }
  if (titleLine >= 0) title = (lines[titleLine]?.text ?? "").trim();

  const bodySegments: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | null = null;
  for (let i = bodyFrom; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const skip = furnitureLine[i] === true || isBlank(line.text) || (title !== null && sameText(line.text, title));
    if (skip) {
      if (open) bodySegments.push(open);
      open = null;
      continue;
    }
    const lead = line.text.length - line.text.trimStart().length;
    const start = line.start + lead;
    const end = line.start + line.text.trimEnd().length;
    if (open) open.end = end;
    else open = { start, end };
  }
  if (open) bodySegments.push(open);

  const chars: string[] = [];
  let cursor = 0;
  const blankOut = (s: string): string => s.replace(/[^\n]/g, " ");
  for (const seg of bodySegments) {
    chars.push(blankOut(raw.slice(cursor, seg.start)), raw.slice(seg.start, seg.end));
    cursor = seg.end;
  }
  chars.push(blankOut(raw.slice(cursor)));

  const finalTitle = meta.title ?? title;
  return {
    raw,
    masked: chars.join(""),
    title: finalTitle,
    titleSpan: finalTitle ? findTitleSpan(raw, finalTitle) : null,
    publishedOn: meta.date ?? publishedOn,
    outlet: meta.outlet ?? findOutlet(lines, tailFrom),
    url: meta.url ?? null,
    bodySegments,
    body: bodySegments.map((s) => raw.slice(s.start, s.end)).join("\n\n"),
  };
}
