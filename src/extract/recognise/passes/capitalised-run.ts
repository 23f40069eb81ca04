/** The token rule of names the lexicon does not know: a run of capitalised words, classified by its cues. */
import { NAME_PARTICLES, ORG_CONNECTORS, ORG_HEADS, ORG_SUFFIXES } from "../../lexicon/index.js";
import { linked } from "../../text/tokens.js";
import { classify } from "../classify.js";
import { doubleBarrelled, isKnownHyphenatedSurname, isNameSyllable, isStoppedSurname, isSurnameAfterGivenName } from "../name-evidence.js";
import { PLACE_KINDS, type TokenRule } from "../scanner.js";

/** A run of capitalised words, with name particles and "of" inside organisation names. */
export const capitalisedRun: TokenRule = {
  name: "capitalised-run",
  apply(s, i) {
    const { tokens, masked, n } = s;
    let j = i + 1;
    let placeInRun = false;
    let syllable = -1;
    while (j < n) {
      const prev = tokens[j - 1];
      const tj = tokens[j];
      if (!tj || !prev || prev.possessive) break;
      const initialGap = prev.text.length === 1 && masked.slice(prev.end, tj.start) === ". ";
      if (!linked(tj) && !initialGap) break;
      // "Kim Jong-un", "Moon Jae-in": the lower-case second syllable of a given name ends the name
      if (j >= i + 2 && isNameSyllable(s, j)) {
        syllable = ++j;
        break;
      }
      // "Jean-Luc", and the double-barrelled surname of "Ana Ruiz-Torres" (also alone, once written in full)
      if (tj.hyphenBefore && !s.isFirstName(j - 1) && !doubleBarrelled(s, i, j) && !(j === i + 1 && isKnownHyphenatedSurname(s, j))) break;
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
          // "Anne K. Mora": also after a given name and a middle initial
          const afterInitial = j === i + 2 && s.isFirstName(i) && prev.text.length === 1 && initialGap;
          const onlyFirstName =
            (afterInitial || (j === i + 1 && (s.isFirstName(j - 1) || s.titleBefore(i)))) &&
            inner.length === 1 &&
            inner.entry.kind !== "STOP" &&
            inner.entry.kind !== "TITLE" &&
            inner.entry.kind !== "HONORIFIC" &&
            inner.entry.kind !== "DEMONYM";
          // "Wendy Golden": a stop word that the text also uses alone as this person's name, or that acts
          // as a name right after a given name ("Theresa May said")
          if (
            !onlyFirstName &&
            !(j === i + 1 && (isStoppedSurname(s, j) || (inner.entry.kind === "STOP" && isSurnameAfterGivenName(s, j))))
          )
            break;
        }
        // "Lorne Boeing", "Mara Exxon": a firm's one word after a given name, ending the name, is a surname
        const surname =
          inner?.entry.kind === "ORG" &&
          inner.length === 1 &&
          j === i + 1 &&
          s.isFirstName(i) &&
          !(tokens[j + 1]?.cap && linked(tokens[j + 1]));
        if (inner?.entry.kind === "ORG" && !surname) break;
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
    while (j > i + 1 && !tokens[j - 1]?.cap && j !== syllable) j--;
    // "al-Shabaab", "el-Sisi": a particle joined by a hyphen opens the name
    const particle = tokens[i - 1];
    const from = tokens[i]?.hyphenBefore && particle && !particle.cap && NAME_PARTICLES.has(particle.text) ? i - 1 : i;
    if (placeInRun) s.emit(from, j, "ORGANISATION", null, null, "suffix");
    else classify(s, from, j);
    return j;
  },
};
