/** Organisation names that a place or demonym opens ("Czech National Bank"). */
import { ORG_CONNECTORS, ORG_SUFFIXES } from "../lexicon/index.js";
import { linked } from "../text/tokens.js";
import type { Scanner } from "./scanner.js";

/**
 * Where an organisation name that goes on at token `from` ends: capitalised words (and "of",
 * "for", "and" between them) up to the last organisation suffix; `from` when there is none, or
 * when the rest is an organisation of the lexicon ("Russian" + "Foreign Ministry").
 */
export function orgNameEnd(s: Scanner, from: number): number {
  const { tokens, n } = s;
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
    if (k === from && s.match(k)?.entry.kind === "ORG") return from;
    if (ORG_SUFFIXES.has(t.key)) named = true;
    if (ORG_SUFFIXES.has(t.key) || afterOf) end = k + 1;
  }
  return end;
}
