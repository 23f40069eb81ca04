/** The one place the rules' vocabularies come from: every word list is read from data/ by the modules re-exported here. */
export { countryByCode, FIRST_NAMES, isCapital, lexKey, lookup, phraseLimit, type LexEntry } from "./gazetteer.js";
export {
  genderOfWord,
  honorificGender,
  isKinshipNoun,
  kinshipGender,
  kinshipNounBefore,
  KNOWN_GIVEN_NAMES,
  sameGivenName,
  type Gender,
} from "./names.js";
export * from "./verbs.js";
export * from "./words.js";
export * from "./text.js";
