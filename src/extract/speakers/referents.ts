/** What a description or an institution noun refers to: the holder of a title, the main organisation. */
import type { ExtractedEntity } from "../types.js";
import type { MentionIndex } from "./mention-index.js";

/** The organisation named most often (the earliest on a tie), or null when none is named twice. */
export function mainOrganisation(mentions: MentionIndex): ExtractedEntity | null {
  const counts = new Map<ExtractedEntity, number>();
  for (const m of mentions.list) if (m.entity.type === "ORGANISATION") counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: ExtractedEntity | null = null;
  let most = 1;
  for (const [e, n] of counts) {
    if (n > most) {
      best = e;
      most = n;
    }
  }
  return best;
}

/**
 * "The President reaffirmed …", "The Secretary raised …": the person of the article, named before, who
 * holds that title ("the Secretary" fits "Secretary of State"). When several do, the first named: in a
 * readout "the President" is the principal, whose office issued it.
 */
export function titleHolder(phrase: string, at: number, mentions: MentionIndex, of: string | null = null): ExtractedEntity | null {
  const m = /^(?:the|The)\s+([\p{L} -]+?)\s*$/u.exec(phrase.trim());
  const title = m?.[1]?.toLowerCase();
  if (!title) return null;
  const fits = (t: string): boolean => {
    const r = t.toLowerCase();
    return r === title || r.startsWith(`${title} `) || r.endsWith(` ${title}`);
  };
  let holder: ExtractedEntity | null = null;
  for (const mention of mentions.before(at)) {
    const e = mention.entity;
    if (e.type === "PERSON" && (e.roles ?? []).some((r) => fits(r.title) && (of === null || r.of === of))) holder = e;
  }
  return holder;
}
