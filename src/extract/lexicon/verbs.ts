/** Reporting verbs and phrases, and the words around them, read from data/verbs.json. */
import verbs from "./data/verbs.json" with { type: "json" };
import { alternation, MONTHS, WEEKDAYS } from "./words.js";

export type Complement = "clause" | "object" | "source";

/** Every form of a reporting verb or phrase (lower case) → its lemma and what follows it. */
export const REPORTING_FORMS = new Map<string, { lemma: string; complement: Complement }>();
for (const v of verbs.verbs) {
  for (const f of v.forms) REPORTING_FORMS.set(f, { lemma: v.lemma, complement: v.complement as Complement });
}
for (const p of verbs.phrases) REPORTING_FORMS.set(p.phrase, { lemma: p.phrase, complement: p.complement as Complement });

export const NEEDS_THAT: ReadonlySet<string> = new Set(verbs.needsThat);
/** Verbs of pledging, whose infinitive is what was pledged ("vowed to …", "threatened to …"). */
export const PLEDGES: ReadonlySet<string> = new Set(verbs.pledges);
/** Verbs of emphasis that readouts use with a plain object ("underscored the importance of …"). */
export const OBJECT_WITHOUT_THAT: ReadonlySet<string> = new Set(verbs.objectWithoutThat);
const LISTENERS: readonly string[] = verbs.listenerObjects;
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set(verbs.speakerNouns);
/** Speaker nouns for people of the body before them ("senator", "official", "officials"), not its voice ("spokesman") or its documents ("polls"). */
export const PERSONAL_SPEAKER_NOUNS: ReadonlySet<string> = new Set(verbs.personalSpeakerNouns);
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(verbs.institutionNouns);
/** Institution nouns that refer only to a body whose name has them ("the union", "the ministry"). */
export const NAMED_INSTITUTION_NOUNS: ReadonlySet<string> = new Set(verbs.namedInstitutionNouns.nouns);
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(verbs.personPronouns);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(verbs.pluralPronouns);
export const PEOPLE_ONLY: ReadonlySet<string> = new Set(verbs.peopleOnly);
/** Nouns of those who speak for a person named as their possessor ("Ana Ruiz’s lawyer", "Ruiz's campaign"). */
export const POSSESSED_SOURCE_NOUNS: readonly string[] = verbs.possessedSources.nouns;
/** Reporting phrases that attribute only in an "as" aside ("as Ana Ruiz put it"). */
export const ASIDE_ONLY: ReadonlySet<string> = new Set(verbs.asideOnly.verbs);
/** Verbs of intent, whose "to" infinitive after a named subject is what it means to do ("plans to …", "wants to …"). */
export const INTENTIONS: ReadonlySet<string> = new Set(verbs.intentions.verbs);
/** Verbs of evidence ("shows", "found") and the documents and data whose findings they take without "that". */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set(verbs.evidence.verbs);
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(verbs.evidence.nouns);
/** "the two leaders", "both sides", "the parties": the participants of a call or meeting. */
export const GROUP_SUBJECT = new RegExp(
  `(?:^|[\\s,;(])((?:the|both|all)\\s+(?:(?:two|three|four|several)\\s+)?(?:${verbs.groupSubjects.join("|")}))\\s*$`,
  "i",
);

const anon = verbs.anonymousSources;
/** "a person familiar with the negotiations", "sources close to the talks", ending right before a verb (group 1: the phrase). */
export const ANONYMOUS_SOURCE = new RegExp(
  `(?:^|[\\s,;])((?:(?:${alternation(anon.counts)})\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(anon.heads)})\\s+(?:(?:directly|closely)\\s+)?(?:${alternation(anon.links)})\\s+(?:[\\p{L}’'-]+\\s+){0,5}?[\\p{L}’'-]+),?\\s*$`,
  "iu",
);

const a = verbs.adjuncts;
const any = (words: readonly string[]): string => `(?:${alternation(words)})`;
const WEEKDAY = any(WEEKDAYS);
/** A time, manner, medium or occasion between a reporting verb and what was said ("said on Monday in a statement that …"). */
export const ADJUNCT = new RegExp(
  `^\\s*,?\\s*(?:${[
    `(?:${any(a.beforeWeekday)}\\s+(?:on\\s+)?)?${WEEKDAY}(?:\\s+${any(a.partsOfDay)})?`,
    alternation(a.days),
    `last\\s+(?:${alternation([...a.afterLast, ...WEEKDAYS])})`,
    `this\\s+${any(a.afterThis)}`,
    alternation(a.words),
    `in\\s+${any(a.determiners)}\\s+(?:[\\w-]+\\s+){0,2}?${any(a.media)}`,
    `at\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?${any(a.events)}`,
    `on\\s+${any(a.platforms)}`,
    `after\\s+the\\s+${any(a.afterThe)}`,
    `(?:in|on)\\s+${any(MONTHS)}(?:\\s+\\d{1,2})?`,
  ].join("|")})(?=[\\s,.:;“"]|$)`,
  "i",
);

/** The listener after "told": "reporters", "the BBC", "France's LCI Television", "state media". */
export const LISTENER = new RegExp(`^\\s+(?:${alternation(LISTENERS)})\\b`, "i");
export const NAMED_LISTENER = new RegExp(
  `^\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}’'&-]*\\s*){1,4}(?:(?:${alternation(verbs.listenerHeads)})\\b)?`,
  "u",
);
