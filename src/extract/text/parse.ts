/**
 * Parse a scraped page: header (date line, title, publication date), outlet, and the body with
 * page furniture masked out. Offsets stay valid: `masked` has the length of `raw`.
 */
import { FURNITURE as furniture } from "../lexicon/index.js";
import type { ArticleMeta, ParsedDocument } from "../types.js";
import { DATE_LINE, isoFrom, looksLikeBody, plainTextHeader, repeatedHeadline } from "./header.js";
import { isBlank, splitLines, wordCount } from "./lines.js";
import { findOutlet } from "./outlet.js";

/**
 * The longest run of characters that every match of a regular expression contains, read from its
 * source where that is plain: literal characters at the top level, none of them quantified, in a
 * pattern with no top-level alternative ("/" of a photo credit, " cookies"); null where it cannot
 * tell. Groups, classes, assertions and escapes other than of punctuation count as no literal. For a
 * pattern matched case-sensitively, as the furniture patterns are (flag "u" alone).
 */
export function requiredLiteral(source: string): string | null {
  let best = "";
  let run = "";
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? "";
    let literal: string | null = null;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/^[\p{P}\p{S}]$/u.test(next) && depth === 0) literal = next;
      i = escapeEnd(source, i);
      if (i < 0) return null;
    } else if (c === "[") {
      // a class, to its closing bracket (escapes inside it skipped)
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "{") {
      // a quantifier's bounds ("{0,30}")
      i = source.indexOf("}", i);
      if (i < 0) return null;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return null;
    else if (depth === 0 && !"^$.*+?}".includes(c)) literal = c;
    const after = source[i + 1];
    const quantified = after !== undefined && "*+?{".includes(after);
    if (literal !== null && !quantified) run += literal;
    else {
      if (run.length > best.length) best = run;
      run = "";
    }
  }
  if (run.length > best.length) best = run;
  return best === "" ? null : best;
}

/** The index of the last character of the escape whose backslash is at `at` ("\p{Lu}", "\x41", "\u{1F600}", "\12"); -1 when unclosed. */
function escapeEnd(source: string, at: number): number {
  const next = source[at + 1] ?? "";
  const braced = source[at + 2] === "{";
  if ((next === "p" || next === "P" || next === "u") && braced) return source.indexOf("}", at);
  if (next === "k" && source[at + 2] === "<") return source.indexOf(">", at);
  if (next === "u") return at + 5;
  if (next === "x") return at + 3;
  if (next === "c") return at + 2;
  let end = at + 1;
  if (/\d/.test(next)) while (/\d/.test(source[end + 1] ?? "")) end++;
  return end;
}

/** The furniture lines' patterns, each with what a line must contain to be tried against it. */
const LINE_REMOVE = furniture.lineRemove.map((p) => ({ re: new RegExp(p, "u"), needs: requiredLiteral(p) }));
const READ_MORE = new RegExp(furniture.readMore, "u");
const TAIL_HEADER = new RegExp(furniture.tailHeaders, "u");
const LANGUAGE_SWITCHER = new RegExp(furniture.languageSwitcher, "u");
const ICON = new RegExp(`${furniture.iconWord}\\b`, "gu");
/** Furniture set inline, between sentences ("… either. Story continues below advertisement Vantor said …"). */
const INLINE = new RegExp(furniture.inline, "gu");

function isFurnitureLine(text: string): boolean {
  if (LINE_REMOVE.some(({ re, needs }) => (needs === null || text.includes(needs)) && re.test(text))) return true;
  if ((text.match(ICON)?.length ?? 0) >= 4) return true;
  return LANGUAGE_SWITCHER.test(text);
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

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
    // hard-wrapped copy whose every line is short: no line reads as prose, so no header is read
    if (bodyFrom === lines.length) {
      bodyFrom = 0;
      title = null;
    }
    // a date given with the article wins over the header's (below): the header is read for one only without it
    const dateGiven = meta.date !== undefined && meta.date !== null;
    for (let i = 0; i < bodyFrom && publishedOn === null && !dateGiven; i++) publishedOn = isoFrom(lines[i]?.text ?? "");
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
    masked: typewriterQuotes(chars.join("").replace(INLINE, (m) => " ".repeat(m.length))),
    title: finalTitle,
    titleSpan: finalTitle ? findTitleSpan(raw, finalTitle) : null,
    publishedOn: meta.date ?? publishedOn,
    outlet: meta.outlet ?? findOutlet(lines, tailFrom),
    url: meta.url ?? null,
    bodySegments,
    body: bodySegments.map((s) => raw.slice(s.start, s.end)).join("\n\n"),
  };
}

/**
 * Quotation marks typed as two apostrophes or backticks (''…'', ``…'': wire and archive copy) as one
 * double quote, same length so offsets stay: an opening pair reads ` "`, a closing one `" `.
 */
function typewriterQuotes(text: string): string {
  return text.replace(/``|''/g, (pair, at: number) => {
    const prev = text[at - 1];
    const opens = pair === "``" || prev === undefined || /[\s(\[—–-]/u.test(prev);
    return opens ? ' "' : '" ';
  });
}
