/** Reporting cues: verbs and phrases that introduce what someone said, found in one pass. */
import verbs from "./data/verbs.json" with { type: "json" };

export type Complement = "clause" | "object" | "source";

export interface Cue {
  start: number;
  end: number;
  lemma: string;
  complement: Complement;
  /** an -ing form ("adding that …"), which takes its speaker from the clause before it */
  participle: boolean;
  /** a readout verb ("discussed", "raised") that reports speech only with a person or group as subject */
  peopleOnly: boolean;
}

const INFO = new Map<string, { lemma: string; complement: Complement }>();
for (const v of verbs.verbs) {
  for (const f of v.forms) INFO.set(f, { lemma: v.lemma, complement: v.complement as Complement });
}
for (const p of verbs.phrases) INFO.set(p.phrase, { lemma: p.phrase, complement: p.complement as Complement });

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const CUE_RE = new RegExp(
  `\\b(?:${[...INFO.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})\\b`,
  "gi",
);

export const NEEDS_THAT = new Set(verbs.needsThat);
/** Verbs of emphasis that readouts use with a plain object ("underscored the importance of …"). */
export const OBJECT_WITHOUT_THAT = new Set(verbs.objectWithoutThat);
export const LISTENERS: readonly string[] = verbs.listenerObjects;
export const SPEAKER_NOUNS = new Set(verbs.speakerNouns);
export const INSTITUTION_NOUNS = new Set(verbs.institutionNouns);
export const PERSON_PRONOUNS = new Set(verbs.personPronouns);
export const PLURAL_PRONOUNS = new Set(verbs.pluralPronouns);
const PEOPLE_ONLY = new Set(verbs.peopleOnly);
/** "the two leaders", "both sides", "the parties": the participants of a call or meeting. */
export const GROUP_SUBJECT = new RegExp(
  `(?:^|[\\s,;(])((?:the|both|all)\\s+(?:(?:two|three|four|several)\\s+)?(?:${verbs.groupSubjects.join("|")}))\\s*$`,
  "i",
);

/** Every reporting cue in `text`, in order. Capitalised verbs are left out except "According to". */
export function findCues(text: string): Cue[] {
  const out: Cue[] = [];
  CUE_RE.lastIndex = 0;
  let previous: Cue | undefined;
  for (let m = CUE_RE.exec(text); m !== null; m = CUE_RE.exec(text)) {
    const form = m[0].toLowerCase().replace(/\s+/g, " ");
    const info = INFO.get(form);
    if (!info) continue;
    const first = m[0][0] ?? "";
    if (first !== first.toLowerCase() && info.complement !== "source") continue;
    // "the report said", "the statement claimed": a noun reading of the first cue
    if (previous && /^\s+$/.test(text.slice(previous.end, m.index))) out.pop();
    previous = {
      start: m.index,
      end: m.index + m[0].length,
      lemma: info.lemma,
      complement: info.complement,
      participle: /ing\b/.test(form) && !info.lemma.endsWith("ing") && !/^(?:thing|bring|sing)$/.test(form),
      peopleOnly: PEOPLE_ONLY.has(info.lemma),
    };
    out.push(previous);
  }
  return out;
}
