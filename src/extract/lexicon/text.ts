/** What page furniture looks like and which words a full stop follows without ending a sentence. */
import abbreviations from "./data/abbreviations.json" with { type: "json" };
import furniture from "./data/furniture.json" with { type: "json" };

export const FURNITURE = furniture;
/** Abbreviations (lower case, no dot) by kind: titles, months, others, words that start sentences, those before a number. */
export const ABBREVIATIONS = abbreviations;

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** The abbreviations as a token is written before its dot ("Mr", "Gen", "Corp", "vs"). */
export const TOKEN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...abbreviations.titles, ...abbreviations.other].flatMap((w) => [w, capitalised(w)]),
);

/** Whether a word before a point is an abbreviation or an initial ("Dr", "Sen", "K"): the point ends no sentence before a name. */
export const isAbbreviationWord = (word: string): boolean => TOKEN_ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word);
