/**
 * Sports copy names clubs by their towns ("Leicestershire beat Essex", "CHICAGO 5 Boston 3"): in a
 * sports story a town or region that is not where something happens is the team, an organisation.
 */
import { SPORTS } from "../lexicon/index.js";
import type { Token } from "../types.js";
import type { MentionPass } from "./scanner.js";

const HEADER = new RegExp(`^\\s*(?:${SPORTS.headers.join("|")})\\b[^\\n]{0,40}?\\s[-:–]\\s`, "iu");
const SPORT_WORDS = new Set(SPORTS.words);
const PLACE_PREPOSITIONS = new Set(SPORTS.placePrepositions);
const NATIONS = new Set(SPORTS.nations);
const SCORE = /\b\d{1,3}-\d{1,3}\b/g;
const DATELINE = /^[^\n]{0,60}?\b(?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\s*$/u;

/** Whether the text reads as a sports story: a sports header, or sports words with scores. */
export function isSportsStory(masked: string, tokens: readonly Token[]): boolean {
  const firstLine = /\S[^\n]*/.exec(masked)?.[0] ?? "";
  if (HEADER.test(firstLine)) return true;
  // the scores first: one scan of the text, and most texts have none
  if ((masked.match(SCORE)?.length ?? 0) < 3) return false;
  const seen = new Set<string>();
  for (const t of tokens) if (!t.cap && SPORT_WORDS.has(t.text)) seen.add(t.text);
  return seen.size >= 6;
}

function lineOf(masked: string, pos: number): string {
  const start = masked.lastIndexOf("\n", pos - 1) + 1;
  const nl = masked.indexOf("\n", pos);
  return masked.slice(start, nl < 0 ? masked.length : nl);
}

/** Towns and regions named as sides in a sports story become organisations. */
export const placesAsTeams: MentionPass = {
  name: "places-as-teams",
  run: ({ masked, tokens, sports }, mentions) =>
    mentions.map((m) => {
      if (!sports || m.type !== "LOCATION" || m.cue !== "gazetteer" || NATIONS.has(m.name)) return m;
      const before = tokens[m.from - 1];
      if (before && !before.cap && PLACE_PREPOSITIONS.has(before.text.toLowerCase())) return m;
      if (DATELINE.test(lineOf(masked, m.start))) return m;
      return { ...m, type: "ORGANISATION", cue: "team" };
    }),
};

const NICKNAME = /^\p{Lu}\p{Ll}{2,}s$/u;

/** "the Mariners", "the Tigers": in a sports story a capitalised plural after "the" names a team. */
export const nicknamesAsTeams: MentionPass = {
  name: "nicknames-as-teams",
  run({ masked, tokens, sports }, mentions) {
    const out = [...mentions];
    if (!sports) return out;
    const taken = new Map<number, number>();
    out.forEach((m, index) => taken.set(m.from, index));
    let added = false;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      const the = tokens[k - 1];
      const next = tokens[k + 1];
      if (!t || !the || (the.text !== "the" && the.text !== "The") || !t.adjacent || !NICKNAME.test(t.text)) continue;
      if (next?.cap && next.adjacent) continue;
      const index = taken.get(k);
      const m = index === undefined ? undefined : out[index];
      if (m && (m.type !== "PERSON" || m.to !== k + 1)) continue;
      if (m && index !== undefined) {
        out[index] = { ...m, type: "ORGANISATION", cue: "team" };
        continue;
      }
      out.push({
        start: t.start,
        end: t.end,
        text: masked.slice(t.start, t.end),
        type: "ORGANISATION",
        name: t.text,
        code: null,
        cue: "team",
        from: k,
        to: k + 1,
      });
      added = true;
    }
    if (added) out.sort((a, b) => a.start - b.start);
    return out;
  },
};
