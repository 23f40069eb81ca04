/**
 * TEST SUPPORT ONLY: builds a ParsedDocument from plain text and entities from a list of names and
 * surface forms, finding every mention with indexOf. Not a recogniser.
 */
import type { EntityType, ExtractedEntity, ParsedDocument } from "../../../src/extract/types.js";

export interface EntitySpec {
  type: EntityType;
  name: string;
  /** surface forms to find in the text; the name itself is always included */
  forms?: string[];
}

export function parsedDocument(text: string, publishedOn: string | null = "2024-03-14"): ParsedDocument {
  return {
    raw: text,
    masked: text,
    title: null,
    titleSpan: null,
    publishedOn,
    outlet: null,
    url: null,
    bodySegments: [{ start: 0, end: text.length }],
    body: text,
  };
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function entitiesIn(text: string, specs: EntitySpec[]): ExtractedEntity[] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const entities: ExtractedEntity[] = specs.map((s) => ({
    id: `${s.type.toLowerCase()}:${s.name.toLowerCase().replace(/\W+/g, "-")}`,
    type: s.type,
    name: s.name,
    aliases: s.forms ?? [],
    mentions: [],
  }));
  // longest forms first, so "Anna Lindqvist" wins over "Lindqvist"
  const forms = specs.flatMap((s, i) => [s.name, ...(s.forms ?? [])].map((f) => ({ f, i }))).sort((a, b) => b.f.length - a.f.length);
  for (const { f, i } of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      const end = at + f.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      entities[i]?.mentions.push({ start: at, end, text: f });
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities;
}
