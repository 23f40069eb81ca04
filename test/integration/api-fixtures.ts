/**
 * A small made-up news world written straight through graph/write.ts with hand-made extractions,
 * so the API tests do not depend on extraction quality. Names are fictional on purpose.
 */
import type { EntityType, Extraction, ExtractedStatement } from "../../src/extract/types.js";
import type { Db } from "../../src/graph/neo4j.js";
import { writeArticle } from "../../src/graph/write.js";
import { contentHash } from "../../src/ingest/input.js";

interface E {
  type: EntityType;
  name: string;
  aliases?: string[];
  code?: string;
  roles?: { title: string; of: string }[];
}

interface S {
  text: string;
  speaker: string | null;
  about: string[];
  kind: ExtractedStatement["kind"];
  saidOn?: string | null;
}

interface A {
  title: string;
  publishedOn: string | null;
  outlet: string | null;
  body: string;
  entities: E[];
  statements: S[];
}

const LINDQVIST: E = {
  type: "PERSON",
  name: "Vera Lindqvist",
  aliases: ["Lindqvist"],
  roles: [{ title: "foreign minister", of: "Freedonia" }],
};
const OKAFOR: E = { type: "PERSON", name: "Tomas Okafor", aliases: ["Okafor"], roles: [{ title: "spokesman", of: "Coastal Alliance" }] };
const MARNER: E = { type: "PERSON", name: "Ilse Marner", aliases: ["Marner"] };
const FREEDONIA: E = { type: "COUNTRY", name: "Freedonia", code: "QF", aliases: ["Freedonian"] };
const SYLVANIA: E = { type: "COUNTRY", name: "Sylvania", code: "QS" };
const ALLIANCE: E = { type: "ORGANISATION", name: "Coastal Alliance", aliases: ["the Alliance"] };
const PORT_ARDEN: E = { type: "LOCATION", name: "Port Arden" };

const QUOTE = "Freedonia will never leave the Coastal Alliance, whatever the pressure";

export const WORLD: A[] = [
  {
    title: "Lindqvist rules out leaving the Coastal Alliance",
    publishedOn: "2030-03-01",
    outlet: "Northern Ledger",
    body: `Freedonian foreign minister Vera Lindqvist spoke on Friday. “${QUOTE},” Lindqvist said. The Coastal Alliance welcomed it.`,
    entities: [LINDQVIST, FREEDONIA, ALLIANCE],
    statements: [
      { text: `“${QUOTE},”`, speaker: "Vera Lindqvist", about: ["Coastal Alliance", "Freedonia"], kind: "DIRECT", saidOn: "2030-03-01" },
    ],
  },
  {
    title: "Freedonia stays in the Alliance, minister says",
    publishedOn: "2030-03-02",
    outlet: "Harbour Times",
    body: `Vera Lindqvist told reporters that Freedonia “will never leave the Coastal Alliance, whatever the pressure”. Critics in the Coastal Alliance were relieved.`,
    entities: [LINDQVIST, FREEDONIA, ALLIANCE],
    statements: [
      {
        text: "that Freedonia “will never leave the Coastal Alliance, whatever the pressure”",
        speaker: "Vera Lindqvist",
        about: ["Coastal Alliance"],
        kind: "MIXED",
      },
    ],
  },
  {
    title: "Alliance spokesman warns Sylvania",
    publishedOn: "2030-03-03",
    outlet: "Valley Post",
    body: "Coastal Alliance spokesman Tomas Okafor said Sylvania had moved troops to the border. Okafor gave no details. Sylvania denied it.",
    entities: [OKAFOR, ALLIANCE, SYLVANIA],
    statements: [
      {
        text: "Sylvania had moved troops to the border",
        speaker: "Tomas Okafor",
        about: ["Sylvania"],
        kind: "INDIRECT",
        saidOn: "2030-03-02",
      },
    ],
  },
  {
    title: "Okafor visits Port Arden",
    publishedOn: "2030-03-04",
    outlet: "Northern Ledger",
    body: "Tomas Okafor arrived in Port Arden on Tuesday. “Sylvania must pull back its tanks before the summit,” Okafor said. Sylvania did not reply.",
    entities: [OKAFOR, SYLVANIA, PORT_ARDEN],
    statements: [
      {
        text: "“Sylvania must pull back its tanks before the summit,”",
        speaker: "Tomas Okafor",
        about: ["Sylvania"],
        kind: "DIRECT",
        saidOn: "2030-03-04",
      },
    ],
  },
  {
    title: "Marner answers Okafor",
    publishedOn: "2030-03-05",
    outlet: "Harbour Times",
    body: "Sylvanian envoy Ilse Marner answered Tomas Okafor. “Okafor is inventing a crisis that does not exist,” Marner said. Sylvania wants talks.",
    entities: [MARNER, OKAFOR, SYLVANIA],
    statements: [
      {
        text: "“Okafor is inventing a crisis that does not exist,”",
        speaker: "Ilse Marner",
        about: ["Tomas Okafor"],
        kind: "DIRECT",
        saidOn: "2030-03-05",
      },
    ],
  },
  {
    title: "Freedonia budget row",
    publishedOn: "2030-03-06",
    outlet: "Valley Post",
    body: "Vera Lindqvist said the defence budget of Freedonia would rise by a tenth next year. Freedonia has not said how.",
    entities: [LINDQVIST, FREEDONIA],
    statements: [
      {
        text: "the defence budget of Freedonia would rise by a tenth next year",
        speaker: "Vera Lindqvist",
        about: ["Freedonia"],
        kind: "INDIRECT",
        saidOn: null,
      },
    ],
  },
  {
    title: "Marner in Port Arden",
    publishedOn: "2030-03-07",
    outlet: "Northern Ledger",
    body: "Ilse Marner toured the harbour of Port Arden. Marner met fishermen.",
    entities: [MARNER, PORT_ARDEN],
    statements: [],
  },
  {
    title: null as unknown as string,
    publishedOn: null,
    outlet: null,
    body: "Undated wire copy. Tomas Okafor said: “The Coastal Alliance is ready for every outcome.” The Coastal Alliance meets again soon.",
    entities: [OKAFOR, ALLIANCE],
    statements: [
      {
        text: "“The Coastal Alliance is ready for every outcome.”",
        speaker: "Tomas Okafor",
        about: ["Coastal Alliance"],
        kind: "DIRECT",
        saidOn: null,
      },
    ],
  },
];

function spans(body: string, name: string) {
  const out: { start: number; end: number; text: string }[] = [];
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + name.length))
    out.push({ start: i, end: i + name.length, text: name });
  return out;
}

export function extractionOf(a: A): Extraction {
  const idOf = (name: string) => `local:${a.entities.findIndex((e) => e.name === name)}`;
  return {
    extractor: "api-fixtures@1",
    article: { title: a.title, publishedOn: a.publishedOn, outlet: a.outlet, url: null, body: a.body },
    entities: a.entities.map((e, i) => ({
      id: `local:${i}`,
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      ...(e.code ? { code: e.code } : {}),
      ...(e.roles ? { roles: e.roles.filter((r) => a.entities.some((o) => o.name === r.of)) } : {}),
      mentions: [e.name, ...(e.aliases ?? [])].flatMap((n) => spans(a.body, n)),
    })),
    statements: a.statements.map((s) => {
      const start = a.body.indexOf(s.text);
      if (start < 0) throw new Error(`fixture statement not in its body: ${s.text}`);
      return {
        speaker: s.speaker,
        speakerId: s.speaker ? idOf(s.speaker) : null,
        source: s.speaker,
        text: s.text,
        kind: s.kind,
        verb: "said",
        saidOn: s.saidOn ?? null,
        about: s.about,
        start,
        end: start + s.text.length,
      };
    }),
  };
}

/** Writes the made-up world; returns the article ids in WORLD order. */
export async function writeWorld(db: Db): Promise<string[]> {
  const ids: string[] = [];
  for (const a of WORLD) ids.push((await writeArticle(db, extractionOf(a), contentHash(a.body))).articleId);
  return ids;
}
