/** Kept for src/graph/resolve-entities.ts until it imports `sameGivenName` from "../extract/index.js"; then delete this folder. */
export { sameGivenName } from "../lexicon/names.js";
