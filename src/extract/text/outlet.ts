/** The outlet a page names itself by: app names, privacy notes, datelines, bylines, copyright lines. */
import { ORG_SUFFIXES } from "../lexicon/index.js";
import type { Line } from "./lines.js";

const APP_NAME = /^\s*(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3}?)\s+(?:News\s+)?App\s*$/u;
const PRIVACY = /\bRead\s+(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3}?)\s+Privacy\s+[Pp]olicy/u;
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.,'-]{1,40}\((\p{Lu}[\p{L}.&\s-]{1,30})\)\s*[-–—]/u;
const BYLINE = /^\s*(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,3})\s+[-–—]\s+\S/u;
const COPYRIGHT =
  /(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:[\p{Lu}][\p{L}]*\s+)*?[“"«]?(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,4})/u;

const CAPTION_WORDS = /\b(?:Photo|Image|Picture|Getty|Video)\b/u;

function cleanOutlet(name: string): string | null {
  const n = name.replace(/[“”"«»]/g, "").trim();
  return n.length >= 2 && n.length <= 40 ? n : null;
}

/** Outlet named by the page itself: app names, privacy notes, datelines, bylines, copyright lines. */
export function findOutlet(lines: Line[], tailFrom: number): string | null {
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
