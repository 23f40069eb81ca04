/**
 * When two statements are the same statement carried by two articles: one's quoted fragment of at
 * least three words appears whole in the other, they share a run of five words, or most of their
 * content words.
 */

const QUOTED = /[“"«]([^”"»]+)[”"»]/g;
const MIN_QUOTED_WORDS = 3;
const MIN_SHARED_RUN = 5;
const MIN_WORD_OVERLAP = 0.6;
const MIN_CONTENT_WORDS = 4;

export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const joined = (w: string[]): string => ` ${w.join(" ")} `;

function quotedFragmentIn(a: string, b: string): boolean {
  const other = joined(words(b));
  return [...a.matchAll(QUOTED)].some((m) => {
    const fragment = words(m[1] ?? "");
    return fragment.length >= MIN_QUOTED_WORDS && other.includes(joined(fragment));
  });
}

function sharedRun(a: string, b: string): boolean {
  const x = words(a);
  const other = joined(words(b));
  for (let i = 0; i + MIN_SHARED_RUN <= x.length; i++) {
    if (other.includes(joined(x.slice(i, i + MIN_SHARED_RUN)))) return true;
  }
  return false;
}

/** Share of the smaller text's distinct content words (longer than three letters) the other has too. */
export function wordOverlap(a: string, b: string): number {
  const content = (t: string) => new Set(words(t).filter((w) => w.length > 3));
  const x = content(a);
  const y = content(b);
  if (Math.min(x.size, y.size) < MIN_CONTENT_WORDS) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

export function sameStatement(a: string, b: string): boolean {
  return quotedFragmentIn(a, b) || quotedFragmentIn(b, a) || sharedRun(a, b) || wordOverlap(a, b) >= MIN_WORD_OVERLAP;
}
