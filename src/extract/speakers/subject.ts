/** The subject of a reporting verb: the noun phrase before or after it, and the entity it names. */
import {
  ANONYMOUS_SOURCE,
  GROUP_SUBJECT,
  INSTITUTION_NOUNS,
  isAbbreviationWord,
  NAME_SUFFIX_ALTERNATION,
  PERSON_PRONOUNS,
  PERSONAL_SPEAKER_NOUNS,
  isPersonTitle,
  lexKey,
  lookup,
  PLURAL_PRONOUNS,
  SPEAKER_NOUNS,
} from "../lexicon/index.js";
import type { EntityMention, Subject } from "../types.js";
import type { MentionIndex } from "./mention-index.js";
import { onlyHolder } from "./referents.js";

const WORD_BEFORE = /([\p{L}\p{N}’'.-]+)\s*$/u;
const NP_WORD =
  /^(?:the|a|an|its|his|her|their|top|senior|former|deputy|chief|general|acting|foreign|press|prime|vice|state|federal|national|official|local|retired|longtime|veteran|outgoing|incoming|interim|assistant|associate|managing|founding|us|u\.s\.|uk|eu|un|[\p{Lu}][\p{L}’'.-]*)$/u;

/**
 * The subject noun phrase ending at `end` (text[..end] stops right before the verb and its auxiliaries).
 * `floor` bounds the look-back (start of the clause). Titles before a name are skipped, so
 * "ministry spokesman Tomas Okafor" resolves to the person and "the Foreign Office" to the organisation.
 */
export function subjectBefore(text: string, end: number, floor: number, mentions: MentionIndex): Subject {
  const subject = headOfSubject(text, end, floor, mentions);
  // "Michael Lamberty, a Lufthansa spokesman told …", "Colin Asplin, Blackpool Hotel Association said":
  // a person named right before an apposition that names their employer is the speaker
  if (subject.kind !== "none" && subject.entity?.type !== "PERSON" && subject.kind !== "person-pronoun") {
    const comma = /,\s*$/.exec(text.slice(Math.max(floor, subject.start - 3), subject.start));
    if (comma) {
      const person = mentionEndingAt(mentions, subject.start - comma[0].length, floor);
      if (person?.entity.type === "PERSON") return { kind: "entity", entity: person.entity, start: phraseStart(text, person.start, floor) };
    }
  }
  return subject;
}

function headOfSubject(text: string, end: number, floor: number, mentions: MentionIndex): Subject {
  // "The two leaders discussed …", "Both sides expressed …": the participants of a readout
  const group = GROUP_SUBJECT.exec(text.slice(Math.max(floor, end - 40), end));
  if (group?.[1]) return { kind: "group", entity: null, start: end - group[0].length + group[0].indexOf(group[1]) };
  // "A person familiar with the negotiations says", "sources close to the talks said": an anonymous source
  const anonymous = ANONYMOUS_SOURCE.exec(text.slice(Math.max(floor, end - 90), end));
  if (anonymous?.[1]) return { kind: "unknown", entity: null, start: end - anonymous[0].length + anonymous[0].indexOf(anonymous[1]) };
  // "Argentina's President, Nestor Kirchner, said": the comma closing an apposition
  const closing = /,\s*$/.exec(text.slice(Math.max(floor, end - 3), end));
  // "Joseph Quill Jr. said", "Joseph R. Quill, Jr., said": the point or comma of a generational suffix
  const suffix = GENERATIONAL_SUFFIX.exec(text.slice(Math.max(floor, end - 8), end));
  const mention =
    mentionEndingAt(mentions, end, floor) ??
    (closing ? personEndingAt(mentions, end - closing[0].length, floor) : undefined) ??
    (suffix ? (personEndingAt(mentions, end - suffix[0].length, floor) ?? personEndingAt(mentions, end - 1, floor)) : undefined);
  const wordMatch = WORD_BEFORE.exec(text.slice(Math.max(floor, end - 40), end));
  const word = wordMatch?.[1] ?? "";
  const wordStart = end - (wordMatch?.[0].length ?? 0);
  if (mention) {
    // "professor Ruth Ashford at the University of Harbourton says": the person, not the place they work
    if (mention.entity.type !== "PERSON") {
      const at = /\s+(?:at|of|from|with|for|in)\s+(?:the\s+)?$/.exec(text.slice(Math.max(floor, mention.start - 12), mention.start));
      const person = at ? mentionEndingAt(mentions, mention.start - at[0].length, floor) : undefined;
      if (person?.entity.type === "PERSON") return { kind: "entity", entity: person.entity, start: phraseStart(text, person.start, floor) };
      // "The head of the IMF said", "The former sergeant-at-arms of the House of Commons said": a person
      // the body's role describes, not the body; the phrase opens at the role
      const role = ROLE_OF.exec(text.slice(Math.max(floor, mention.start - 60), mention.start));
      if (role?.[1] && isPersonRole(role[1]))
        return {
          kind: "unknown",
          entity: null,
          start: phraseStart(text, mention.start - role[0].length + role[0].indexOf(role[1]), floor),
        };
    }
    // "Mexicans often say", "Many Americans believe": a country's people, not its state, say it
    if (pluralDemonym(text, mention)) return { kind: "unknown", entity: null, start: phraseStart(text, mention.start, floor) };
    return { kind: "entity", entity: mention.entity, start: phraseStart(text, mention.start, floor) };
  }
  const lower = word.toLowerCase();
  if (lower === "") return { kind: "none", entity: null, start: end };
  if (PERSON_PRONOUNS.has(lower)) return { kind: "person-pronoun", entity: null, start: wordStart };
  if (PLURAL_PRONOUNS.has(lower)) return { kind: "unknown", entity: null, start: wordStart };
  if (SPEAKER_NOUNS.has(lower) || INSTITUTION_NOUNS.has(lower)) {
    const near = phraseStart(text, wordStart, floor);
    const start = lower === "it" ? near : nounModifiersStart(text, near, floor);
    // "a ministry spokesman", "the ministry": a modifier that is an organisation or country; before
    // lower-case words, an organisation ("the Reuters news agency"), but a country's is a body of it
    // the article does not name ("Australia's competition watchdog", "Brazil's advisory committee")
    const modifier = mentions.within(near, wordStart).at(-1) ?? mentions.within(start, near).at(-1);
    if (modifier && modifier.start < near && modifier.entity.type !== "ORGANISATION") return { kind: "unknown", entity: null, start };
    if (modifier && modifier.entity.type !== "PERSON" && modifier.entity.type !== "LOCATION") {
      // "the CHLA commissioner": the person holding that title of the body, when the article names them
      const holder = /^the\b/i.test(text.slice(start, wordStart)) ? onlyHolder(lower, modifier.entity.name, mentions) : null;
      if (holder) return { kind: "entity", entity: holder, start };
      // "the former U.S. senator", "a Pentagon official", "South Korean officials", "E.U. leaders":
      // people of that body whom the article does not name, not the body; "a ministry spokesman"
      // speaks for it
      if (PERSONAL_SPEAKER_NOUNS.has(lower)) return { kind: "unknown", entity: null, start };
      return { kind: "entity", entity: modifier.entity, start };
    }
    if (modifier) return { kind: "unknown", entity: null, start };
    if (INSTITUTION_NOUNS.has(lower) && /(?:^|\s)the$|^it$/i.test(text.slice(start, wordStart).trim() || lower)) {
      return { kind: "institution", entity: null, start };
    }
    // "Gatsby said … . A statement said …": a statement or release, unattributed, is the body's that spoke
    if (
      (lower === "statement" || lower === "release") &&
      /^(?:a|an)(?:\s+(?:news|press|written|separate|brief|short))?$/i.test(text.slice(start, wordStart).trim())
    ) {
      return { kind: "institution", entity: null, start };
    }
    return { kind: "unknown", entity: null, start };
  }
  return { kind: "none", entity: null, start: end };
}

/** A country's mention by the plural of its demonym ("Mexicans", "Israelis"), not by a name the country goes by. */
function pluralDemonym(text: string, mention: EntityMention): boolean {
  if (mention.entity.type !== "COUNTRY") return false;
  const surface = text.slice(mention.start, mention.end);
  return /\p{Ll}(?:n|i|h)s$/u.test(surface) && lookup([lexKey(surface)])?.kind === "DEMONYM";
}

/** A generational suffix ending a subject, after a comma or with its point (", Jr.", "Sr.", ", Jr.,"). */
const GENERATIONAL_SUFFIX = new RegExp(`,\\s*(?:${NAME_SUFFIX_ALTERNATION})\\.?,?$|(?<=\\b(?:${NAME_SUFFIX_ALTERNATION}))\\.,?$`);

/** The word of a role right before "of (the)" and a body's name ("head of the", "sergeant-at-arms of the"). */
const ROLE_OF = /(?:^|\s)([\p{L}-]+)\s+of\s+(?:the\s+)?$/u;

/** A title or speaker's noun, also the first part of a hyphenated one ("sergeant-at-arms"). */
function isPersonRole(word: string): boolean {
  const w = word.toLowerCase();
  return isPersonTitle(w) || SPEAKER_NOUNS.has(w) || SPEAKER_NOUNS.has(w.split("-")[0] ?? w);
}

/** A word that cannot modify a speaker's noun: a function word, a verb's form, a pronoun, a word of time ("Last month officials said"). */
const NOT_A_MODIFIER =
  /^(?:and|or|but|nor|that|which|who|whom|as|if|when|while|than|then|also|not|no|is|was|were|are|be|been|being|has|have|had|will|would|can|could|should|may|might|must|do|does|did|says?|said|told|tells?|to|of|in|on|at|by|for|with|from|into|after|before|since|until|because|so|yet|there|here|it|its|they|them|we|us|you|i|he|she|him|her|his|their|our|this|these|those|what|where|why|how|last|next|first|earlier|later|now|ago|today|yesterday|tomorrow|day|week|weekend|month|year|night|morning|afternoon|evening|time|\p{L}+ing|\p{L}+ly)$/u;

/**
 * "…, union officials said", "…, two industry sources told Reuters", "the union leader": lower-case
 * nouns and numbers before a speaker's noun (after its titles) belong to its phrase, up to three.
 */
function nounModifiersStart(text: string, start: number, floor: number): number {
  let pos = start;
  for (let words = 0; words < 3; words++) {
    const m = /(?:^|\s)([\p{Ll}\d][\p{Ll}\d’'-]*)(\s+)$/u.exec(text.slice(Math.max(floor, pos - 30), pos));
    if (!m?.[1] || NOT_A_MODIFIER.test(m[1])) break;
    pos -= m[1].length + (m[2]?.length ?? 0);
  }
  return phraseStart(text, pos, floor);
}

/** The mention that ends the subject (allowing the closing comma of an apposition before the verb). */
function mentionEndingAt(mentions: MentionIndex, end: number, floor: number): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const m of mentions.before(end, 40)) {
    if (m.start < floor) break;
    if (m.end === end && (!best || m.end - m.start > best.end - best.start)) best = m;
  }
  return best;
}

function personEndingAt(mentions: MentionIndex, end: number, floor: number): EntityMention | undefined {
  const m = mentionEndingAt(mentions, end, floor);
  return m?.entity.type === "PERSON" ? m : undefined;
}

/** A sentence's opening conjunction or adverb, capitalised like a name's word but no part of the phrase ("But Acme said"). */
const CONJUNCTION = /^(?:But|And|Or|So|Yet|Still|However|Meanwhile|Now|Then|Also|While|Instead|Later)$/;

/** Extends a noun phrase leftwards over titles and modifiers ("ministry spokesman", "the US"). */
function phraseStart(text: string, start: number, floor: number): number {
  let pos = start;
  for (let words = 0; words < 6; words++) {
    const m = /(\S+)(\s+)$/u.exec(text.slice(Math.max(floor, pos - 40), pos));
    if (!m || !m[1]) break;
    const w = m[1];
    if ((!NP_WORD.test(w) && !SPEAKER_NOUNS.has(w.toLowerCase())) || CONJUNCTION.test(w)) break;
    if (/[,;:“”"]$/.test(w)) break;
    pos -= m[0].length;
  }
  return pos;
}

/** The subject noun phrase starting at `start` (after a verb: "said Okafor", "said the ministry spokesman"). */
export function subjectAfter(text: string, start: number, end: number, mentions: MentionIndex): Subject {
  // "said Rep. Ana Ruiz (D-Ore.), a …": a parenthesis ends the name
  const paren = text.slice(start, end).indexOf("(");
  const npEnd = Math.min(phraseEnd(text, start, end), paren >= 0 ? start + paren : end);
  const words = text.slice(start, npEnd).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return { kind: "none", entity: null, start };
  // "…,” X said of RT": what the verb is said of or about, not who said it
  if (/^(?:of|about|for|at|with|from|and|to|in|on)$/i.test(words[0] ?? "")) return { kind: "none", entity: null, start };
  // a subject after the verb is a name with its titles, not a clause ("warned the BBC to steer away")
  const named = mentions.within(start, npEnd).at(-1);
  const endsInPerson = named?.entity.type === "PERSON" && text.slice(named.end, npEnd).trim() === "" && words.length <= 6;
  // "said one Democratic source on the panel": a speaker's noun that a place or a body qualifies
  const qualified = words.findIndex((w, k) => k > 0 && /^(?:on|in|at|inside|within)$/i.test(w));
  const prepAt = qualified > 0 ? start + text.slice(start, npEnd).indexOf(` ${words[qualified]} `) : -1;
  const qualifiedHead = (words[qualified - 1] ?? "").toLowerCase();
  const before = prepAt > start ? mentions.within(start, prepAt) : [];
  const last = before.at(-1);
  // "said Ana Ruiz in Kabul": the person, where the phrase after the name says where
  if (last?.entity.type === "PERSON" && text.slice(last.end, prepAt).trim() === "" && qualified <= 6)
    return { kind: "entity", entity: last.entity, start };
  if (
    prepAt > start &&
    qualified <= 4 &&
    SPEAKER_NOUNS.has(qualifiedHead) &&
    words.slice(0, qualified - 1).every((w) => NP_WORD.test(w) || /^(?:one|two|three|several)$/i.test(w)) &&
    before.length === 0
  )
    return { kind: "unknown", entity: null, start };
  if (
    !endsInPerson &&
    !words.every(
      (w) =>
        NP_WORD.test(w) ||
        SPEAKER_NOUNS.has(w.toLowerCase()) ||
        INSTITUTION_NOUNS.has(w.toLowerCase()) ||
        /^(?:of|for|at|with|from|and|he|she|it|they|one)$/i.test(w),
    )
  ) {
    return { kind: "none", entity: null, start };
  }
  const inside = mentions.within(start, npEnd);
  const person = inside.find((m) => m.entity.type === "PERSON");
  const pick = person ?? inside.at(-1);
  if (pick) return { kind: "entity", entity: pick.entity, start };
  const head = (words.at(-1) ?? "").toLowerCase();
  if (words.length === 1 && PERSON_PRONOUNS.has(head)) return { kind: "person-pronoun", entity: null, start };
  if (INSTITUTION_NOUNS.has(head) && words[0]?.toLowerCase() === "the") return { kind: "institution", entity: null, start };
  return { kind: words.length <= 4 && SPEAKER_NOUNS.has(head) ? "unknown" : "none", entity: null, start };
}

/**
 * Where a noun phrase starting at `start` ends: at the first punctuation mark, a dot of an
 * abbreviation or an initial aside ("said Mr. Holt.", "said Anne K. Mora, who …").
 */
export function phraseEnd(text: string, start: number, limit: number): number {
  const re = /[,.;:!?“”"]/g;
  const span = text.slice(start, limit);
  for (let m = re.exec(span); m; m = re.exec(span)) {
    if (m[0] !== ".") return start + m.index;
    const word = /([\p{L}]+)$/u.exec(span.slice(0, m.index))?.[1] ?? "";
    const abbreviation = isAbbreviationWord(word);
    // "Rep. Ana Ruiz", "Anne K. Mora", and initials written together ("G.K. Butterfield")
    if (!abbreviation || !/^(?:\s+\p{Lu}|\p{Lu}\.)/u.test(span.slice(m.index + 1))) return start + m.index;
  }
  return limit;
}
