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

/**
 * The longest word of `name`, lower-cased: every entity named `name` has it in `nameText` (lower-cased
 * name and aliases, written with them and indexed by the TEXT index `entity_name_text`), so
 * `nameText CONTAINS` it narrows the entities through the index before the regex confirms whole words.
 */
export function nameWord(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .reduce((a, b) => (b.length > a.length ? b : a), "");
}

/** Cypher that holds when entity `v` is named `$param` (a pattern from `nameKeyPattern`). */
export const nameMatches = (v: string, param: string): string =>
  `any(k IN coalesce(${v}.nameKeys, [toLower(${v}.name)]) WHERE k =~ $${param})`;

/**
 * Like `nameMatches`, led by `v.nameText CONTAINS $<param>Word` (a word from `nameWord`), which the
 * TEXT index answers, so the regex runs only on the entities that contain the word.
 */
export const indexedNameMatches = (v: string, param: string): string => `${v}.nameText CONTAINS $${param}Word AND ${nameMatches(v, param)}`;

/** Cypher that holds when entity `v` has the id `$<param>Id` or is named `$<param>Name`. */
export const idOrNameMatches = (v: string, param: string): string => `(${v}.id = $${param}Id OR ${nameMatches(v, `${param}Name`)})`;

/** Parameters for `idOrNameMatches`. */
export function idOrNameParams(param: string, value: string): Record<string, unknown> {
  return { [`${param}Id`]: value, [`${param}Name`]: nameKeyPattern(value) ?? "(?!)", [`${param}NameWord`]: nameWord(value) };
}
