/** Token rules of long titles ("Minister for European Affairs Lukas Berger", "Federal Minister for …"). */
import { ORG_SUFFIXES, TITLE_COMPLEMENT_WORDS, TITLE_MODIFIERS } from "../../lexicon/index.js";
import { afterOf, linked } from "../../text/tokens.js";
import { COMPLEMENT_ENTITY_KINDS, longTitle } from "../long-title.js";
import type { Scanner, TokenRule } from "../scanner.js";

/** Inside a long title found before: its complement's known entities, then the holder's name. */
export const insideLongTitle: TokenRule = {
  name: "inside-long-title",
  apply(s, i) {
    const { tokens } = s;
    const t = tokens[i];
    if (!s.long || !t) return undefined;
    // a title without a name after it: only its policy words are kept from the normal pass ("the Minister for Foreign Affairs said")
    if (!s.long.named) {
      let k = i;
      while (k < s.long.nameFrom && tokens[k]?.cap && (k === i || linked(tokens[k])) && !s.match(k)) k++;
      if (k > i && TITLE_COMPLEMENT_WORDS.has(tokens[k - 1]?.key ?? "") && !ORG_SUFFIXES.has(tokens[k - 1]?.key ?? "")) return k;
      if (!t.cap) return i + 1;
      s.long = null;
      return undefined;
    }
    const { nameFrom, nameTo } = s.long;
    const ofRange = s.long.phrase.of;
    if (ofRange && i === ofRange.from && !s.match(i)) {
      s.emit(ofRange.from, ofRange.to, "ORGANISATION", null, null, ofRange.to - ofRange.from === 1 ? "acronym" : "suffix");
      return ofRange.to;
    }
    if (i >= nameFrom) {
      s.emit(nameFrom, nameTo, "PERSON", null, null, "title");
      s.long = null;
      return nameTo;
    }
    // inside the complement: only known places and organisations, and "… Development Bank"
    const inner = t.cap ? s.match(i) : undefined;
    if (
      inner &&
      i + inner.length <= nameFrom &&
      (inner.entry.kind === "ORG" ||
        inner.entry.kind === "COUNTRY" ||
        (afterOf(tokens, i) && COMPLEMENT_ENTITY_KINDS.has(inner.entry.kind) && inner.entry.kind !== "DEMONYM"))
    ) {
      const { entry, length } = inner;
      if (entry.kind === "COUNTRY") s.emit(i, i + length, "COUNTRY", entry.name, entry.code, "gazetteer");
      else if (entry.kind === "ORG") s.emit(i, i + length, "ORGANISATION", entry.name, entry.code, "gazetteer");
      else s.emit(i, i + length, "LOCATION", entry.name, entry.code, "gazetteer");
      return i + length;
    }
    if (t.cap) {
      let k = i + 1;
      while (k < nameFrom && tokens[k]?.cap && linked(tokens[k])) k++;
      if (k - i >= 2 && ORG_SUFFIXES.has(tokens[k - 1]?.key ?? "") && tokens[i - 1]?.text !== "for")
        s.emit(i, k, "ORGANISATION", null, null, "suffix");
      return k;
    }
    return i + 1;
  },
};

/** A lower-case word opens nothing. */
export const lowerCase: TokenRule = {
  name: "lower-case",
  apply: (s, i) => (s.tokens[i]?.cap ? undefined : i + 1),
};

/** "Federal Minister for …": a modifier opens a long title. */
export const modifierOpensTitle: TokenRule = {
  name: "modifier-opens-title",
  apply(s, i) {
    const t = s.tokens[i];
    if (!t || !TITLE_MODIFIERS.has(t.key) || !linked(s.tokens[i + 1]) || s.match(i)?.entry.kind === "TITLE") return undefined;
    const head = s.match(i + 1);
    if (head?.entry.kind !== "TITLE") return undefined;
    return openLongTitle(s, i, i + 1 + head.length, head.entry.name) ? i + 1 + head.length : undefined;
  },
};

/** Records a long title starting at `from` whose head ends at `headEnd`, when one is there. */
export function openLongTitle(s: Scanner, from: number, headEnd: number, title: string): boolean {
  const lt = longTitle(s, from, headEnd, title);
  if (!lt) return false;
  s.titles.push(lt.phrase);
  s.long = lt;
  return true;
}
