/**
 * A quotation standing as a sentence of its own with no attribution: in news it continues the
 * speaker of the statement just before it (the same or the previous unit), else it has none.
 */
import type { Draft, EntityMention, Subject, TextRange } from "../../types.js";
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

/** How far into its sentence (characters) the name opening a colon introducer may start ("Union leader Ana Ruiz was blunt:"). */
const INTRODUCER_REACH = 30;

/**
 * "Ruiz was blunt: “…”", "Ruiz put it simply: “…”": a sentence that opens with a person or organisation
 * and ends in a colon introduces the quotation closing it, which is theirs.
 */
function colonIntroduced(
  ctx: Unit,
  q: { start: number; end: number; innerStart: number; innerEnd: number },
  introducer: TextRange = ctx.range,
): Draft | null {
  const { text, range: unit, mentions, index: u } = ctx;
  const lead = text.slice(introducer.start, introducer === ctx.range ? q.start : introducer.end);
  if (!/:\s*$/.test(lead) || !/^[\s.!?…]*$/u.test(text.slice(q.end, unit.end))) return null;
  if (text.slice(q.innerStart, q.innerEnd).split(/\s+/).filter(Boolean).length < 3) return null;
  const leadEnd = introducer.start + lead.length;
  const first = mentions.within(introducer.start, leadEnd)[0];
  if (!first || (first.entity.type !== "PERSON" && first.entity.type !== "ORGANISATION")) return null;
  if (
    first.start - introducer.start > INTRODUCER_REACH ||
    !/^\s*(?:\p{Lu}[\p{L}’'.-]*\s+|\p{Ll}+\s+){0,3}$/u.test(text.slice(introducer.start, first.start))
  )
    return null;
  // the introducer is about the one who opens it: no other person or organisation named in it
  if (mentions.within(first.end, leadEnd).some((m) => m.entity !== first.entity && m.entity.type !== "COUNTRY")) return null;
  return draft("floating-quote", {
    subject: { kind: "entity", entity: first.entity, start: first.start },
    start: q.start,
    end: q.end,
    verbStart: q.start,
    verbEnd: q.start,
    unit: u,
    attrStart: first.start,
    attrEnd: q.start,
    sourceSpan: { start: first.start, end: first.end },
  });
}

/** The floating quotations of a unit where no cue found a statement; `all` is every statement found so far. */
export function floatingQuotes(ctx: Unit, found: readonly Draft[], all: readonly Draft[]): Draft[] {
  const { text, range: unit, index: u, quotes } = ctx;
  if (found.length > 0) return [];
  const out: Draft[] = [];
  for (const q of quotes) {
    if (q.start < unit.start || q.end > unit.end + 1) continue;
    if (text.slice(unit.start, q.start).trim() !== "") {
      const introduced = colonIntroduced(ctx, q);
      if (introduced) out.push(introduced);
      continue;
    }
    if (!/^[\s.!?…,;]*$/u.test(text.slice(q.end, unit.end))) continue;
    // "The New York Times reports:" ending the paragraph before: a quotation set out as a block is theirs
    const before = ctx.units[u - 1];
    const block = before && /\n\s*$/.test(text.slice(before.end, q.start)) ? colonIntroduced(ctx, q, before) : null;
    if (block) {
      out.push(block);
      continue;
    }
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
