/** Statements from drafts: each with its speaker, kind, verb, date and the entities it is about. */
import { alternation, POSSESSED_SOURCE_NOUNS } from "../lexicon/index.js";
import type { MentionIndex } from "../speakers/mention-index.js";
import { SpeakerResolver } from "../speakers/index.js";
import type { Draft, ExtractedEntity, ExtractedStatement, ParsedDocument, QuoteSpan, StatementKind, TextRange } from "../types.js";
import { trimEnd } from "./clause.js";
import { resolveSaidOn } from "./said-on.js";

/** Speakers resolved (see speakers/), kinds decided, texts cut to the quoted content where fully quoted. */
export function finish(
  doc: ParsedDocument,
  entities: ExtractedEntity[],
  drafts: readonly Draft[],
  mentions: MentionIndex,
  quotes: readonly QuoteSpan[],
  units: readonly TextRange[],
): ExtractedStatement[] {
  const text = doc.masked;
  const out: ExtractedStatement[] = [];
  const speakers = new SpeakerResolver(doc, mentions, units, quotes, entities);
  for (const d of drafts) {
    const resolved = speakers.resolve(d);
    const { entity } = resolved;
    if (d.peopleOnly && entity?.type !== "PERSON") continue;
    const hasVerb = d.verbEnd > d.verbStart;
    let { start, end } = d;
    // a transcript's turn is the speaker's own words
    let kind: StatementKind = d.rule === "transcript-turn" || d.rule === "signed-quote" ? "DIRECT" : "INDIRECT";
    const inside = quotes.filter((q) => q.start >= start && q.end <= end + 1);
    const whole = inside.find((q) => q.start === start && q.end >= end);
    if (whole) {
      kind = "DIRECT";
      start = whole.innerStart;
      end = trimEnd(text, whole.innerStart, whole.innerEnd);
      if (text[end] === "." || text[end] === "!" || text[end] === "?") end++;
    } else if (inside.length > 0) {
      const interrupted = inside.length >= 2 && inside[0]?.start === start && (inside.at(-1)?.end ?? 0) >= end;
      kind = interrupted ? "DIRECT" : "MIXED";
      if (interrupted) {
        start = inside[0]?.innerStart ?? start;
        end = trimEnd(text, start, inside.at(-1)?.innerEnd ?? end);
        if (text[end] === "." || text[end] === "!" || text[end] === "?") end++;
      }
    }
    // reported speech of a source that is no entity ("a senior official said …") is kept with its source
    // phrase; not when the phrase names a person as a modifier ("Quill administration officials"): whose
    // officials is not settled, and a pronoun left unresolved says nothing
    if (entity === null && kind === "INDIRECT" && !resolved.unnamed && !describedSource(d, resolved.source, mentions, text)) continue;
    if (entity === null && d.subject.kind === "none") continue;
    if (end <= start) continue;
    speakers.accept(d, resolved);
    const attribution = `${text.slice(d.attrStart, Math.min(d.attrEnd, d.start))} ${text.slice(Math.max(d.attrStart, d.end), d.attrEnd)}`;
    out.push({
      speaker: entity?.name ?? null,
      speakerId: entity?.id ?? null,
      source: resolved.source,
      text: doc.raw.slice(start, end),
      kind,
      verb: hasVerb ? doc.raw.slice(d.verbStart, d.verbEnd).replace(/\s+/g, " ") : null,
      saidOn: resolveSaidOn(attribution, doc.publishedOn),
      about: aboutOf(mentions, start, end, entity),
      start,
      end,
    });
  }
  return dedupe(out);
}

function aboutOf(mentions: MentionIndex, start: number, end: number, speaker: ExtractedEntity | null): string[] {
  const names: string[] = [];
  for (const m of mentions.within(start, end)) {
    if (m.entity !== speaker && !names.includes(m.entity.name)) names.push(m.entity.name);
  }
  return names;
}

function describedSource(d: Draft, source: string | null, mentions: MentionIndex, text: string): boolean {
  if (source === null || d.subject.kind === "person-pronoun" || d.subject.kind === "none") return false;
  return !mentions
    .within(d.subject.start, d.subject.start + source.length)
    .some((m) => m.entity.type === "PERSON" && !POSSESSOR.test(text.slice(m.end, d.subject.start + source.length)));
}

/**
 * "Ana Ruiz’s lawyer", "Ruiz's campaign", "the Ruiz campaign": a person named as the possessor of the
 * source's noun, or as the modifier of a noun of those who speak for one, which settles whose source it is
 * (a modifier of another noun, "Quill administration officials", does not).
 */
const POSSESSOR = new RegExp(`^(?:[’']s)?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${alternation(POSSESSED_SOURCE_NOUNS)})$`, "u");

/** The same span attributed twice (two cues over one clause) is kept once. */
function dedupe(list: ExtractedStatement[]): ExtractedStatement[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
