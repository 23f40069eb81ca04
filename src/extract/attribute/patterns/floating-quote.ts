/**
 * A quotation standing as a sentence of its own with no attribution: in news it continues the
 * speaker of the statement just before it (the same or the previous unit), else it has none.
 */
import type { Draft, Subject } from "../../types.js";
import { draft, type Unit } from "../draft.js";

/** How many units back the statement a floating quotation continues may be. */
const CONTINUES_UNITS = 2;
/** The fewest words a floating quotation has (a shorter one is a phrase set apart, a title, a nickname). */
const MIN_WORDS = 5;

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
    if (inner.split(/\s+/).filter(Boolean).length < MIN_WORDS) continue;
    const last = all.at(-1);
    const continues = last && u - last.unit <= CONTINUES_UNITS ? last : null;
    const subject: Subject = continues ? continues.subject : { kind: "person-pronoun", entity: null, start: q.start };
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
