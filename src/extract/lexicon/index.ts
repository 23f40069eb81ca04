/** The one place the rules' vocabularies come from: every word list is read from data/ by the modules re-exported here. */
export { countryByCode, FIRST_NAMES, isCapital, lexKey, lookup, phraseLimit, type LexEntry } from "./gazetteer.js";
export {
  genderOfWord,
  honorificGender,
  isGenerationalSuffix,
  isKinshipNoun,
  kinshipGender,
  kinshipNounBefore,
  KNOWN_GIVEN_NAMES,
  NAME_SUFFIX_ALTERNATION,
  sameGivenName,
  type Gender,
} from "./names.js";
export * from "./verbs.js";
export * from "./words.js";
export * from "./text.js";
