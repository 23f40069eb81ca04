/** The units attribution reads: sentences, joined where a quotation runs across their boundary. */
import type { QuoteSpan, TextRange } from "../types.js";

/** Sentences joined when a quotation runs across their boundary, so a quote and its attribution meet. */
export function mergeAcrossQuotes(sentences: readonly TextRange[], quotes: readonly QuoteSpan[]): TextRange[] {
  const out: TextRange[] = [];
  let q = 0;
  for (const s of sentences) {
    const prev = out.at(-1);
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= (prev?.end ?? 0)) q++;
    let crosses = false;
    if (prev) {
      for (let k = Math.max(0, q - 1); k < quotes.length && (quotes[k]?.start ?? Infinity) < prev.end; k++) {
        const qq = quotes[k];
        if (qq && qq.start < prev.end && qq.end > s.start) crosses = true;
      }
    }
    if (prev && crosses) prev.end = Math.max(prev.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The index of the unit holding `at` (0 when none does). */
export const unitOf = (units: readonly TextRange[], at: number): number =>
  Math.max(
    0,
    units.findIndex((u) => u.start <= at && at < u.end),
  );
