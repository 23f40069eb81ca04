/**
 * Name look-ups shared by `EntityFilter.name` and the speaker/about statement filters: the canonical
 * name or any alias, case-insensitive, whole words. Input becomes a regular-expression *parameter*
 * with every metacharacter escaped; it never becomes Cypher text.
 */

const WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
const WORD_EDGE_AFTER = "(?![\\p{L}\\p{N}])";

/** Escapes what is special in both Java and JavaScript (u flag) regular expressions, nothing else. */
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A Java regular expression matching a lower-cased name key that contains `name` as whole words; null for blank input. */
export function nameKeyPattern(name: string): string | null {
  const words = name.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return `(?s).*${WORD_EDGE_BEFORE}${words.map(escapeRegex).join("\\s+")}${WORD_EDGE_AFTER}.*`;
}

/** Cypher that holds when entity `v` is named `$param` (a pattern from `nameKeyPattern`). */
export const nameMatches = (v: string, param: string): string =>
  `any(k IN coalesce(${v}.nameKeys, [toLower(${v}.name)]) WHERE k =~ $${param})`;

/** Cypher that holds when entity `v` has the id `$<param>Id` or is named `$<param>Name`. */
export const idOrNameMatches = (v: string, param: string): string =>
  `(${v}.id = $${param}Id OR ${nameMatches(v, `${param}Name`)})`;

/** Parameters for `idOrNameMatches`. */
export function idOrNameParams(param: string, value: string): Record<string, unknown> {
  return { [`${param}Id`]: value, [`${param}Name`]: nameKeyPattern(value) ?? "(?!)" };
}
