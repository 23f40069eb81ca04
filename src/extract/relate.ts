/**
 * Roles of people: a title next to a name and what the title is of ("Kremlin spokesman X",
 * "Ruritanian Foreign Minister X", "President X of Y", "X, the Y of Z", "his Z counterpart, X"),
 * and "the Z president" phrases that name a person of the article by role alone.
 */
import { isCapital, lookup } from "./gazetteer/index.js";
import type { Recognition } from "./recognise.js";
import type { Resolution } from "./resolve.js";
import type { Token } from "./tokens.js";
import type { ExtractedEntity, Role } from "./types.js";

const DETERMINERS = new Set(["the", "a", "an", "The"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "His", "Her", "Their"]);
const OF_TYPES = new Set(["COUNTRY", "ORGANISATION", "LOCATION"]);

interface Located {
  title: string;
  from: number;
  to: number;
}

const sameTitle = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function addRole(person: ExtractedEntity, role: Role): void {
  const roles = (person.roles ??= []);
  if (roles.some((r) => sameTitle(r.title, role.title) && r.of === role.of)) return;
  if (role.of !== null) {
    const vague = roles.findIndex((r) => sameTitle(r.title, role.title) && r.of === null);
    if (vague >= 0) roles.splice(vague, 1);
  } else if (roles.some((r) => sameTitle(r.title, role.title))) return;
  roles.push(role);
}

export function relate(
  text: string,
  recognition: Recognition,
  resolution: Resolution,
  sentences: readonly { start: number; end: number }[],
): void {
  const { tokens, mentions } = recognition;
  const { entities, entityOf } = resolution;
  const byId = new Map(entities.map((e) => [e.id, e]));
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
  const linked = (t: Token | undefined): boolean => t !== undefined && (t.adjacent || t.hyphenBefore);

  const titleEndingAt = (end: number): Located | undefined => {
    for (let len = Math.min(4, end); len >= 1; len--) {
      const span = tokens.slice(end - len, end);
      if (span.some((t, k) => k > 0 && !linked(t))) continue;
      const entry = lookup(span.map((t) => t.key));
      if (entry?.kind === "TITLE") return { title: entry.name, from: end - len, to: end };
    }
    return undefined;
  };
  const titleStartingAt = (start: number): Located | undefined => {
    for (let len = 4; len >= 1; len--) {
      const span = tokens.slice(start, start + len);
      if (span.length < len || span.some((t, k) => k > 0 && !linked(t))) continue;
      const entry = lookup(span.map((t) => t.key));
      if (entry?.kind === "TITLE") return { title: entry.name, from: start, to: start + len };
    }
    return undefined;
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
      if (startTok) {
        const phrase = text.slice(startTok.start, m.end);
        if (phrase !== person.name && !person.aliases.includes(phrase)) person.aliases.push(phrase);
      }
    }

    // Title right before the name, and what it belongs to right before the title.
    const pre = linked(first) && !long ? titleEndingAt(m.from) : undefined;
    if (pre) {
      const ofIdx = linked(tokens[pre.from]) ? mentionEnding.get(pre.from) : undefined;
      let of = ofEntity(ofIdx);
      const next = tokens[m.to];
      if (!of && next?.text === "of" && linked(next)) of = ofEntity(mentionAt.get(m.to + 1) ?? mentionAt.get(m.to + 2));
      addRole(person, { title: pre.title, of: of?.name ?? null });
      lastRoleTitle = pre.title;
      const startTok = ofIdx !== undefined ? mentions[ofIdx] : tokens[pre.from];
      if (startTok) {
        const phrase = text.slice(startTok.start, m.end);
        if (phrase !== person.name && !person.aliases.includes(phrase)) person.aliases.push(phrase);
      }
    }

    // "President of Finland Mikael Aalto" (Kremlin style)
    const ofIdx = pre || long ? undefined : mentionEnding.get(m.from);
    const ofMention = ofIdx !== undefined ? mentions[ofIdx] : undefined;
    const ofWord = ofMention ? tokens[ofMention.from - 1] : undefined;
    if (ofMention && ofEntity(ofIdx) && ofWord?.text === "of" && linked(first) && linked(tokens[ofMention.from]) && linked(ofWord)) {
      const t = titleEndingAt(ofMention.from - 1);
      if (t) {
        addRole(person, { title: t.title, of: entityAt(ofIdx)?.name ?? null });
        lastRoleTitle = t.title;
        const phrase = text.slice(tokens[t.from]?.start ?? m.start, m.end);
        if (!person.aliases.includes(phrase)) person.aliases.push(phrase);
      }
    }

    // "his Ruritanian counterpart, X"
    const beforeName = tokens[m.from - 1];
    if (!pre && beforeName && /^counterparts?$/.test(beforeName.text) && (linked(first) || commaBetween(beforeName, first))) {
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
      const post = titleStartingAt(p);
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

  resolveRoleReferences(text, recognition, resolution, byId, sentences);
  homeCountryRoles(entities, recognition, resolution);
}

/** Titles of national office whose country a readout leaves to be understood ("Chancellor X", "the Secretary"). */
const NATIONAL_TITLE =
  /^(?:(?:Vice[ -])?President|(?:Deputy )?Prime Minister|Chancellor|Premier|(?:\w+ )?Minister|(?:Foreign|Home|Defen[cs]e) Secretary|Secretary of State|(?:\w+ )?Secretary|King|Queen|Emir)$/i;

/**
 * In a meeting of officials from two or more countries ("Chancellor X met President Y of Senegal"),
 * a national title without its country belongs to the country the article names most besides the
 * countries the other participants hold office in: the country of the office that wrote the readout.
 * Only when one country clearly leads (named at least twice, more than any other).
 */
/** How often the home country (or its capital) must be named. */
const HOME_MIN = 2;

function homeCountryRoles(entities: ExtractedEntity[], recognition: Recognition, resolution: Resolution): void {
  const people = entities.filter((e) => e.type === "PERSON");
  const open = people.filter((p) => (p.roles ?? []).some((r) => r.of === null && NATIONAL_TITLE.test(r.title)));
  const foreign = new Set(
    people.flatMap((p) => (p.roles ?? []).filter((r) => r.of !== null && NATIONAL_TITLE.test(r.title)).map((r) => r.of)),
  );
  if (open.length === 0 || foreign.size === 0) return;
  // mentions of the country and of its capital ("Oslo, 3 February"); another town, where a meeting is
  // held ("talks in a resort town"), says nothing of whose president or chancellor the unnamed titles are
  const byCode = new Map<string, number>();
  recognition.mentions.forEach((m, i) => {
    const counts = m.type === "COUNTRY" || (m.type === "LOCATION" && m.code !== null && isCapital(m.name, m.code));
    if (m.code && counts && resolution.entityOf[i] !== null) byCode.set(m.code, (byCode.get(m.code) ?? 0) + 1);
  });
  const ranked = entities
    .filter((e) => e.type === "COUNTRY" && !foreign.has(e.name))
    .map((e) => ({ e, n: byCode.get(e.code ?? "") ?? 0 }))
    .sort((a, b) => b.n - a.n);
  const [top, second] = ranked;
  // the home country only when the article is about one: named at least twice, and more often than any
  // other country the titles could belong to
  if (!top || top.n < HOME_MIN || (second && second.n >= top.n)) return;
  for (const p of open) {
    for (const r of p.roles ?? []) if (r.of === null && NATIONAL_TITLE.test(r.title)) r.of = top.e.name;
  }
}

/** "the Ruritanian president" → the person of the article who holds (or can hold) that role. */
function resolveRoleReferences(
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
    let title: { name: string; to: number } | undefined;
    for (let len = 3; len >= 1 && !title; len--) {
      const span = tokens.slice(m.to, m.to + len);
      if (span.length < len || span.some((t) => !t.adjacent)) continue;
      const entry = lookup(span.map((t) => t.key));
      if (entry?.kind === "TITLE") title = { name: entry.name, to: m.to + len };
    }
    if (!title) return;
    const nameFollows = personStarts.has(title.to) || (tokens[title.to]?.cap === true && tokens[title.to]?.adjacent === true);
    if (nameFollows) return;
    const roleTitle = title.name;
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
