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
 * The longest word of `name` as a Lucene phrase query (`"o'neill"`), for the full-text index
 * `entity_names` on name and aliases: every entity named `name` has that word among its words, so
 * the index narrows the entities before the regex confirms whole words. Null when the word has no
 * letter or digit (the analyser would keep nothing of it); such a name matches no entity.
 */
export function nameWord(name: string): string | null {
  const longest = name
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .reduce((a, b) => (b.length > a.length ? b : a), "");
  return /[\p{L}\p{N}]/u.test(longest) ? `"${longest.replace(/["\\]/g, "\\$&")}"` : null;
}

/** Cypher that holds when entity `v` is named `$param` (a pattern from `nameKeyPattern`). */
export const nameMatches = (v: string, param: string): string =>
  `any(k IN coalesce(${v}.nameKeys, [toLower(${v}.name)]) WHERE k =~ $${param})`;

/**
 * Cypher that binds `v` to each entity named `$<param>` (a pattern from `nameKeyPattern`), found
 * through the full-text index with `$<param>Word` (from `nameWord`) and confirmed by the regex;
 * the index is asked only when `when` (Cypher, without variables) holds.
 */
export const namedEntities = (v: string, param: string, when?: string): string =>
  `CALL (){ WITH $${param}Word AS word WHERE word IS NOT NULL${when ? ` AND ${when}` : ""} CALL db.index.fulltext.queryNodes('entity_names', word) YIELD node RETURN node AS ${v} }
  WITH ${v} WHERE ${nameMatches(v, param)}`;

/**
 * Cypher that holds while no entity has the id `$<param>Id`. A speaker or about filter names one
 * entity by its id, or entities by a name: a value that is an entity's id means that entity, and
 * only a value that is none is looked up as a name (which spares the full-text index a query, ~1 ms
 * of the database's CPU, on every request that filters by id).
 */
export const noEntityWithId = (param: string): string => `NOT EXISTS { (:Entity {id: $${param}Id}) }`;

/** Cypher that holds when entity `v` has the id `$<param>Id`, or is named `$<param>Name` and no entity has that id. */
export const idOrNameMatches = (v: string, param: string): string =>
  `(${v}.id = $${param}Id OR (${nameMatches(v, `${param}Name`)} AND ${noEntityWithId(param)}))`;

/** Parameters for `idOrNameMatches`. */
export function idOrNameParams(param: string, value: string): Record<string, unknown> {
  return { [`${param}Id`]: value, [`${param}Name`]: nameKeyPattern(value) ?? "(?!)", [`${param}NameWord`]: nameWord(value) };
}
