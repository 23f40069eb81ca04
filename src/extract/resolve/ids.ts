/** Entity ids and the words of a name: `person:jane-smith`, the one slug src/graph shares. */
import { isGenerationalSuffix, NAME_PARTICLES } from "../lexicon/index.js";
import type { EntityType } from "../types.js";

const PREFIX: Record<EntityType, string> = { PERSON: "person", COUNTRY: "country", ORGANISATION: "organisation", LOCATION: "location" };

/**
 * Answers kept by name: an article names its people and places again and again, and so do the
 * articles of one run. Emptied when full, so a long run's names do not pile up.
 */
const MEMO_SIZE = 20_000;
const slugs = new Map<string, string>();
const splitSlugs = new Map<string, string>();
const words = new Map<string, readonly string[]>();
function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, value);
}

/**
 * The id form of a name: accents dropped, lower case, words joined by hyphens. Apostrophes are dropped
 * ("O’Neill" → "oneill"), or with `apostrophes: "split"` separate words ("o-neill"): the graph's ids
 * were made so and are stored keys (src/graph/resolve-entities.ts), so they keep that form.
 */
export function slugify(name: string, options: { apostrophes?: "drop" | "split" } = {}): string {
  const known = options.apostrophes === "split" ? splitSlugs : slugs;
  let slug = known.get(name);
  if (slug === undefined) {
    slug = slugOf(name, options.apostrophes === "split");
    remember(known, name, slug);
  }
  return slug;
}

function slugOf(name: string, split: boolean): string {
  const folded = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return (split ? folded : folded.replace(/[’']/g, "")).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** The id of an entity of this type and key: "person:jane-smith". */
export const entityId = (type: EntityType, key: string): string => `${PREFIX[type]}:${slugify(key)}`;

/** The words of a name, its particles and suffixes left out ("van", "de", "Jr."): one array a name, shared, so read-only. */
export function nameWords(text: string): readonly string[] {
  let found = words.get(text);
  if (found === undefined) {
    found = text.split(/[\s]+/).filter((w) => w && !NAME_PARTICLES.has(w) && !isGenerationalSuffix(w));
    remember(words, text, found);
  }
  return found;
}
export const surnameOf = (name: string): string => nameWords(name).at(-1) ?? name;
