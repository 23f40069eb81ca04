/** Where clauses, subjects and listeners begin and end around a reporting verb. */
import { AUX_WORD, LISTENER, NAMED_LISTENER, PERSON_TITLES, PROGRESSIVE_AUX_WORD, SPEAKER_NOUNS } from "../lexicon/index.js";
import type { MentionIndex } from "../speakers/mention-index.js";

/**
 * The verb of the subject before an attribution set off by commas, which the sentence goes on with:
 * "What he found, he says, is that …", "The harsh truth, according to experts, is …".
 */
export const VERB_AFTER_ASIDE = /^\s*,\s+(?:and\s+)?(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had)\s+\S/;

/** "…, adding", "…, and warning": the comma (and joining word) before a participle that goes on a statement. */
export const PARTICIPLE_CUT = /,\s*(?:and\s+|while\s+|before\s+)?$/;
/** "said on Monday that", "told reporters in Geneva that": the "that" opening a reported clause, after an adjunct. */
export const THAT_AFTER_ADJUNCT =
  /^\s*,?\s*(?:(?:on|in|at|during|after|before|earlier|later|last|this|yesterday|today|to|via|through|from|while|over|when|ahead|following|late|early)\b[^“”"‘.;:,]{0,80}?\s)?that\s+/i;

/** Where a clause ends before the attribution starting at `pos` (drops the joining comma). */
export function cutBefore(text: string, pos: number): number {
  const before = text.slice(0, pos);
  const m = PARTICIPLE_CUT.exec(before);
  return m ? before.length - m[0].length : before.length;
}

/** End of a clause without its closing punctuation and whitespace (a closing quote mark stays). */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const ch = text[e - 1] ?? "";
    if (/[\s.!?…,;:]/u.test(ch)) e--;
    else break;
  }
  return e;
}

/** Start of a clause without the white space and punctuation before it. */
export function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s,:;]/u.test(text[s] ?? "")) s++;
  return s;
}

/** The end of the listener after "told" ("reporters", "the BBC", "France's LCI Television"), or null. */
export function listenerAfter(text: string, from: number, limit: number, mentions: MentionIndex): number | null {
  const after = text.slice(from, Math.min(limit, from + 60));
  const m = LISTENER.exec(after) ?? NAMED_LISTENER.exec(after);
  if (m) return from + m[0].trimEnd().length;
  const first = mentions.within(from, from + 40)[0];
  if (first && text.slice(from, first.start).trim().length < 5) return first.end;
  // "told the forum he was …", "told an invited crowd at the club that …": a short phrase, then the clause
  const phrase = LISTENER_PHRASE.exec(after);
  if (phrase?.[1]) return from + phrase[1].length;
  // "“…,” Ana Ruiz told the prime minister in a soft voice": a person by role, then the sentence's end or an adjunct
  const role = LISTENER_BY_ROLE.exec(after);
  return role?.[1] && role[2] && isRoleNoun(role[2]) ? from + role[1].length : null;
}

/** A listener named by a role noun closing its phrase, before the sentence's end, a comma or an adjunct. */
const LISTENER_BY_ROLE =
  /^(\s+(?:the|a|an|his|her|their|its|our)\s+(?:[\p{L}’'-]+\s+){0,4}?(\p{Ll}[\p{L}’'-]*))(?=\s*(?:[.,;!?]|$)|\s+(?:in|at|on|during|after|before|while|when|last|this|by|over|via)\s)/u;

/** A listener phrase the lexicon does not list: a determiner and a few words, before "that" or a subject pronoun. */
const LISTENER_PHRASE =
  /^(\s+(?:the|a|an|his|her|their|its|our|several|two|three)\s+(?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+)(?=\s+(?:that|he|she|they|it|we|I|there)\s)/u;

/** A party and state right before the verb: "(D-Ore.)", "(R)", "(I-Vt.)", ", R-Ky.,". */
const PARTY_ASIDE = /(?:\s*\([\p{L}.\s-]{1,16}\)|,\s*[RDI]-\p{Lu}[\p{L}.]{0,8},)\s*$/u;

/** Moves left over auxiliaries and time words between a subject and its verb ("has also said"; with `progressive`, "have for years been saying"). */
export function stripAuxiliaries(text: string, floor: number, pos: number, progressive = false): number {
  let end = pos;
  for (let i = 0; i < 6; i++) {
    // "Rep. Ana Ruiz (D-Ore.) said", "Sen. Lee Marr, R-Ky., said": a party and state after the name
    const aside = PARTY_ASIDE.exec(text.slice(Math.max(floor, end - 24), end));
    if (aside) {
      end -= aside[0].length;
      continue;
    }
    const m = /(\S+)\s*$/.exec(text.slice(Math.max(floor, end - 30), end));
    if (!m || !m[1] || !(AUX_WORD.test(m[1]) || (progressive && PROGRESSIVE_AUX_WORD.test(m[1])))) break;
    end -= m[0].length;
  }
  return text.slice(floor, end).trimEnd().length + floor;
}

export const isQuoteStart = (ch: string | undefined): boolean => ch === "“" || ch === '"' || ch === "‘" || ch === "'";

/** A lower-case noun of a person's role: a speaker's noun, a title's last word, or an agent noun ("epidemiologist", "researcher"). */
export function isRoleNoun(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return SPEAKER_NOUNS.has(word) || PERSON_TITLES.has(word) || /(?:ist|er|or|ian|ant|ent|man|woman|person)$/.test(word);
}
