/**
 * What a run of capitalised words the lexicon does not know names, by its cues in order: an acronym,
 * a place or organisation suffix, a word before it ("carrier X", "according to X"), a title, a first
 * name, a preposition of place, the shape of a name, a reporting verb after it.
 */
import {
  ACRONYM_STOP,
  FIRST_NAMES,
  LOCATION_PREPOSITIONS,
  LOCATION_SUFFIXES,
  NAME_PARTICLES,
  NON_ENTITY_SUFFIXES,
  ORG_HEADS,
  ORG_NOUNS_BEFORE,
  ORG_PHRASES_BEFORE,
  ORG_SUFFIXES,
  PERSON_VERBS,
  SPEAKER_VERBS_BEFORE,
  TITLE_COMPLEMENT_WORDS,
  isGenerationalSuffix,
  kinshipNounBefore,
} from "../lexicon/index.js";
import { linked } from "../text/tokens.js";
import { isBodyWordSurname, isNameSyllable } from "./name-evidence.js";
import { ACRONYM, NAME_SHAPE, type Scanner } from "./scanner.js";

/** Initials written together ("G.K.", "A.J."). */
const JOINED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

export function classify(s: Scanner, from: number, to: number): void {
  const { tokens, masked } = s;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return;
  const len = to - from;
  const after = s.nextWord(to);
  const verbAfter = after !== undefined && !after.cap && PERSON_VERBS.has(after.text);
  const before1 = tokens[from - 1];
  // "…,” says Ashford, who …": a name closing the clause right after a reporting verb is its speaker
  const verbBefore =
    before1 !== undefined &&
    linked(first) &&
    SPEAKER_VERBS_BEFORE.has(before1.text) &&
    /^\s*(?:[,.;:!?]|$)/.test(masked.slice(last.end, last.end + 2));
  const before2 = tokens[from - 2];
  const prep = before1 && linked(first) && !before1.cap && LOCATION_PREPOSITIONS.has(before1.text);
  const accordingTo = before1?.text === "to" && before2?.text.toLowerCase() === "according";
  const run = tokens.slice(from, to);
  // "Vann Newkirk II": a generational suffix (a roman numeral has no name's shape) closes a person's name of two words or more
  const numeral = len >= 3 && isGenerationalSuffix(last.text);
  // "Rep. G.K. Butterfield", "said J.K. Rowling": initials written together open a person's name after a
  // title or next to a reporting verb ("R.J. Reynolds Tobacco", "N.Z. Dlrs" are none)
  const joinedInitials = len === 2 && JOINED_INITIALS.test(first.text) && (s.titleBefore(from) || verbAfter || verbBefore);
  const nameShaped = run.every(
    (t, k) =>
      NAME_SHAPE.test(t.text) ||
      NAME_PARTICLES.has(t.text) ||
      isNameSyllable(s, from + k) ||
      (numeral && k === len - 1) ||
      (k === 0 && joinedInitials),
  );

  if (len === 1 && ACRONYM.test(first.key)) {
    const shouting = tokens.slice(Math.max(0, from - 3), to + 3).filter((t) => t !== first && /^[A-Z]{2,}$/.test(t.key)).length >= 2;
    if (!shouting && !ACRONYM_STOP.has(first.key) && !first.text.includes(".")) s.emit(from, to, "ORGANISATION", null, null, "acronym");
    return;
  }
  if (/^[A-Z]{4,}$/.test(first.key)) return;
  // "Joseph R. Quill, Jr.": a generational suffix set off by a comma names nobody
  if (len === 1 && isGenerationalSuffix(first.text)) return;
  // "Procter & Gamble", "Marks & Spencer": names joined by an ampersand are a firm's
  if (len >= 2 && masked.slice(first.end, last.start).includes("&") && run.some((t) => t.text.length >= 3))
    return s.emit(from, to, "ORGANISATION", null, null, "suffix");
  if (NON_ENTITY_SUFFIXES.has(last.key)) return;
  // "press secretary Lena Park": after a title, a name with a place word at its end is still a person
  if (len >= 2 && LOCATION_SUFFIXES.has(last.key) && !(s.titleBefore(from) && nameShaped && FIRST_NAMES.has(first.key)))
    return s.emit(from, to, "LOCATION", null, null, "suffix");
  if ((len >= 2 && ORG_SUFFIXES.has(last.key)) || run.some((t, k) => ORG_HEADS.has(t.key) && run[k + 1]?.text === "of")) {
    s.emit(from, to, "ORGANISATION", null, null, "suffix");
    return;
  }
  const orgCue =
    before1 !== undefined &&
    linked(first) &&
    !before1.cap &&
    (ORG_NOUNS_BEFORE.has(before1.text) ||
      (before2 !== undefined && linked(before1) && ORG_PHRASES_BEFORE.has(`${before2.text.toLowerCase()} ${before1.text}`)));
  if (orgCue && !(len >= 2 && FIRST_NAMES.has(first.key))) return s.emit(from, to, "ORGANISATION", null, null, "org-noun");
  // "Choreographer Jane Roe said", "… as democrat Jane Roe": a sentence's first word, or a word the text also
  // writes in lower case, glued before a given name and surname is no part of the name
  const second = tokens[from + 1];
  const glued = first.text.length > 2 && !first.text.includes(".") && (first.sentenceStart || s.usedLowercase(first.text));
  if (len >= 3 && nameShaped && glued && second && !FIRST_NAMES.has(first.key) && FIRST_NAMES.has(second.key))
    return classify(s, from + 1, to);
  if (s.titleBefore(from) && nameShaped) return s.emit(from, to, "PERSON", null, null, "title");
  if (len >= 2 && FIRST_NAMES.has(first.key) && nameShaped) return s.emit(from, to, "PERSON", null, null, "first-name");
  if (accordingTo) return s.emit(from, to, "ORGANISATION", null, null, "according-to");
  if (prep && !first.sentenceStart) return s.emit(from, to, "LOCATION", null, null, "preposition");
  // "Veterans Affairs", "Homeland Security": a portfolio word at the end names a department, not a surname
  if (len >= 2 && TITLE_COMPLEMENT_WORDS.has(last.key)) return s.emit(from, to, "ORGANISATION", null, null, "portfolio");
  if (len >= 2 && len <= 4 && nameShaped) {
    if (!first.sentenceStart || verbAfter) return s.emit(from, to, "PERSON", null, null, verbAfter ? "verb" : "shape");
    if (s.usedLowercase(first.text)) return classify(s, from + 1, to);
    return s.emit(from, to, "PERSON", null, null, "shape");
  }
  const body = ORG_SUFFIXES.has(first.key) || ORG_HEADS.has(first.key);
  if (len === 1 && nameShaped && first.text.length > 1 && (!body || isBodyWordSurname(s, from))) {
    if (first.sentenceStart && s.usedLowercase(first.text)) return;
    // "his father, Joseph,", "her son Tavi": a given name, or a name set off by commas ("its sister Xiluodu dam" is none)
    const kin = kinshipNounBefore(masked.slice(Math.max(0, first.start - 24), first.start)) !== null;
    if (
      kin &&
      (FIRST_NAMES.has(first.key) ||
        (/,\s*$/.test(masked.slice(Math.max(0, first.start - 3), first.start)) && /^[,.;]/.test(masked.slice(last.end, last.end + 1))))
    )
      return s.emit(from, to, "PERSON", null, null, "kinship");
    if (FIRST_NAMES.has(first.key)) return s.emit(from, to, "PERSON", null, null, "candidate");
    s.emit(from, to, "PERSON", null, null, verbAfter || verbBefore ? "verb" : "candidate");
  }
}
