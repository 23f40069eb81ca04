/**
 * Roles of people from the titles next to their names: "Minister of Foreign Affairs of Ukraine X",
 * "Kremlin spokesman X", "President of Finland X", "his Ruritanian counterpart, X", "X, the Y of Z".
 */
import { COUNTERPART_WORDS, POSSESSIVE_PRONOUNS } from "../lexicon/index.js";
import { linked, titleEndingAt, titleStartingAt } from "../text/tokens.js";
import type { ExtractedEntity, Recognition, Resolution, Token } from "../types.js";
import { addAlias, addRole } from "./roles.js";

const DETERMINERS = new Set(["the", "a", "an", "The"]);
const OF_TYPES = new Set(["COUNTRY", "ORGANISATION", "LOCATION"]);

/** Roles of the people named next to a title, in the order they are named (see the top of relate/index.ts). */
export function rolesByName(
  text: string,
  recognition: Recognition,
  resolution: Resolution,
  byId: ReadonlyMap<string, ExtractedEntity>,
): void {
  const { tokens, mentions } = recognition;
  const { entityOf } = resolution;
  const mentionAt = new Map<number, number>();
  const mentionEnding = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (entityOf[i] === null) return;
    mentionAt.set(m.from, i);
    mentionEnding.set(m.to, i);
  });
  const entityAt = (index: number | undefined): ExtractedEntity | undefined => {
    if (index === undefined) return undefined;
    const id = entityOf[index];
    return id ? byId.get(id) : undefined;
  };

  const ofEntity = (mentionIndex: number | undefined): ExtractedEntity | undefined => {
    const e = entityAt(mentionIndex);
    return e && OF_TYPES.has(e.type) ? e : undefined;
  };
  const commaBetween = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && /^,\s*$/.test(text.slice(a.end, b.start).replace(/^['’]s/, ""));

  const longTitleEnding = new Map(recognition.titles.filter((t) => t.complement).map((t) => [t.to, t]));

  let lastRoleTitle: string | null = null;
  mentions.forEach((m, i) => {
    const person = entityAt(i);
    if (!person || person.type !== "PERSON") return;
    const first = tokens[m.from];
    if (!first) return;

    // A long title before the name: "Minister of Foreign Affairs of Ukraine X", "US Secretary of State for … X"
    const long = linked(first) ? longTitleEnding.get(m.from) : undefined;
    if (long) {
      const ofIdx = long.of ? mentionAt.get(long.of.from) : linked(tokens[long.from]) ? mentionEnding.get(long.from) : undefined;
      const of = ofEntity(ofIdx);
      addRole(person, { title: long.title, of: of?.name ?? null });
      lastRoleTitle = long.title;
      const startTok = !long.of && ofIdx !== undefined && of ? mentions[ofIdx] : tokens[long.from];
      if (startTok) addAlias(person, text.slice(startTok.start, m.end));
    }

    // Title right before the name, and what it belongs to right before the title.
    const pre = linked(first) && !long ? titleEndingAt(tokens, m.from, 4) : undefined;
    if (pre) {
      const ofIdx = linked(tokens[pre.from]) ? mentionEnding.get(pre.from) : undefined;
      let of = ofEntity(ofIdx);
      const next = tokens[m.to];
      if (!of && next?.text === "of" && linked(next)) of = ofEntity(mentionAt.get(m.to + 1) ?? mentionAt.get(m.to + 2));
      addRole(person, { title: pre.title, of: of?.name ?? null });
      lastRoleTitle = pre.title;
      const startTok = ofIdx !== undefined ? mentions[ofIdx] : tokens[pre.from];
      if (startTok) addAlias(person, text.slice(startTok.start, m.end));
    }

    // "President of Finland Mikael Aalto" (Kremlin style)
    const ofIdx = pre || long ? undefined : mentionEnding.get(m.from);
    const ofMention = ofIdx !== undefined ? mentions[ofIdx] : undefined;
    const ofWord = ofMention ? tokens[ofMention.from - 1] : undefined;
    if (ofMention && ofEntity(ofIdx) && ofWord?.text === "of" && linked(first) && linked(tokens[ofMention.from]) && linked(ofWord)) {
      const t = titleEndingAt(tokens, ofMention.from - 1, 4);
      if (t) {
        addRole(person, { title: t.title, of: entityAt(ofIdx)?.name ?? null });
        lastRoleTitle = t.title;
        addAlias(person, text.slice(tokens[t.from]?.start ?? m.start, m.end));
      }
    }

    // "his Ruritanian counterpart, X"
    const beforeName = tokens[m.from - 1];
    if (!pre && beforeName && COUNTERPART_WORDS.has(beforeName.text) && (linked(first) || commaBetween(beforeName, first))) {
      const ofIdx = linked(beforeName) ? mentionEnding.get(m.from - 1) : undefined;
      const of = ofEntity(ofIdx);
      const owner = ofIdx !== undefined ? tokens[(mentions[ofIdx]?.from ?? 0) - 1] : tokens[m.from - 2];
      if (of && lastRoleTitle && owner && POSSESSIVE_PRONOUNS.has(owner.text)) addRole(person, { title: lastRoleTitle, of: of.name });
    }

    // "X, the Y of Z" and "X, Z Y,"
    const after = tokens[m.to];
    if (after && commaBetween(tokens[m.to - 1], after)) {
      let p = m.to;
      if (DETERMINERS.has(tokens[p]?.text ?? "")) p++;
      let ofIdx = mentionAt.get(p);
      if (ofIdx !== undefined && ofEntity(ofIdx)) p = mentions[ofIdx]?.to ?? p;
      else ofIdx = undefined;
      const post = titleStartingAt(tokens, p, 4);
      if (post) {
        let of = ofEntity(ofIdx);
        const next = tokens[post.to];
        if (!of && next?.text === "of") {
          const q = DETERMINERS.has(tokens[post.to + 1]?.text ?? "") ? post.to + 2 : post.to + 1;
          of = ofEntity(mentionAt.get(q));
        }
        addRole(person, { title: post.title, of: of?.name ?? null });
        lastRoleTitle = post.title;
      }
    }
  });
}
