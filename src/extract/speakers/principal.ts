/** The principal of a readout: the person whose call or meeting it reports. */
import type { ExtractedEntity, ParsedDocument } from "../types.js";
import type { MentionIndex } from "./mention-index.js";

/** "Readout of President X's call with …": the person whose call or meeting the title says it is. */
const READOUT_TITLE =
  /^\s*(?:readout|read-out|statement|summary)\s+(?:of|on|from)\s+(.+?)['’]s?\s+(?:(?:phone|telephone|video|virtual|bilateral)\s+)?(?:call|meeting|conversation|talks|visit|discussion|engagement)\b/i;
/** Before a person who is the object of the opening sentence ("In a call with President Y, …", "… received a call from Y"). */
const OBJECT_BEFORE =
  /\b(?:with|to|from|by|for|of|and|received|hosted|welcomed|met|called|thanked|congratulated|between)\s+(?:[\p{L}’'.-]+\s+){0,4}$/iu;

/**
 * The principal of a readout, to whom "the two leaders" and "both sides" are credited: the person
 * the title names as the one whose call or meeting it was, else the subject of the opening sentence
 * ("President X spoke with …"), else the first person the body names.
 */
export function principal(mentions: MentionIndex, doc: ParsedDocument, entities: readonly ExtractedEntity[]): ExtractedEntity | null {
  const owner = READOUT_TITLE.exec(doc.title ?? "")?.[1];
  if (owner) {
    // the people of the article, named in its text or only in a title given as metadata
    const words = new Set(owner.split(/\s+/).map((w) => w.replace(/[^\p{L}’'-]/gu, "")));
    const named = entities.find((e) => {
      const last = e.name.split(/\s+/).at(-1) ?? "";
      return e.type === "PERSON" && last.length > 1 && words.has(last);
    });
    if (named) return named;
  }
  const people = mentions.list.filter((m) => m.entity.type === "PERSON");
  const first = people[0];
  if (!first) return null;
  // the opening sentence of the body: up to the first full stop before a capital, or a line end
  const text = doc.masked;
  const bodyStart = doc.bodySegments[0]?.start ?? 0;
  const rest = text.slice(bodyStart);
  const lead = /\S/.exec(rest);
  const from = bodyStart + (lead?.index ?? 0);
  const stop = /[a-z0-9)”"][.!?](?=\s+[\p{Lu}“"])|\n/u.exec(text.slice(from));
  const to = stop ? from + stop.index + 1 : text.length;
  for (const m of people) {
    if (m.start >= to) break;
    if (m.start < from) continue;
    if (!OBJECT_BEFORE.test(text.slice(from, m.start))) return m.entity;
  }
  return first.entity;
}
