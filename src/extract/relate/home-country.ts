/** The country of unnamed national titles in a readout: the country the article is about. */
import { isCapital } from "../lexicon/index.js";
import type { ExtractedEntity, Recognition, Resolution } from "../types.js";

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

export function homeCountryRoles(entities: ExtractedEntity[], recognition: Recognition, resolution: Resolution): void {
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
