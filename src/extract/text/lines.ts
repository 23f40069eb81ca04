/** The lines of a page, with their offsets into the raw text. */

export interface Line {
  start: number;
  end: number;
  text: string;
}

const BLANK = /^[\s\u00a0\u200b\ufeff]*$/u;
export const isBlank = (t: string): boolean => BLANK.test(t);
export const wordCount = (t: string): number => t.split(/\s+/).filter(Boolean).length;

export function splitLines(raw: string): Line[] {
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
