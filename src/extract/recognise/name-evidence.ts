/**
 * What the rest of the text says about a word that could be part of a person's name: whether it also
 * stands alone as a name elsewhere ("… says Golden"), sits between commas as an apposition, follows
 * an honorific, and which surnames the article writes in full with a hyphen ("Ana Ruiz-Torres") or
 * with a word the lexicon stops ("Wendy Golden"). The rules of passes/ and classify.ts ask these
 * questions; the answers over the whole text are worked out once per text.
 */
import { FIRST_NAMES, lookup, ORG_HEADS, ORG_SUFFIXES, PERSON_VERBS, SPEAKER_VERBS_BEFORE } from "../lexicon/index.js";
import { linked } from "../text/tokens.js";
import { NAME_SHAPE, type Scanner } from "./scanner.js";

/** "Jong-un", "Jae-in": the lower-case syllable after a hyphen in a given name written family name first. */
const SYLLABLE = /^\p{Ll}{1,3}$/u;

/** Whether token k is the lower-case syllable of a hyphenated given name ("un" of "Kim Jong-un"). */
export function isNameSyllable(s: Scanner, k: number): boolean {
  const t = s.tokens[k];
  const next = s.tokens[k + 1];
  return t !== undefined && t.hyphenBefore && SYLLABLE.test(t.text) && s.tokens[k - 1]?.cap === true && !(next?.cap && linked(next));
}

/** Whether token k's word also appears capitalised elsewhere, not after the word before k, and not opening a sentence. */
export function standsAlone(s: Scanner, k: number): boolean {
  const { tokens } = s;
  const key = tokens[k]?.key;
  const before = tokens[k - 1]?.key;
  return tokens.some((t, m) => m !== k && t.key === key && t.cap && !t.sentenceStart && tokens[m - 1]?.key !== before);
}

/** Whether tokens [from, to) stand between commas, as an apposition does ("the captain, Chad Morton, said"). */
export function setOff(s: Scanner, from: number, to: number): boolean {
  const a = s.tokens[from];
  const b = s.tokens[to - 1];
  if (!a || !b) return false;
  return /,\s*$/.test(s.masked.slice(Math.max(0, a.start - 3), a.start)) && /^,/.test(s.masked.slice(b.end));
}

/** An honorific ("Mr.", "Ms", "Dr") right before token i. */
export function honorificBefore(s: Scanner, i: number): boolean {
  const before = s.tokens[i - 1];
  const t = s.tokens[i];
  return (
    before !== undefined &&
    t !== undefined &&
    /^\.? $/.test(s.masked.slice(before.end, t.start)) &&
    lookup([before.key])?.kind === "HONORIFIC"
  );
}

/** Whether token k stands where a name does: after a title or a reporting verb, before a verb, or as a possessive. */
export function actsAsName(s: Scanner, k: number): boolean {
  const t = s.tokens[k];
  const before = s.tokens[k - 1];
  const after = s.tokens[k + 1];
  if (!t) return false;
  return (
    t.possessive ||
    s.titleBefore(k) ||
    (before !== undefined && linked(t) && SPEAKER_VERBS_BEFORE.has(before.text)) ||
    (after !== undefined && linked(after) && !after.cap && PERSON_VERBS.has(after.text))
  );
}

/**
 * Whether the hyphen before token j goes on the surname of a name that opened at token i with a given
 * name or after a title ("Ana Ruiz-Torres"): two words before the hyphen, one capitalised word after
 * it that ends the name and is no entry of the lexicon. "Ruiz-Moreno talks" and "Ana Ruiz-Lena Park
 * summit" join two people.
 */
export function doubleBarrelled(s: Scanner, i: number, j: number): boolean {
  const after = s.tokens[j + 1];
  return (
    j === i + 2 &&
    (s.isFirstName(i) || s.titleBefore(i)) &&
    NAME_SHAPE.test(s.tokens[j]?.text ?? "") &&
    !s.match(j) &&
    !(after?.cap && linked(after))
  );
}

interface Surnames {
  /** "ruiz-torres" of "Ana Ruiz-Torres": a bare "Ruiz-Torres" is that name, not two */
  hyphenated: Set<string>;
  /** "Golden" of "Wendy Golden" (a stop word of the lexicon) when the text also uses it alone as a name */
  stopped: Set<string>;
  /** "House" of "Helen House": a word of organisations' names after a given name, used alone elsewhere */
  bodyWords: Set<string>;
}

const found = new WeakMap<Scanner, Surnames>();

function surnames(s: Scanner): Surnames {
  let known = found.get(s);
  if (known) return known;
  known = { hyphenated: new Set(), stopped: new Set(), bodyWords: new Set() };
  const { tokens, n } = s;
  for (let k = 1; k < n; k++) {
    const t = tokens[k];
    if (!t?.cap) continue;
    const next = tokens[k + 1];
    if (tokens[k - 1]?.cap && linked(t) && next?.hyphenBefore && next.cap && doubleBarrelled(s, k - 1, k + 1))
      known.hyphenated.add(`${t.key}-${next.key}`);
    const stop = !t.sentenceStart && linked(t) && NAME_SHAPE.test(t.text) ? s.match(k) : undefined;
    if (stop?.entry.kind === "STOP" && stop.length === 1 && FIRST_NAMES.has(tokens[k - 1]?.key ?? "") && standsAlone(s, k))
      known.stopped.add(t.key);
    const body = ORG_HEADS.has(t.key) || ORG_SUFFIXES.has(t.key);
    if (
      body &&
      !t.sentenceStart &&
      linked(t) &&
      !(next?.cap && linked(next)) &&
      FIRST_NAMES.has(tokens[k - 1]?.key ?? "") &&
      standsAlone(s, k)
    )
      known.bodyWords.add(t.key);
  }
  found.set(s, known);
  return known;
}

/** Whether "Ruiz-Torres" (tokens k-1, k) is the hyphenated surname of a name the text writes in full. */
export function isKnownHyphenatedSurname(s: Scanner, k: number): boolean {
  return surnames(s).hyphenated.has(`${s.tokens[k - 1]?.key}-${s.tokens[k]?.key}`);
}

/**
 * Whether token k's word, a word of organisations' names ("House", "Bank"), is a surname the text gives a
 * person ("Helen House") and here stands where a name does ("says House").
 */
export function isBodyWordSurname(s: Scanner, k: number): boolean {
  return surnames(s).bodyWords.has(s.tokens[k]?.key ?? "") && actsAsName(s, k);
}

/** Whether token k's word, a stop word of the lexicon, is a surname the text gives a person ("Golden" of "Wendy Golden"). */
export function isStoppedSurname(s: Scanner, k: number): boolean {
  return surnames(s).stopped.has(s.tokens[k]?.key ?? "");
}

/**
 * "Theresa May said", "Elaine May's film": a word the lexicon stops (a month, a modal) right after a
 * given name, acting as a name there, is that person's surname, though the text writes it nowhere alone
 * ("Theresa May 5" is a date, "Anna may say" a verb in lower case).
 */
export function isSurnameAfterGivenName(s: Scanner, k: number): boolean {
  const t = s.tokens[k];
  const before = s.tokens[k - 1];
  if (!t || !before?.cap || !linked(t) || !NAME_SHAPE.test(t.text) || !FIRST_NAMES.has(before.key)) return false;
  return !/^\s*\d/.test(s.masked.slice(t.end, t.end + 3)) && actsAsName(s, k);
}
