/** The token rule of names the lexicon does not know: a run of capitalised words, classified by its cues. */
import { NAME_PARTICLES, ORG_CONNECTORS, ORG_HEADS, ORG_SUFFIXES } from "../../lexicon/index.js";
import { linked } from "../../text/tokens.js";
import { classify } from "../classify.js";
import { PLACE_KINDS, type TokenRule } from "../scanner.js";

/** A run of capitalised words, with name particles and "of" inside organisation names. */
export const capitalisedRun: TokenRule = {
  name: "capitalised-run",
  apply(s, i) {
    const { tokens, masked, n } = s;
    let j = i + 1;
    let placeInRun = false;
    while (j < n) {
      const prev = tokens[j - 1];
      const tj = tokens[j];
      if (!tj || !prev || prev.possessive) break;
      const initialGap = prev.text.length === 1 && masked.slice(prev.end, tj.start) === ". ";
      if (!linked(tj) && !initialGap) break;
      if (tj.hyphenBefore && !s.isFirstName(j - 1)) break;
      if (tj.cap) {
        const inner = s.match(j);
        // "Borussia Dortmund", "Ajax Amsterdam": an unknown word before a town names an organisation
        const first = tokens[i];
        if (
          inner &&
          PLACE_KINDS.has(inner.entry.kind) &&
          inner.entry.kind !== "REGION" &&
          j === i + 1 &&
          first &&
          first.text.length > 1 &&
          !s.isFirstName(i) &&
          !s.titleBefore(i) &&
          !(first.sentenceStart && s.usedLowercase(first.text))
        ) {
          j += inner.length;
          placeInRun = true;
          break;
        }
        if (inner && inner.entry.kind !== "ORG") {
          const onlyFirstName =
            j === i + 1 &&
            (s.isFirstName(j - 1) || s.titleBefore(i)) &&
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
        const inner = s.match(j + 1);
        j += 1 + (inner && inner.entry.kind !== "STOP" ? inner.length : 1);
        continue;
      }
      break;
    }
    while (j > i + 1 && !tokens[j - 1]?.cap) j--;
    if (placeInRun) s.emit(i, j, "ORGANISATION", null, null, "suffix");
    else classify(s, i, j);
    return j;
  },
};
