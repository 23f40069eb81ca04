/** Hand-made extractions for write-path tests: names are found in the body to give real spans. */
import type { EntityType, Extraction, ExtractedEntity, ExtractedStatement, Role } from "../../src/extract/types.js";
import { contentHash } from "../../src/ingest/input.js";

export interface EntitySpec {
  type: EntityType;
  name: string;
  aliases?: string[];
  code?: string;
  roles?: Role[];
  /** the names to find in the body as mentions; the canonical name and aliases by default */
  say?: string[];
}

export interface StatementSpec {
  text: string;
  speaker?: string | null;
  about?: string[];
  kind?: ExtractedStatement["kind"];
  verb?: string | null;
  saidOn?: string | null;
}

export function makeExtraction(
  body: string,
  entities: EntitySpec[],
  statements: StatementSpec[] = [],
  article: Partial<Extraction["article"]> = {},
  extractor = "test-extract@1",
): { x: Extraction; hash: string } {
  const ents: ExtractedEntity[] = entities.map((e, i) => {
    const mentions = (e.say ?? [e.name, ...(e.aliases ?? [])]).flatMap((name) => spans(body, name));
    return {
      id: `local:${i}`,
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      ...(e.code ? { code: e.code } : {}),
      ...(e.roles ? { roles: e.roles } : {}),
      mentions,
    };
  });
  const stmts: ExtractedStatement[] = statements.map((s) => {
    const start = body.indexOf(s.text);
    if (start < 0) throw new Error(`statement text not in body: ${s.text}`);
    const speaker = s.speaker ?? null;
    return {
      speaker,
      speakerId: speaker ? (ents.find((e) => e.name === speaker)?.id ?? null) : null,
      source: speaker,
      text: s.text,
      kind: s.kind ?? "DIRECT",
      verb: s.verb ?? "said",
      saidOn: s.saidOn ?? null,
      about: s.about ?? [],
      start,
      end: start + s.text.length,
    };
  });
  const x: Extraction = {
    extractor,
    article: { title: null, publishedOn: null, outlet: null, url: null, body, ...article },
    entities: ents,
    statements: stmts,
  };
  return { x, hash: contentHash(body) };
}

function spans(body: string, name: string): { start: number; end: number; text: string }[] {
  const out = [];
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + name.length))
    out.push({ start: i, end: i + name.length, text: name });
  return out;
}

/** A small made-up article (a minister, two countries, a council, one quote) used by the write-path tests. */
export function quillfeatherStory(): ReturnType<typeof makeExtraction> {
  return makeExtraction(
    "Minister Ada Quillfeather of Norland said “we will talk to Freedonia”, Quillfeather told the Harbour Council.",
    [
      { type: "PERSON", name: "Ada Quillfeather", aliases: ["Quillfeather"], roles: [{ title: "Minister", of: "Norland" }] },
      { type: "COUNTRY", name: "Norland", code: "NL" },
      { type: "COUNTRY", name: "Freedonia", code: "FD" },
      { type: "ORGANISATION", name: "Harbour Council" },
    ],
    [{ text: "we will talk to Freedonia", speaker: "Ada Quillfeather", about: ["Freedonia"] }],
    { title: "Alpha", publishedOn: "2024-03-01", outlet: "Daily Test", url: "https://example.test/alpha" },
  );
}
