/**
 * Mentions of people, countries, organisations and locations in the masked text. One left-to-right
 * pass over word tokens: gazetteer phrases first (longest match), then runs of capitalised words
 * classified by their cues (titles, honorifics, first names, organisation suffixes, context words).
 */
import {
  FIRST_NAMES,
  LOCATION_PREPOSITIONS,
  METONYM_VERBS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_SUFFIXES,
  REPORTING_VERBS,
  ACRONYM_STOP,
  LOCATION_SUFFIXES,
  NON_ENTITY_SUFFIXES,
  ORG_NOUNS_BEFORE,
  ORG_PHRASES_BEFORE,
  countryByCode,
  lookup,
  phraseLimit,
  TITLE_COMPLEMENT_WORDS,
  TITLE_MODIFIERS,
  type LexEntry,
} from "./gazetteer/index.js";
import { tableNames } from "./tables.js";
import { isSportsStory, nicknamesAsTeams, placesAsTeams } from "./teams.js";
import { tokenize, type Token } from "./tokens.js";
import type { EntityType } from "./types.js";

export type MentionCue =
  | "gazetteer"
  | "demonym"
  | "metonym"
  | "title"
  | "first-name"
  | "verb"
  | "shape"
  | "suffix"
  | "acronym"
  | "according-to"
  | "preposition"
  | "candidate"
  | "team";

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** canonical name from the gazetteer, or the surface text */
  name: string;
  /** country code of a country, or of the country an organisation or place belongs to */
  code: string | null;
  cue: MentionCue;
  /** token range [from, to) */
  from: number;
  to: number;
  /** in the title given as metadata (offsets into the title), not in the text */
  inTitle?: boolean;
}

export interface Recognition {
  tokens: Token[];
  mentions: Mention[];
  /** title phrases found, by the token range they cover */
  titles: TitlePhrase[];
}

export interface TitlePhrase {
  from: number;
  to: number;
  title: string;
  /** a long title with an "of/for" complement ("Minister for European Affairs", "President of the European Commission") */
  complement?: boolean;
  /** token range of the entity the complement names after "of" ("… of Ukraine"), when there is one */
  of?: { from: number; to: number };
}

/** A long title phrase: complement tokens up to `nameFrom`, the holder's name [nameFrom, nameTo) (empty when none). */
interface LongTitle {
  phrase: TitlePhrase;
  /** a name follows the title */
  named: boolean;
  nameFrom: number;
  nameTo: number;
}

const COMPLEMENT_CONNECTORS = new Set(["of", "for", "and", "the", "&"]);
const COMPLEMENT_ENTITY_KINDS = new Set(["COUNTRY", "ORG", "CITY", "CAPITAL", "REGION", "DEMONYM"]);

const AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "must",
  "can",
  "did",
  "does",
]);
const PERSON_VERBS = new Set([...REPORTING_VERBS].filter((v) => !AUXILIARIES.has(v)));
const ORG_CONNECTORS = new Set(["of", "for", "and", "&"]);
/** Reporting verbs that put the speaker after them ("…,” said Okafor."); not "told", whose object is the listener. */
const SPEAKER_VERBS_BEFORE = new Set([
  "said",
  "says",
  "added",
  "adds",
  "asked",
  "asks",
  "explained",
  "explains",
  "wrote",
  "writes",
  "recalled",
  "recalls",
  "continued",
  "insisted",
  "noted",
  "notes",
  "admitted",
  "acknowledged",
  "argued",
  "argues",
]);
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
const NAME_SHAPE = /^\p{Lu}[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}]+)?$|^\p{Lu}$|^Mc\p{Lu}\p{Ll}+$/u;

interface Hit {
  entry: LexEntry;
  length: number;
}

const linked = (t: Token | undefined): boolean => t !== undefined && (t.adjacent || t.hyphenBefore);
const PLACE_KINDS = new Set(["CITY", "CAPITAL", "REGION"]);

export function recognise(masked: string): Recognition {
  const tokens = tokenize(masked);
  const mentions: Mention[] = [];
  const titles: Recognition["titles"] = [];
  const n = tokens.length;
  let lowerWords: Set<string> | null = null;
  const usedLowercase = (word: string): boolean => {
    lowerWords ??= new Set(tokens.filter((t) => !t.cap).map((t) => t.text));
    return lowerWords.has(word.toLowerCase());
  };

  const match = (i: number): Hit | undefined => {
    const limit = phraseLimit(tokens[i]?.key ?? "");
    if (limit === 0) return undefined;
    const keys: string[] = [];
    for (let k = i; k < n && k - i < limit; k++) {
      const t = tokens[k];
      if (!t || (k > i && (!linked(t) || tokens[k - 1]?.possessive))) break;
      keys.push(t.key);
    }
    for (let len = keys.length; len >= 1; len--) {
      const entry = lookup(keys.slice(0, len));
      if (entry && entry.length === len) return { entry, length: len };
    }
    return undefined;
  };

  const emit = (from: number, to: number, type: EntityType, name: string | null, code: string | null, cue: MentionCue): void => {
    const a = tokens[from];
    const b = tokens[to - 1];
    if (!a || !b) return;
    const text = masked.slice(a.start, b.end);
    mentions.push({ start: a.start, end: b.end, text, type, name: name ?? text, code, cue, from, to });
  };

  /** A title or honorific directly before token i, capitalised or not ("spokesman", "press secretary"). */
  const titleBefore = (i: number): boolean => {
    for (let len = 1; len <= 3 && i - len >= 0; len++) {
      const span = tokens.slice(i - len, i);
      if (span.some((t, k) => k > 0 && !linked(t)) || !linked(tokens[i])) break;
      const entry = lookup(span.map((t) => t.key));
      if (entry && (entry.kind === "TITLE" || entry.kind === "HONORIFIC")) return true;
    }
    return false;
  };

  const nextWord = (i: number): Token | undefined => {
    const t = tokens[i];
    return t && linked(t) ? t : undefined;
  };

  /**
   * Where an organisation name that goes on at token `from` ends: capitalised words (and "of",
   * "for", "and" between them) up to the last organisation suffix; `from` when there is none, or
   * when the rest is an organisation of the lexicon ("Russian" + "Foreign Ministry").
   */
  const orgNameEnd = (from: number): number => {
    let end = from;
    let named = false;
    let afterOf = false;
    for (let k = from; k < n && k < from + 6; k++) {
      const t = tokens[k];
      if (!t || !linked(t) || tokens[k - 1]?.possessive) break;
      if (!t.cap) {
        if (!ORG_CONNECTORS.has(t.text) || !tokens[k + 1]?.cap) break;
        afterOf = named;
        continue;
      }
      if (k === from && match(k)?.entry.kind === "ORG") return from;
      if (ORG_SUFFIXES.has(t.key)) named = true;
      if (ORG_SUFFIXES.has(t.key) || afterOf) end = k + 1;
    }
    return end;
  };

  /** After a comma inside a title complement: the list goes on ("Foreign, Commonwealth and Development Affairs"). */
  const listGoesOn = (k: number): boolean => {
    let q = k;
    while (q < n && tokens[q]?.cap && (q === k || linked(tokens[q]))) q++;
    const after = tokens[q];
    const lastCap = tokens[q - 1];
    if (!after || !lastCap) return false;
    return (after.text === "and" && linked(after)) || (after.cap && masked.slice(lastCap.end, after.start) === ", ");
  };

  /**
   * A title head with an "of/for" complement and the name after it: "Minister for European and
   * International Affairs Lukas Berger", "Secretary of State for Foreign, Commonwealth and Development
   * Affairs X", "President of the European Commission X", "Minister of Foreign Affairs of Ukraine X".
   * The complement ends at its last policy word, organisation suffix or known country or organisation;
   * the name is the capitalised run after it (from a first name on, when one follows).
   */
  const longTitle = (from: number, headEnd: number, title: string): LongTitle | undefined => {
    const conn = tokens[headEnd];
    if (!conn || (conn.text !== "of" && conn.text !== "for") || !linked(conn) || tokens[headEnd - 1]?.possessive) return undefined;
    // "Toronto's Princess of Wales Theatre", "Best Actress for …": a name, not a title
    const before = tokens[from - 1];
    if (before && linked(tokens[from]) && (before.possessive || /^best$/i.test(before.text))) return undefined;
    let k = headEnd;
    let last = headEnd;
    let segStart = headEnd;
    while (k < n) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      if (!t || !prev || prev.possessive) break;
      const commaList = !linked(t) && t.cap && prev.cap && masked.slice(prev.end, t.start) === ", " && listGoesOn(k);
      if (!linked(t) && !commaList) break;
      if (t.cap) {
        if (!prev.cap || commaList) segStart = k;
        k++;
        last = k;
        continue;
      }
      const next = tokens[k + 1];
      if (COMPLEMENT_CONNECTORS.has(t.text) && next && linked(next) && (next.cap || next.text === "the")) {
        k++;
        continue;
      }
      break;
    }
    if (last === headEnd) return undefined;
    let compEnd = segStart;
    let ofRange: { from: number; to: number } | undefined;
    for (let p = headEnd; p < last;) {
      const t = tokens[p];
      if (!t) break;
      if (!t.cap) {
        p++;
        continue;
      }
      const hit = match(p);
      const opensRun = !tokens[p - 1]?.cap || p === compEnd;
      const w0 = tokens[p - 1]?.text;
      if (opensRun && !hit && ACRONYM.test(t.key) && (w0 === "of" || (w0 === "the" && tokens[p - 2]?.text === "of"))) {
        // "President of AMBO X": an acronym the complement names
        ofRange ??= { from: p, to: p + 1 };
        compEnd = Math.max(compEnd, p + 1);
        p++;
        continue;
      }
      // a known place inside the name ("John Bolton") is not part of the complement
      if (hit && opensRun && COMPLEMENT_ENTITY_KINDS.has(hit.entry.kind) && p + hit.length <= last) {
        const w1 = tokens[p - 1]?.text;
        const w2 = tokens[p - 2]?.text;
        if (!ofRange && hit.entry.kind !== "DEMONYM" && (w1 === "of" || (w1 === "the" && w2 === "of")))
          ofRange = { from: p, to: p + hit.length };
        p += hit.length;
        compEnd = Math.max(compEnd, p);
        continue;
      }
      if (TITLE_COMPLEMENT_WORDS.has(t.key) || ORG_SUFFIXES.has(t.key)) compEnd = Math.max(compEnd, p + 1);
      // "of the Ruritanian Development Bank": an unknown organisation named by its suffix
      let r = p;
      while (r > headEnd && tokens[r - 1]?.cap) r--;
      const w1 = tokens[r - 1]?.text;
      if (!ofRange && p > r && ORG_SUFFIXES.has(t.key) && (w1 === "of" || (w1 === "the" && tokens[r - 2]?.text === "of")))
        ofRange = { from: r, to: p + 1 };
      p++;
    }
    let nameFrom = compEnd;
    if (compEnd === segStart) {
      // nothing known in the last part: a first name opens the name, else the last two words are it
      let f = segStart;
      while (f < last && !FIRST_NAMES.has(tokens[f]?.key ?? "")) f++;
      if (f < last && f > segStart) nameFrom = f;
      else return undefined;
    } else {
      for (let f = compEnd + 1; f < last - 1; f++) {
        if (FIRST_NAMES.has(tokens[f]?.key ?? "")) {
          nameFrom = f;
          break;
        }
      }
    }
    let nameTo = last;
    if (nameTo - nameFrom > 4) return undefined;
    if (tokens.slice(nameFrom, nameTo).some((t) => !NAME_SHAPE.test(t.text))) nameTo = nameFrom;
    const only = nameTo - nameFrom === 1 ? (tokens[nameFrom]?.key ?? "") : "";
    if (ORG_SUFFIXES.has(only) || LOCATION_SUFFIXES.has(only) || NON_ENTITY_SUFFIXES.has(only) || ORG_HEADS.has(only)) nameTo = nameFrom;
    const head = tokens[from];
    const tail = tokens[nameFrom - 1];
    if (!head || !tail) return undefined;
    let text = masked.slice(head.start, tail.end);
    if (ofRange) {
      const ofWord = tokens[ofRange.from - 1]?.text === "the" ? tokens[ofRange.from - 2] : tokens[ofRange.from - 1];
      const entityEnd = tokens[ofRange.to - 1];
      if (ofWord && entityEnd) text = masked.slice(head.start, ofWord.start) + masked.slice(entityEnd.end, tail.end);
    }
    text = text.replace(/\s+/g, " ").trim() || title;
    return {
      phrase: { from, to: nameFrom, title: text, complement: true, ...(ofRange ? { of: ofRange } : {}) },
      named: nameTo > nameFrom,
      nameFrom,
      nameTo,
    };
  };

  const classify = (from: number, to: number): void => {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    const len = to - from;
    const after = nextWord(to);
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
    const nameShaped = run.every((t) => NAME_SHAPE.test(t.text) || NAME_PARTICLES.has(t.text));

    if (len === 1 && ACRONYM.test(first.key)) {
      const shouting = tokens.slice(Math.max(0, from - 3), to + 3).filter((t) => t !== first && /^[A-Z]{2,}$/.test(t.key)).length >= 2;
      if (!shouting && !ACRONYM_STOP.has(first.key) && !first.text.includes(".")) emit(from, to, "ORGANISATION", null, null, "acronym");
      return;
    }
    if (/^[A-Z]{4,}$/.test(first.key)) return;
    if (NON_ENTITY_SUFFIXES.has(last.key)) return;
    // "press secretary Lena Park": after a title, a name with a place word at its end is still a person
    if (len >= 2 && LOCATION_SUFFIXES.has(last.key) && !(titleBefore(from) && nameShaped && FIRST_NAMES.has(first.key)))
      return emit(from, to, "LOCATION", null, null, "suffix");
    if ((len >= 2 && ORG_SUFFIXES.has(last.key)) || run.some((t, k) => ORG_HEADS.has(t.key) && run[k + 1]?.text === "of")) {
      emit(from, to, "ORGANISATION", null, null, "suffix");
      return;
    }
    const orgCue =
      before1 !== undefined &&
      linked(first) &&
      !before1.cap &&
      (ORG_NOUNS_BEFORE.has(before1.text) ||
        (before2 !== undefined && linked(before1) && ORG_PHRASES_BEFORE.has(`${before2.text.toLowerCase()} ${before1.text}`)));
    if (orgCue && !(len >= 2 && FIRST_NAMES.has(first.key))) return emit(from, to, "ORGANISATION", null, null, "according-to");
    if (titleBefore(from) && nameShaped) return emit(from, to, "PERSON", null, null, "title");
    if (len >= 2 && FIRST_NAMES.has(first.key) && nameShaped) return emit(from, to, "PERSON", null, null, "first-name");
    if (accordingTo) return emit(from, to, "ORGANISATION", null, null, "according-to");
    if (prep && !first.sentenceStart) return emit(from, to, "LOCATION", null, null, "preposition");
    if (len >= 2 && len <= 4 && nameShaped) {
      if (!first.sentenceStart || verbAfter) return emit(from, to, "PERSON", null, null, verbAfter ? "verb" : "shape");
      if (usedLowercase(first.text)) return classify(from + 1, to);
      return emit(from, to, "PERSON", null, null, "shape");
    }
    if (len === 1 && nameShaped && first.text.length > 1 && !ORG_SUFFIXES.has(first.key) && !ORG_HEADS.has(first.key)) {
      if (first.sentenceStart && usedLowercase(first.text)) return;
      if (FIRST_NAMES.has(first.key)) return emit(from, to, "PERSON", null, null, "candidate");
      emit(from, to, "PERSON", null, null, verbAfter || verbBefore ? "verb" : "candidate");
    }
  };

  let i = 0;
  let long: LongTitle | null = null;
  while (i < n) {
    const t = tokens[i];
    if (long && i >= long.nameTo) long = null;
    // a title without a name after it: only its policy words are kept from the normal pass ("the Minister for Foreign Affairs said")
    if (long && t && !long.named) {
      let k = i;
      while (k < long.nameFrom && tokens[k]?.cap && (k === i || linked(tokens[k])) && !match(k)) k++;
      if (k > i && TITLE_COMPLEMENT_WORDS.has(tokens[k - 1]?.key ?? "") && !ORG_SUFFIXES.has(tokens[k - 1]?.key ?? "")) {
        i = k;
        continue;
      }
      if (!t.cap) {
        i++;
        continue;
      }
      long = null;
    }
    if (long && t) {
      const { nameFrom, nameTo } = long;
      const ofRange = long.phrase.of;
      if (ofRange && i === ofRange.from && !match(i)) {
        emit(ofRange.from, ofRange.to, "ORGANISATION", null, null, ofRange.to - ofRange.from === 1 ? "acronym" : "suffix");
        i = ofRange.to;
        continue;
      }
      if (i >= nameFrom) {
        emit(nameFrom, nameTo, "PERSON", null, null, "title");
        i = nameTo;
        long = null;
        continue;
      }
      // inside the complement: only known places and organisations, and "… Development Bank"
      const inner = t.cap ? match(i) : undefined;
      const afterOf = tokens[i - 1]?.text === "of" || (tokens[i - 1]?.text === "the" && tokens[i - 2]?.text === "of");
      if (
        inner &&
        i + inner.length <= nameFrom &&
        (inner.entry.kind === "ORG" ||
          inner.entry.kind === "COUNTRY" ||
          (afterOf && COMPLEMENT_ENTITY_KINDS.has(inner.entry.kind) && inner.entry.kind !== "DEMONYM"))
      ) {
        const { entry, length } = inner;
        if (entry.kind === "COUNTRY") emit(i, i + length, "COUNTRY", entry.name, entry.code, "gazetteer");
        else if (entry.kind === "ORG") emit(i, i + length, "ORGANISATION", entry.name, entry.code, "gazetteer");
        else emit(i, i + length, "LOCATION", entry.name, entry.code, "gazetteer");
        i += length;
        continue;
      }
      if (t.cap) {
        let k = i + 1;
        while (k < nameFrom && tokens[k]?.cap && linked(tokens[k])) k++;
        if (k - i >= 2 && ORG_SUFFIXES.has(tokens[k - 1]?.key ?? "") && tokens[i - 1]?.text !== "for")
          emit(i, k, "ORGANISATION", null, null, "suffix");
        i = k;
        continue;
      }
      i++;
      continue;
    }
    if (!t || !t.cap) {
      i++;
      continue;
    }
    // "Federal Minister for …": a modifier opens a long title
    if (TITLE_MODIFIERS.has(t.key) && linked(tokens[i + 1]) && match(i)?.entry.kind !== "TITLE") {
      const head = match(i + 1);
      if (head?.entry.kind === "TITLE") {
        const lt = longTitle(i, i + 1 + head.length, head.entry.name);
        if (lt) {
          titles.push(lt.phrase);
          long = lt;
          i = i + 1 + head.length;
          continue;
        }
      }
    }
    let hit = match(i);
    // "Mr Lincoln", "Senator Jackson": a place name after an honorific or title is a surname
    if (hit && (hit.entry.kind === "CITY" || hit.entry.kind === "REGION") && titleBefore(i)) hit = undefined;
    // "Prime Minister Sofia Castellanos": a capital after a title and before a capitalised word is a first name
    if (hit?.entry.kind === "CAPITAL" && hit.length === 1 && titleBefore(i) && tokens[i + 1]?.cap && linked(tokens[i + 1]) && !match(i + 1))
      hit = undefined;
    // "Norman Brask", "Austin Selby": a town that is also a given name, before a surname-shaped word that
    // is no organisation word, opens a person's name
    const nextTok = tokens[i + 1];
    if (
      hit?.length === 1 &&
      (hit.entry.kind === "CITY" || hit.entry.kind === "REGION") &&
      FIRST_NAMES.has(tokens[i]?.key ?? "") &&
      nextTok?.cap &&
      linked(nextTok) &&
      NAME_SHAPE.test(nextTok.text) &&
      !match(i + 1) &&
      !ORG_SUFFIXES.has(nextTok.key) &&
      !ORG_HEADS.has(nextTok.key)
    )
      hit = undefined;
    if (hit && PLACE_KINDS.has(hit.entry.kind)) {
      // "Sydney Newsroom", "Manchester United": a place followed by more capitalised words names an organisation
      let k = i + hit.length;
      while (
        k < n &&
        tokens[k]?.cap &&
        NAME_SHAPE.test(tokens[k]?.text ?? "") &&
        linked(tokens[k]) &&
        !tokens[k - 1]?.possessive &&
        !match(k)
      )
        k++;
      if (k > i + hit.length) {
        emit(i, k, "ORGANISATION", null, null, "suffix");
        i = k;
        continue;
      }
    }
    // "Czech National Bank", "Kurdistan Democratic Party": a place or demonym that opens an organisation's name
    if (hit && (hit.entry.kind === "DEMONYM" || PLACE_KINDS.has(hit.entry.kind) || hit.entry.kind === "COUNTRY")) {
      const end = orgNameEnd(i + hit.length);
      if (end > i + hit.length) {
        emit(i, end, "ORGANISATION", null, null, "suffix");
        i = end;
        continue;
      }
    }
    if (hit) {
      const { entry, length } = hit;
      const end = i + length;
      switch (entry.kind) {
        case "STOP":
          break;
        case "TITLE": {
          const lt = tokens[i]?.cap ? longTitle(i, end, entry.name) : undefined;
          if (lt) {
            titles.push(lt.phrase);
            long = lt;
          } else titles.push({ from: i, to: end, title: entry.name });
          break;
        }
        case "HONORIFIC":
          break;
        case "COUNTRY":
          emit(i, end, "COUNTRY", entry.name, entry.code, "gazetteer");
          break;
        case "DEMONYM":
          emit(i, end, "COUNTRY", entry.name, entry.code, "demonym");
          break;
        case "CAPITAL": {
          const next = nextWord(end);
          const last = tokens[end - 1];
          const metonym = last?.possessive === true || (next !== undefined && !next.cap && METONYM_VERBS.has(next.text));
          const country = entry.code ? countryByCode.get(entry.code) : undefined;
          if (metonym && country) emit(i, end, "COUNTRY", country.name, country.code, "metonym");
          else emit(i, end, "LOCATION", entry.name, entry.code, "gazetteer");
          break;
        }
        case "CITY":
        case "REGION":
          emit(i, end, "LOCATION", entry.name, entry.code, "gazetteer");
          break;
        case "ORG":
          emit(i, end, "ORGANISATION", entry.name, entry.code, "gazetteer");
          break;
      }
      i = end;
      continue;
    }

    // A run of capitalised words, with name particles and "of" inside organisation names.
    let j = i + 1;
    let placeInRun = false;
    while (j < n) {
      const prev = tokens[j - 1];
      const tj = tokens[j];
      if (!tj || !prev || prev.possessive) break;
      const initialGap = prev.text.length === 1 && masked.slice(prev.end, tj.start) === ". ";
      if (!linked(tj) && !initialGap) break;
      if (tj.hyphenBefore && !FIRST_NAMES.has(prev.key)) break;
      if (tj.cap) {
        const inner = match(j);
        // "Borussia Dortmund", "Ajax Amsterdam": an unknown word before a town names an organisation
        const first = tokens[i];
        if (
          inner &&
          PLACE_KINDS.has(inner.entry.kind) &&
          inner.entry.kind !== "REGION" &&
          j === i + 1 &&
          first &&
          first.text.length > 1 &&
          !FIRST_NAMES.has(first.key) &&
          !titleBefore(i) &&
          !(first.sentenceStart && usedLowercase(first.text))
        ) {
          j += inner.length;
          placeInRun = true;
          break;
        }
        if (inner && inner.entry.kind !== "ORG") {
          const onlyFirstName =
            j === i + 1 &&
            (FIRST_NAMES.has(prev.key) || titleBefore(i)) &&
            inner.length === 1 &&
            inner.entry.kind !== "STOP" &&
            inner.entry.kind !== "TITLE" &&
            inner.entry.kind !== "HONORIFIC" &&
            inner.entry.kind !== "DEMONYM";
          if (!onlyFirstName) break;
        }
        if (inner?.entry.kind === "ORG") break;
        j++;
        continue;
      }
      const after = tokens[j + 1];
      if (!after?.cap || !linked(after)) break;
      if (NAME_PARTICLES.has(tj.text)) {
        j++;
        continue;
      }
      if (ORG_CONNECTORS.has(tj.text) && (ORG_HEADS.has(prev.key) || ORG_SUFFIXES.has(prev.key))) {
        const inner = match(j + 1);
        j += 1 + (inner && inner.entry.kind !== "STOP" ? inner.length : 1);
        continue;
      }
      break;
    }
    while (j > i + 1 && !tokens[j - 1]?.cap) j--;
    if (placeInRun) emit(i, j, "ORGANISATION", null, null, "suffix");
    else classify(i, j);
    i = j;
  }
  const sports = isSportsStory(masked, tokens);
  if (sports) {
    placesAsTeams(masked, tokens, mentions);
    nicknamesAsTeams(masked, tokens, mentions);
  }
  tableNames(masked, tokens, mentions, sports);
  return { tokens, mentions, titles };
}
