/** Hard-wrapped text (agency copy, press releases): which line breaks fall inside a sentence. */

/** The shortest line that counts as wrapped prose (menus, headings and captions are shorter). */
const WRAPPED_LINE = 30;
/** The share of a text's inner line breaks that must fall mid-sentence for the text to be hard-wrapped. */
const WRAPPED_SHARE = 0.5;
/** The fewest mid-sentence line breaks a hard-wrapped text has (a caption or a list of related stories is no wrapping). */
const WRAPPED_MIN = 5;
/** A line that ends a sentence: closing punctuation, or a quote signed with a dash and a name ("…” ― Ana Ruiz"). */
const ENDS_SENTENCE = /[.!?:;”"’)\]]$|[”"]\s*[―—–-]\s*[\p{Lu}][\p{L}.’' -]*$/u;

let cached: { text: string; wrapped: boolean } | null = null;

/**
 * Whether a text is hard-wrapped (agency copy, press releases, mailing lists): most of its line breaks
 * inside paragraphs fall after a prose-long line that stops mid-sentence.
 */
function hardWrapped(text: string): boolean {
  if (cached?.text === text) return cached.wrapped;
  const lines = text.split("\n").map((l) => l.trim());
  let inner = 0;
  let mid = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "" || (lines[i + 1] ?? "") === "") continue;
    inner++;
    if (line.length >= WRAPPED_LINE && !ENDS_SENTENCE.test(line)) mid++;
  }
  const wrapped = mid >= WRAPPED_MIN && mid / inner >= WRAPPED_SHARE;
  cached = { text, wrapped };
  return wrapped;
}

/**
 * Whether the line break at `at` wraps a sentence: the text is hard-wrapped, the line before is
 * prose-long and ends mid-sentence, and the next line goes on at once (no blank line, no bullet).
 */
export function softBreak(text: string, at: number): boolean {
  if (!hardWrapped(text)) return false;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const line = text.slice(lineStart, at).trim();
  if (line.length < WRAPPED_LINE || ENDS_SENTENCE.test(line)) return false;
  const next = /^[ \t]*(\S)/.exec(text.slice(at + 1, at + 40));
  return next !== null && !/[•*\-–—#>]/u.test(next[1] ?? "");
}
