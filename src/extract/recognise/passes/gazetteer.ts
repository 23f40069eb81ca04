/** Token rules of the lexicon's phrases: countries, demonyms, capitals, places and organisations it knows. */
import {
  ADDRESSED_TITLES,
  countryByCode,
  KNOWN_GIVEN_NAMES,
  LEGAL_FORMS,
  METONYM_VERBS,
  ORG_HEADS,
  ORG_SUFFIXES,
} from "../../lexicon/index.js";
import { linked } from "../../text/tokens.js";
import { actsAsName, honorificBefore, isStoppedSurname, isSurnameAfterGivenName, setOff, standsAlone } from "../name-evidence.js";
import { orgNameEnd } from "../org-name.js";
import { NAME_SHAPE, PLACE_KINDS, type Hit, type Scanner, type TokenRule } from "../scanner.js";
import { openLongTitle } from "./long-title.js";

/** Whether the word after token i could be the surname of a name token i opens ("Chad Morton"). */
function surnameAfter(s: Scanner, i: number): boolean {
  const next = s.tokens[i + 1];
  return (
    next?.cap === true &&
    linked(next) &&
    NAME_SHAPE.test(next.text) &&
    !s.match(i + 1) &&
    !ORG_SUFFIXES.has(next.key) &&
    !ORG_HEADS.has(next.key)
  );
}

/** Where a lexicon phrase at token i reads as no place, title or stop word there: the vetoes, in order. */
const VETOES: { name: string; applies(s: Scanner, i: number, hit: Hit): boolean }[] = [
  // "says Golden" after "Wendy Golden": a stop word the article gives a person as surname, standing where a name does
  {
    name: "stop-word-surname",
    applies: (s, i, hit) =>
      hit.entry.kind === "STOP" &&
      hit.length === 1 &&
      !s.tokens[i]?.sentenceStart &&
      ((isStoppedSurname(s, i) && actsAsName(s, i)) || isSurnameAfterGivenName(s, i)),
  },
  // "Mr Lincoln", "Senator Jackson": a place name after an honorific or title is a surname
  { name: "surname-after-title", applies: (s, i, hit) => (hit.entry.kind === "CITY" || hit.entry.kind === "REGION") && s.titleBefore(i) },
  // "Prime Minister Sofia Castellanos": a capital after a title and before a capitalised word is a first name
  {
    name: "capital-as-first-name",
    applies: (s, i, hit) =>
      hit.entry.kind === "CAPITAL" &&
      hit.length === 1 &&
      s.titleBefore(i) &&
      s.tokens[i + 1]?.cap === true &&
      linked(s.tokens[i + 1]) &&
      !s.match(i + 1),
  },
  // "Mr. King", "Ms. Judge": a one-word title after an honorific, ending the name, is a surname; but
  // "Mr. President", "Madam Speaker" address the office
  {
    name: "title-as-surname",
    applies: (s, i, hit) =>
      hit.entry.kind === "TITLE" &&
      hit.length === 1 &&
      honorificBefore(s, i) &&
      !ADDRESSED_TITLES.has(hit.entry.name) &&
      !(s.tokens[i + 1]?.cap && linked(s.tokens[i + 1])),
  },
  // "Norman Brask", "Austin Selby": a town that is also a given name, before a surname-shaped word that
  // is no organisation word, opens a person's name
  {
    name: "town-as-first-name",
    applies: (s, i, hit) =>
      hit.length === 1 && (hit.entry.kind === "CITY" || hit.entry.kind === "REGION") && s.isFirstName(i) && surnameAfter(s, i),
  },
  // "Oscar P. Quintero", "Austin J. Selby": a word the lexicon knows before a middle initial and a surname
  // opens a person's name
  {
    name: "given-name-before-initial",
    applies: (s, i, hit) =>
      hit.length === 1 &&
      (hit.entry.kind === "STOP" || hit.entry.kind === "CITY" || hit.entry.kind === "REGION") &&
      s.tokens[i]?.cap === true &&
      /^\p{Lu}$/u.test(s.tokens[i + 1]?.text ?? "") &&
      /^[ \t\u00a0]+$/.test(s.masked.slice(s.tokens[i]?.end ?? 0, s.tokens[i + 1]?.start ?? 0)) &&
      /^\.[ \t\u00a0]+$/.test(s.masked.slice(s.tokens[i + 1]?.end ?? 0, s.tokens[i + 2]?.start ?? 0)) &&
      NAME_SHAPE.test(s.tokens[i + 2]?.text ?? "") &&
      !s.match(i + 2),
  },
  // "Jordan Ruiz", "Chad Morton": a country that is also a given name opens a person's name when the
  // surname-shaped word after it also stands alone ("Ruiz said") or the two stand between commas
  {
    name: "country-as-first-name",
    applies: (s, i, hit) =>
      hit.length === 1 &&
      hit.entry.kind === "COUNTRY" &&
      KNOWN_GIVEN_NAMES.has(s.tokens[i]?.text ?? "") &&
      surnameAfter(s, i) &&
      (standsAlone(s, i + 1) || setOff(s, i, i + 2)),
  },
];

/** The lexicon phrase at token i, unless a veto says it names no place there. */
function entryAt(s: Scanner, i: number): Hit | undefined {
  if (s.entry?.at === i) return s.entry.hit;
  let hit = s.match(i);
  for (const veto of VETOES) if (hit && veto.applies(s, i, hit)) hit = undefined;
  s.entry = { at: i, hit };
  return hit;
}

/** "Sydney Newsroom", "Manchester United": a place followed by more capitalised words names an organisation. */
export const placeNamesOrganisation: TokenRule = {
  name: "place-names-organisation",
  apply(s, i) {
    const hit = entryAt(s, i);
    if (!hit || !PLACE_KINDS.has(hit.entry.kind)) return undefined;
    const { tokens, n } = s;
    let k = i + hit.length;
    while (
      k < n &&
      tokens[k]?.cap &&
      NAME_SHAPE.test(tokens[k]?.text ?? "") &&
      linked(tokens[k]) &&
      !tokens[k - 1]?.possessive &&
      !s.match(k)
    )
      k++;
    if (k === i + hit.length) return undefined;
    s.emit(i, k, "ORGANISATION", null, null, "suffix");
    return k;
  },
};

/** "Czech National Bank", "Kurdistan Democratic Party": a place or demonym that opens an organisation's name. */
export const placeOpensOrganisation: TokenRule = {
  name: "place-opens-organisation",
  apply(s, i) {
    const hit = entryAt(s, i);
    if (!hit || !(hit.entry.kind === "DEMONYM" || PLACE_KINDS.has(hit.entry.kind) || hit.entry.kind === "COUNTRY")) return undefined;
    const end = orgNameEnd(s, i + hit.length);
    if (end <= i + hit.length) return undefined;
    s.emit(i, end, "ORGANISATION", null, null, "suffix");
    return end;
  },
};

/** A phrase of the lexicon: the entity it names, a title (perhaps a long one), or nothing (stop words, honorifics). */
export const lexiconEntry: TokenRule = {
  name: "lexicon-entry",
  apply(s, i) {
    const hit = entryAt(s, i);
    if (!hit) return undefined;
    const { entry, length } = hit;
    const end = i + length;
    switch (entry.kind) {
      case "STOP":
      case "HONORIFIC":
        break;
      case "TITLE":
        if (!(s.tokens[i]?.cap && openLongTitle(s, i, end, entry.name))) s.titles.push({ from: i, to: end, title: entry.name });
        break;
      case "COUNTRY":
        s.emit(i, end, "COUNTRY", entry.name, entry.code, "gazetteer");
        break;
      case "DEMONYM":
        s.emit(i, end, "COUNTRY", entry.name, entry.code, "demonym");
        break;
      case "CAPITAL": {
        const next = s.nextWord(end);
        const last = s.tokens[end - 1];
        const metonym = last?.possessive === true || (next !== undefined && !next.cap && METONYM_VERBS.has(next.text));
        const country = entry.code ? countryByCode.get(entry.code) : undefined;
        if (metonym && country) s.emit(i, end, "COUNTRY", country.name, country.code, "metonym");
        else s.emit(i, end, "LOCATION", entry.name, entry.code, "gazetteer");
        break;
      }
      case "CITY":
      case "REGION":
        s.emit(i, end, "LOCATION", entry.name, entry.code, "gazetteer");
        break;
      case "ORG": {
        // "Samsung Electronics Co.", "Toyota Motor Corp": a known firm's word opening a longer company name
        const longer = orgNameEnd(s, end);
        const last = s.tokens[longer - 1];
        if (longer > end && last && LEGAL_FORMS.has(last.key)) {
          s.emit(i, longer, "ORGANISATION", null, entry.code, "suffix");
          return longer;
        }
        s.emit(i, end, "ORGANISATION", entry.name, entry.code, "gazetteer");
        break;
      }
    }
    return end;
  },
};
