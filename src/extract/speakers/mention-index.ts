/** The article's entity mentions in text order, for look-ups by position. */
import type { EntityMention, ExtractedEntity } from "../types.js";

/**
 * How many mentions back a look-back goes by default: enough for the few paragraphs a pronoun or
 * title reaches back over, and a bound on the work per statement in a long article.
 */
const LOOK_BACK = 400;

/** Mentions of the article's entities, sorted, with a lookup by position. */
export class MentionIndex {
  readonly list: EntityMention[];

  constructor(entities: ExtractedEntity[], masked: string) {
    const list: EntityMention[] = [];
    for (const entity of entities) {
      for (const m of entity.mentions) {
        if (m.in === undefined && m.end > m.start && masked.slice(m.start, m.end).trim() !== "")
          list.push({ start: m.start, end: m.end, entity });
      }
    }
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    this.list = list;
  }

  /** Index of the first mention starting at or after `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.list[mid]?.start ?? 0) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions lying inside [start, end), in order. */
  within(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = this.lowerBound(start); i < this.list.length; i++) {
      const m = this.list[i];
      if (!m || m.start >= end) break;
      if (m.end <= end) out.push(m);
    }
    return out;
  }

  /** Mentions starting before `pos`, nearest first (a bounded look-back). */
  *before(pos: number, limit = LOOK_BACK): Generator<EntityMention> {
    for (let i = this.lowerBound(pos) - 1, n = 0; i >= 0 && n < limit; i--, n++) {
      const m = this.list[i];
      if (m) yield m;
    }
  }
}
