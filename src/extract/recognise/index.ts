/**
 * Mentions of people, countries, organisations and locations in the masked text. One left-to-right
 * pass over word tokens (gazetteer phrases first, longest match, then runs of capitalised words
 * classified by their cues), then passes over what it found (sports teams, results tables). Every
 * mention records the rule that made it (`cue`).
 */
import { tokenize } from "../text/tokens.js";
import type { Recognition } from "../types.js";
import { MENTION_PASSES, TOKEN_RULES } from "./passes/index.js";
import { Scanner } from "./scanner.js";
import { isSportsStory } from "./teams.js";

export function recognise(masked: string): Recognition {
  const tokens = tokenize(masked);
  const s = new Scanner(masked, tokens);
  let i = 0;
  while (i < s.n) {
    if (s.long && i >= s.long.nameTo) s.long = null;
    let next: number | undefined;
    for (const rule of TOKEN_RULES) {
      next = rule.apply(s, i);
      if (next !== undefined) break;
    }
    i = next ?? i + 1;
  }
  const story = { masked, tokens, sports: isSportsStory(masked, tokens), usedLowercase: (w: string) => s.usedLowercase(w) };
  const mentions = MENTION_PASSES.reduce((found, pass) => pass.run(story, found), s.mentions);
  return { tokens, mentions, titles: s.titles };
}
