/** What a description or an institution noun refers to: the holder of a title, the main organisation. */
import { PARTY_MEMBERS } from "../lexicon/index.js";
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

/**
 * "the CHLA commissioner said": the one person of the article who holds that title of that
 * organisation, named before or after ("… CHLA commissioner Ann Vell said" a paragraph on). A
 * definite description names one person; when the article gives the title of that body to none, or to
 * more than one, there is no holder.
 */
export function onlyHolder(title: string, of: string, mentions: MentionIndex): ExtractedEntity | null {
  const t = title.toLowerCase();
  const holders = new Set<ExtractedEntity>();
  for (const m of mentions.list) {
    const e = m.entity;
    if (e.type === "PERSON" && (e.roles ?? []).some((r) => r.of === of && r.title.toLowerCase().split(/\s+/).at(-1) === t)) holders.add(e);
  }
  return holders.size === 1 ? ([...holders][0] ?? null) : null;
}

/** How far back (characters) a description by party ("the Ohio Democrat") may refer to the person named last: about two sentences. */
const DESCRIPTION_LOOKBACK = 400;

/**
 * "the Kentucky Republican said", "the Ohio Democrat said": a description by party, after a person's
 * name, is the person named last before it (outside quotations), when that was recent.
 */
export function partyMember(
  phrase: string,
  at: number,
  mentions: MentionIndex,
  quoted: (start: number, end: number) => boolean,
): ExtractedEntity | null {
  const head = /^the\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(\p{Lu}\p{Ll}+)$/u.exec(phrase.trim())?.[1];
  if (!head || !PARTY_MEMBERS.has(head)) return null;
  for (const m of mentions.before(at)) {
    if (at - m.end > DESCRIPTION_LOOKBACK) break;
    if (m.entity.type === "PERSON" && !quoted(m.start, m.end)) return m.entity;
  }
  return null;
}
