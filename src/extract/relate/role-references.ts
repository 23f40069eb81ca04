/** "the Ruritanian president": a title with its country that names a person of the article by role alone. */
import { titleStartingAt } from "../text/tokens.js";
import type { ExtractedEntity, Recognition, Resolution } from "../types.js";
import { addRole, sameTitle } from "./roles.js";

/** "the Ruritanian president" → the person of the article who holds (or can hold) that role. */
export function resolveRoleReferences(
  text: string,
  recognition: Recognition,
  resolution: Resolution,
  byId: Map<string, ExtractedEntity>,
  sentences: readonly { start: number; end: number }[],
): void {
  const { tokens, mentions } = recognition;
  const { entityOf } = resolution;
  const personAt: { index: number; person: ExtractedEntity }[] = [];
  mentions.forEach((m, i) => {
    const e = entityOf[i] ? byId.get(entityOf[i] ?? "") : undefined;
    if (e?.type === "PERSON") personAt.push({ index: i, person: e });
  });
  const personStarts = new Set(personAt.map(({ index }) => mentions[index]?.from));

  mentions.forEach((m, i) => {
    if (m.type !== "COUNTRY") return;
    const country = entityOf[i] ? byId.get(entityOf[i] ?? "") : undefined;
    const det = tokens[m.from - 1];
    if (!country || !det || (det.text !== "the" && det.text !== "The")) return;
    // "the Ruritanian president", written as one phrase (no hyphen, no line break)
    const title = tokens[m.to]?.adjacent ? titleStartingAt(tokens, m.to, 3, (t) => t.adjacent) : undefined;
    if (!title) return;
    const nameFollows = personStarts.has(title.to) || (tokens[title.to]?.cap === true && tokens[title.to]?.adjacent === true);
    if (nameFollows) return;
    const roleTitle = title.title;
    const holds = (p: ExtractedEntity): boolean => (p.roles ?? []).some((r) => sameTitle(r.title, roleTitle) && r.of === country.name);
    const conflicts = (p: ExtractedEntity): boolean =>
      (p.roles ?? []).some((r) => !sameTitle(r.title, roleTitle) || (r.of !== null && r.of !== country.name));

    let holder = personAt.find(({ person }) => holds(person))?.person;
    if (!holder) {
      const sentence = sentences.find((s) => s.start <= m.start && m.start < s.end);
      const sentenceStart = sentence?.start ?? m.start;
      const subject = personAt.find(
        ({ index }) => (mentions[index]?.start ?? -1) >= sentenceStart && (mentions[index]?.start ?? 0) < m.start,
      )?.person;
      for (let k = personAt.length - 1; k >= 0; k--) {
        const cand = personAt[k];
        if (!cand || (mentions[cand.index]?.from ?? 0) >= m.from) continue;
        if (cand.person === subject || conflicts(cand.person)) continue;
        holder = cand.person;
        break;
      }
    }
    if (!holder) return;
    addRole(holder, { title: roleTitle, of: country.name });
    const last = tokens[title.to - 1];
    if (!last) return;
    holder.mentions.push({ start: m.start, end: last.end, text: text.slice(m.start, last.end) });
  });
}
