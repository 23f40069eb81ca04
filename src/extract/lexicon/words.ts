/** Word lists of the rules, read from the data files: organisation and place cues, verbs, particles, sports and tables. */
import cues from "./data/cues.json" with { type: "json" };
import orgCues from "./data/org-cues.json" with { type: "json" };
import sports from "./data/sports.json" with { type: "json" };
import titleData from "./data/titles.json" with { type: "json" };
import { lexKey } from "./gazetteer.js";

/** An alternation of words for a regular expression; a multi-word entry matches any white space between its words. */
export const alternation = (words: readonly string[]): string =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");

export const NON_ENTITY_SUFFIXES: ReadonlySet<string> = new Set(orgCues.nonEntitySuffixes);
export const LOCATION_SUFFIXES: ReadonlySet<string> = new Set(orgCues.locationSuffixes);
export const ACRONYM_STOP: ReadonlySet<string> = new Set(orgCues.acronymStop);
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(orgCues.suffixes.map(lexKey));
/** Legal forms of a company ("Co.", "Inc", "Group"): a name ending in one is the full name of the firm its first word names. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(orgCues.legalForms.map(lexKey));
export const ORG_HEADS: ReadonlySet<string> = new Set(orgCues.heads);
/** Lower-case words that join the words of an organisation's name ("Bank of England", "Procter & Gamble"). */
export const ORG_CONNECTORS: ReadonlySet<string> = new Set(orgCues.connectors);
/** Words right before an unknown name that make it an organisation: "carrier X", "shares in X". */
export const ORG_NOUNS_BEFORE: ReadonlySet<string> = new Set(orgCues.nounsBefore);
export const ORG_PHRASES_BEFORE: ReadonlySet<string> = new Set(orgCues.phrasesBefore);

export const REPORTING_VERBS: ReadonlySet<string> = new Set(cues.reportingVerbs);
export const METONYM_VERBS: ReadonlySet<string> = new Set(cues.metonymVerbs);
/** Words the metonym list holds that are no verb ("Ostrava also …"): they do not end a subject ("Tide and Crest maker Acme"). */
export const LINKING_WORDS: ReadonlySet<string> = new Set(cues.linkingWords);
/** Auxiliaries: a reporting verb after a name makes it a person's, these words do not ("Acme has …"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(cues.auxiliaries);
/** Reporting verbs that only a person's name stands before ("Ruiz said"), auxiliaries left out. */
export const PERSON_VERBS: ReadonlySet<string> = new Set([...REPORTING_VERBS].filter((v) => !AUXILIARIES.has(v)));
/** Heads of a description by party ("the Ohio Democrat") that stands for a person the article named. */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(cues.partyMembers);
/** Reporting verbs that put the speaker after them ("…,” said Okafor."); not "told", whose object is the listener. */
export const SPEAKER_VERBS_BEFORE: ReadonlySet<string> = new Set(cues.speakerVerbsBefore);
export const LOCATION_PREPOSITIONS: ReadonlySet<string> = new Set(cues.locationPrepositions);
export const COUNTERPART_WORDS: ReadonlySet<string> = new Set(cues.counterpart);
/** "his Ruritanian counterpart": whose counterpart, as written at a sentence start or inside one. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(
  cues.possessivePronouns.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]),
);
export const NAME_PARTICLES: ReadonlySet<string> = new Set(cues.nameParticles);
/** Weekday names, lower case. */
export const WEEKDAYS: readonly string[] = cues.weekdays;
/** Month names, capitalised. */
export const MONTHS: readonly string[] = cues.months;
/** Auxiliaries and time words that stand between a subject and its verb ("has also said", "on Monday said"). */
export const AUX_WORD = new RegExp(`^(?:${alternation([...cues.betweenSubjectAndVerb, ...cues.weekdays])})$`, "i");
/** What else stands between a subject and a verb in its progressive form ("have for years been saying", "is still arguing"). */
export const PROGRESSIVE_AUX_WORD = new RegExp(`^(?:${alternation(cues.progressiveAuxiliaries)})$`, "i");

export const SPORTS = sports;
/** Words that end the complement of a long title ("Minister for European Affairs", "… Security Policy"). */
export const TITLE_COMPLEMENT_WORDS: ReadonlySet<string> = new Set(titleData.complementWords.map(lexKey));
/** Lower-case words inside a long title's complement ("Secretary of State for Foreign and …"). */
export const TITLE_COMPLEMENT_CONNECTORS: ReadonlySet<string> = new Set(titleData.complementConnectors);
/** Offices an honorific addresses ("Mr. President", "Madam Speaker"): after one the word is the office, not a surname ("Mr. King"). */
export const ADDRESSED_TITLES: ReadonlySet<string> = new Set(titleData.addressed);
/** Titles of office, in lower case and without abbreviations ("prime minister", "coach", "spokeswoman"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(titleData.titles.filter((t) => !t.endsWith(".")).map((t) => t.toLowerCase()));
/** Whether a lower-case word is a person's title, also by the first part of a hyphenated one ("sergeant-at-arms"). */
export const isPersonTitle = (word: string): boolean => PERSON_TITLES.has(word) || PERSON_TITLES.has(word.split("-")[0] ?? word);
/** Capitalised words that may open a title ("Federal Minister", "Acting Director"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(titleData.modifiers.map(lexKey));
/** Words of results and market tables that name nothing: "v", "pts", "YR", "EPS", "Played". */
export const TABLE_WORDS: ReadonlySet<string> = new Set(sports.tableWords);
