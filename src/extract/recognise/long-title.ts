/**
 * Long titles: a title head with an "of/for" complement, the entity the complement names, and the
 * name of the holder after it ("Minister of Foreign Affairs of Ukraine X").
 */
import {
  LOCATION_SUFFIXES,
  NON_ENTITY_SUFFIXES,
  ORG_HEADS,
  ORG_SUFFIXES,
  TITLE_COMPLEMENT_CONNECTORS,
  TITLE_COMPLEMENT_WORDS,
} from "../lexicon/index.js";
import { afterOf, linked } from "../text/tokens.js";
import { ACRONYM, NAME_SHAPE, type LongTitle, type Scanner } from "./scanner.js";

/** Kinds of lexicon entry a long title's complement may name ("… of Ukraine", "… of the Kremlin"). */
export const COMPLEMENT_ENTITY_KINDS: ReadonlySet<string> = new Set(["COUNTRY", "ORG", "CITY", "CAPITAL", "REGION", "DEMONYM"]);

/** After a comma inside a title complement: the list goes on ("Foreign, Commonwealth and Development Affairs"). */
function listGoesOn(s: Scanner, k: number): boolean {
  const { tokens, masked, n } = s;
  let q = k;
  while (q < n && tokens[q]?.cap && (q === k || linked(tokens[q]))) q++;
  const after = tokens[q];
  const lastCap = tokens[q - 1];
  if (!after || !lastCap) return false;
  return (after.text === "and" && linked(after)) || (after.cap && masked.slice(lastCap.end, after.start) === ", ");
}

/**
 * A title head with an "of/for" complement and the name after it: "Minister for European and
 * International Affairs Lukas Berger", "Secretary of State for Foreign, Commonwealth and Development
 * Affairs X", "President of the European Commission X", "Minister of Foreign Affairs of Ukraine X".
 * The complement ends at its last policy word, organisation suffix or known country or organisation;
 * the name is the capitalised run after it (from a first name on, when one follows).
 */
export function longTitle(s: Scanner, from: number, headEnd: number, title: string): LongTitle | undefined {
  const { tokens, masked, n } = s;
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
    const commaList = !linked(t) && t.cap && prev.cap && masked.slice(prev.end, t.start) === ", " && listGoesOn(s, k);
    if (!linked(t) && !commaList) break;
    if (t.cap) {
      if (!prev.cap || commaList) segStart = k;
      k++;
      last = k;
      continue;
    }
    const next = tokens[k + 1];
    if (TITLE_COMPLEMENT_CONNECTORS.has(t.text) && next && linked(next) && (next.cap || next.text === "the")) {
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
    const hit = s.match(p);
    const opensRun = !tokens[p - 1]?.cap || p === compEnd;
    if (opensRun && !hit && ACRONYM.test(t.key) && afterOf(tokens, p)) {
      // "President of AMBO X": an acronym the complement names
      ofRange ??= { from: p, to: p + 1 };
      compEnd = Math.max(compEnd, p + 1);
      p++;
      continue;
    }
    // a known place inside the name ("John Bolton") is not part of the complement
    if (hit && opensRun && COMPLEMENT_ENTITY_KINDS.has(hit.entry.kind) && p + hit.length <= last) {
      if (!ofRange && hit.entry.kind !== "DEMONYM" && afterOf(tokens, p)) ofRange = { from: p, to: p + hit.length };
      p += hit.length;
      compEnd = Math.max(compEnd, p);
      continue;
    }
    if (TITLE_COMPLEMENT_WORDS.has(t.key) || ORG_SUFFIXES.has(t.key)) compEnd = Math.max(compEnd, p + 1);
    // "of the Ruritanian Development Bank": an unknown organisation named by its suffix
    let r = p;
    while (r > headEnd && tokens[r - 1]?.cap) r--;
    if (!ofRange && p > r && ORG_SUFFIXES.has(t.key) && afterOf(tokens, r)) ofRange = { from: r, to: p + 1 };
    p++;
  }
  let nameFrom = compEnd;
  if (compEnd === segStart) {
    // nothing known in the last part: a first name opens the name, else the last two words are it
    let f = segStart;
    while (f < last && !s.isFirstName(f)) f++;
    if (f < last && f > segStart) nameFrom = f;
    else return undefined;
  } else {
    for (let f = compEnd + 1; f < last - 1; f++) {
      if (s.isFirstName(f)) {
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
}
