/** Reporting cues: verbs and phrases that introduce what someone said, found in one pass. */
import { alternation, PEOPLE_ONLY, REPORTING_FORMS, type Complement } from "../lexicon/index.js";

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

/**
 * The forms as one case-insensitive alternation, grouped under their first letter ("s(?:aid|ays)|t(?:old)"):
 * the same matches in the same order of preference (longest first), but at each word the expression
 * tries only the forms that open with its letter.
 */
function byFirstLetter(forms: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const f of forms) {
    const first = f.charAt(0).toLowerCase();
    groups.set(first, [...(groups.get(first) ?? []), f.slice(1)]);
  }
  return [...groups].map(([first, rest]) => `${alternation([first])}(?:${alternation(rest)})`).join("|");
}

const CUE_RE = new RegExp(`\\b(?:${byFirstLetter([...REPORTING_FORMS.keys()].sort((a, b) => b.length - a.length))})\\b`, "gi");

/** A past-tense form ("said", "told", "claimed"), which is the verb when two cues meet. */
const PAST_FORM = /(?:ed|said|told|wrote|thought|knew)$/;

/** Every reporting cue in `text`, in order. Capitalised verbs are left out except "According to". */
export function findCues(text: string): Cue[] {
  const out: Cue[] = [];
  CUE_RE.lastIndex = 0;
  let previous: Cue | undefined;
  for (let m = CUE_RE.exec(text); m !== null; m = CUE_RE.exec(text)) {
    const form = m[0].toLowerCase().replace(/\s+/g, " ");
    const info = REPORTING_FORMS.get(form);
    if (!info) continue;
    const first = m[0][0] ?? "";
    if (first !== first.toLowerCase() && info.complement !== "source") continue;
    if (previous && /^\s+$/.test(text.slice(previous.end, m.index))) {
      // "said praise from …", "says reports show …": the second word is what was said
      if (!PAST_FORM.test(form)) continue;
      // "the report said", "the statement claimed": a noun reading of the first cue
      out.pop();
    }
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
