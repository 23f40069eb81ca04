/**
 * A quotation standing as a sentence of its own with no attribution: in news it continues the
 * speaker of the statement just before it (the same or the previous unit), else it has none.
 */
import type { Draft, EntityMention, Subject } from "../../types.js";
import { draft, type Unit } from "../draft.js";

/** How many units back the statement a floating quotation continues may be. */
const CONTINUES_UNITS = 2;
/** The fewest words a floating quotation has (a shorter one is a phrase set apart, a title, a nickname). */
const MIN_WORDS = 5;

/**
 * The person whose name opens the last sentence between two units (exclusive), outside quotations: not
 * one of two joined by "and" ("Ostrow and Brask have also won"), not a possessive ("Ostrow's offer").
 */
function personOpening(ctx: Unit, fromUnit: number, toUnit: number): EntityMention | undefined {
  const { text, mentions, units } = ctx;
  for (let k = toUnit - 1; k > fromUnit; k--) {
    const range = units[k];
    if (!range) continue;
    const first = mentions.within(range.start, range.end)[0];
    if (!first || first.entity.type !== "PERSON" || !/^[\s.]*$/.test(text.slice(range.start, first.start))) continue;
    if (/^(?:\s+and\s+\p{Lu}|[’']s\b)/u.test(text.slice(first.end, first.end + 8))) continue;
    return first;
  }
  return undefined;
}

/** The floating quotations of a unit where no cue found a statement; `all` is every statement found so far. */
export function floatingQuotes(ctx: Unit, found: readonly Draft[], all: readonly Draft[]): Draft[] {
  const { text, range: unit, index: u, quotes } = ctx;
  if (found.length > 0) return [];
  const out: Draft[] = [];
  for (const q of quotes) {
    if (q.start < unit.start || q.end > unit.end + 1) continue;
    if (text.slice(unit.start, q.start).trim() !== "") continue;
    if (!/^[\s.!?…,;]*$/u.test(text.slice(q.end, unit.end))) continue;
    const inner = text.slice(q.innerStart, q.innerEnd);
    const last = all.at(-1);
    const near = last && u - last.unit <= CONTINUES_UNITS ? last : null;
    // "“…,” Vell said. “It didn’t get better.”": a short sentence quoted right after a statement goes on with it
    const words = inner.split(/\s+/).filter(Boolean).length;
    const sentence = words >= 2 && /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner.trim()) && near?.unit === u - 1;
    if (words < MIN_WORDS && !sentence) continue;
    // "“…,” says Vell. Ostrow did not need coaxing. “…”": a sentence between that opens with another
    // person hands the quotation to them
    const between = near ? personOpening(ctx, near.unit, u) : undefined;
    const other = between && between.entity !== near?.subject.entity ? between : undefined;
    const continues = other ? null : near;
    const subject: Subject = other
      ? { kind: "entity", entity: other.entity, start: other.start }
      : (continues?.subject ?? { kind: "person-pronoun", entity: null, start: q.start });
    out.push(
      draft("floating-quote", {
        subject,
        start: q.start,
        end: q.end,
        verbStart: q.start,
        verbEnd: q.start,
        unit: u,
        follows: continues,
        attrStart: q.start,
        attrEnd: q.start,
      }),
    );
  }
  return out;
}
