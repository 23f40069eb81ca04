/** Entity ids and the words of a name: `person:jane-smith`, the one slug src/graph shares. */
import { NAME_PARTICLES } from "../lexicon/index.js";
import type { EntityType } from "../types.js";

const PREFIX: Record<EntityType, string> = { PERSON: "person", COUNTRY: "country", ORGANISATION: "organisation", LOCATION: "location" };

/**
 * The id form of a name: accents dropped, lower case, words joined by hyphens. Apostrophes are dropped
 * ("O’Neill" → "oneill"), or with `apostrophes: "split"` separate words ("o-neill"): the graph's ids
 * were made so and are stored keys (src/graph/resolve-entities.ts), so they keep that form.
 */
export function slugify(name: string, options: { apostrophes?: "drop" | "split" } = {}): string {
  const folded = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return (options.apostrophes === "split" ? folded : folded.replace(/[’']/g, "")).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** The id of an entity of this type and key: "person:jane-smith". */
export const entityId = (type: EntityType, key: string): string => `${PREFIX[type]}:${slugify(key)}`;

/** A generational suffix, no surname ("Joseph Quill Jr." is a Quill). */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
export const nameWords = (text: string): string[] => text.split(/[\s]+/).filter((w) => w && !NAME_PARTICLES.has(w) && !SUFFIX.test(w));
export const surnameOf = (name: string): string => nameWords(name).at(-1) ?? name;
