/**
 * The bulk write (src/graph/write-batch.ts) and the bulk path around it (ingestItems) on the real
 * Neo4j: a batch leaves the graph article by article writing leaves, fails as a whole and is then
 * written article by article (so one bad article fails alone), is idempotent, and concurrent
 * batches of one text leave one article.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import type { Db } from "../../src/graph/neo4j.js";
import { writeArticle } from "../../src/graph/write.js";
import { writeArticles, type BatchArticle } from "../../src/graph/write-batch.js";
import { ingestItems } from "../../src/ingest/batch.js";
import { prepareArticle } from "../../src/ingest/ingest.js";
import type { SourceItem } from "../../src/ingest/sources.js";
import { resetGraph, testDb } from "../support/graph.js";

/**
 * Stories in which resolution across articles matters: a surname alone before its full name is
 * known (then folded into it), a surname after it, two people of one surname, a country by code.
 */
const TEXTS = [
  `Harbour talks stall\n\nQuillfeather said on Monday that the Norland harbour talks had stalled. "We wait," Quillfeather said.`,
  `Minister speaks\n\nAda Quillfeather, the Norland trade minister, said the harbour would reopen. Norland and Freedonia agreed.`,
  `Talks resume\n\nQuillfeather told reporters that talks with Freedonia would resume in May.`,
  `Two ministers\n\nBo Tannery said Norland was ready. Cy Tannery, his brother, said Freedonia was not. "Not yet," Tannery said.`,
  `Trade figures\n\nThe Norland Trade Council said exports to France rose. Ada Quillfeather welcomed the figures.`,
  `Council meets\n\nDi Ashgrove, head of the Norland Trade Council, said the council would meet in Paris on Friday.`,
];

const prepared = (text: string, i: number) => prepareArticle({ text, title: `Story ${i}`, outlet: "Test Wire" }, 1_000_000);

function batchOf(texts: readonly string[]): BatchArticle[] {
  return texts.map((text, i) => {
    const p = prepared(text, i);
    return { extraction: extract(p.text, { title: `Story ${i}`, outlet: "Test Wire" }), hash: p.hash, source: p.text };
  });
}

/** Everything a reader can see of the graph, in a fixed order (ingestedAt aside). */
async function fingerprint(db: Db): Promise<unknown[]> {
  const rows = await db.read({
    cypher: `CALL () {
      MATCH (e:Entity) RETURN 'entity' AS kind, e.id AS id,
        [e.name, e.aliases, e.nameKeys, e.aliasText, e.code, e.surnameKey, [l IN labels(e) | l]] AS value
      UNION ALL
      MATCH (a:Article)-[m:MENTIONS]->(e) RETURN 'mention' AS kind, a.id + '>' + e.id AS id, [m.count, m.starts, m.ends] AS value
      UNION ALL
      MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
      RETURN 'statement' AS kind, s.id AS id, [s.text, s.kind, s.verb, toString(s.saidOn), a.id,
        [(s)-[:SAID_BY]->(x) | x.id], [(s)-[:ABOUT]->(x) | x.id]] AS value
      UNION ALL
      MATCH (p)-[r:HOLDS_ROLE]->(o) RETURN 'role' AS kind, p.id + '>' + o.id AS id, [r.title, r.article] AS value
      UNION ALL
      MATCH (a:Article)-[:PUBLISHED_BY]->(o:Outlet) RETURN 'article' AS kind, a.id AS id, [a.title, a.extractor, a.body, o.id] AS value
    }
    RETURN kind, id, value ORDER BY kind, id`,
    params: {},
  });
  return rows.map((r) => ({ ...r, value: sortedLists(r.value) }));
}

/** Lists of related ids come back in no set order. */
const sortedLists = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((v) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? [...v].sort() : v)) : value;

const articleCount = async (db: Db) => Number((await db.read({ cypher: "MATCH (a:Article) RETURN count(a) AS n", params: {} }))[0]?.n);

async function* items(texts: readonly string[]): AsyncIterable<SourceItem> {
  for (const [i, text] of texts.entries())
    yield { where: `test:${i}`, file: "test", input: { text, title: `Story ${i}`, outlet: "Test Wire" } };
}

describe("the bulk write against the real Neo4j", () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  beforeEach(() => resetGraph(db));
  afterAll(() => db?.close());

  it("leaves the graph that writing the articles one after another leaves, entity resolution across articles included", async () => {
    const batch = batchOf(TEXTS);
    for (const b of batch) await writeArticle(db, b.extraction, b.hash, { source: b.source ?? undefined, awaitSearchIndexes: false });
    const oneByOne = await fingerprint(db);
    // the surname alone of the first story was folded into the full name the second one gave
    expect(oneByOne).toContainEqual(expect.objectContaining({ kind: "entity", id: "person:ada-quillfeather" }));
    expect(oneByOne).not.toContainEqual(expect.objectContaining({ kind: "entity", id: "person:quillfeather" }));

    await resetGraph(db);
    const results = await writeArticles(db, batch);
    expect(results.map((r) => r.outcome)).toEqual(TEXTS.map(() => "created"));
    expect(await fingerprint(db)).toEqual(oneByOne);
  });

  it("is idempotent: the same batch again changes nothing and answers unchanged", async () => {
    const batch = batchOf(TEXTS);
    await writeArticles(db, batch);
    const before = await fingerprint(db);
    const again = await writeArticles(db, batch);
    expect(again.map((r) => r.outcome)).toEqual(TEXTS.map(() => "unchanged"));
    expect(again.every((r) => !r.created)).toBe(true);
    expect(await fingerprint(db)).toEqual(before);
  });

  it("writes a text given twice in one batch once", async () => {
    const batch = batchOf([TEXTS[0]!, TEXTS[1]!, TEXTS[0]!]);
    const results = await writeArticles(db, batch);
    expect(results.map((r) => r.outcome)).toEqual(["created", "created", "unchanged"]);
    expect(await articleCount(db)).toBe(2);
  });

  it("leaves one article per text when ten batches of the same texts run at once", async () => {
    const batch = batchOf(TEXTS.slice(0, 3));
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => writeArticles(db, batch)));
    expect(await articleCount(db)).toBe(3);
    // each text was created by exactly one of the ten
    for (let i = 0; i < 3; i++) expect(outcomes.filter((o) => o[i]!.outcome === "created")).toHaveLength(1);
    const once = await fingerprint(db);
    await resetGraph(db);
    await writeArticles(db, batch);
    expect(once).toEqual(await fingerprint(db));
  });

  it("writes nothing of a batch that fails (all of it or none of it)", async () => {
    const batch = batchOf(TEXTS.slice(0, 3));
    await occupyStatementId(db, batch[2]!);
    await expect(writeArticles(db, batch)).rejects.toThrow(/already exists/);
    expect(await articleCount(db)).toBe(0);
  });

  it("in ingestItems, lands the other articles of a batch with one bad article, and reports the bad one", async () => {
    const batch = batchOf(TEXTS);
    // a node holds the id of a statement of the fourth story: its write breaks the uniqueness constraint, whoever runs it
    await occupyStatementId(db, batch[3]!);
    const failures: { where: string; message: string }[] = [];
    const summary = await ingestItems(db, items(TEXTS), {
      maxArticleBytes: 1_000_000,
      concurrency: 2,
      batchSize: 100,
      writeBatchSize: 10,
      onError: (where, message) => failures.push({ where, message }),
    });
    expect(summary).toMatchObject({ read: 6, created: 5, failed: 1, errors: { "database: ConstraintValidationFailed": 1 } });
    expect(failures).toEqual([{ where: "test:3", message: expect.stringMatching(/already exists/) }]);
    expect(await articleCount(db)).toBe(5);
    const titles = await db.read({ cypher: "MATCH (a:Article) RETURN a.title AS t ORDER BY t", params: {} });
    expect(titles.map((r) => r.t)).toEqual(["Story 0", "Story 1", "Story 2", "Story 4", "Story 5"]);
  });
});

/** Creates a statement node with the id the first statement of `article` would get (and no article). */
async function occupyStatementId(db: Db, article: BatchArticle): Promise<void> {
  const s = article.extraction.statements[0];
  if (!s) throw new Error("the story has no statement to collide with");
  const id = `statement:${article.hash.slice(0, 16)}:${s.start}-${s.end}`;
  await db.write((tx) => tx.run({ cypher: "CREATE (:Statement {id: $id, text: 'squatter'})", params: { id } }));
}
