import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/graph/neo4j.js";
import { migrate } from "../../src/graph/migrate.js";
import { writeArticle } from "../../src/graph/write.js";
import { makeExtraction, quillfeatherStory } from "../support/extraction.js";
import { resetGraph, testDb } from "../support/graph.js";

let db: Db;

async function one<T = unknown>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const rows = await db.read({ cypher, params });
  return rows[0]?.v as T;
}

async function counts(): Promise<{ nodes: number; rels: number }> {
  const rows = await db.read({
    cypher: "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels",
    params: {},
  });
  return { nodes: rows[0]!.nodes as number, rels: rows[0]!.rels as number };
}

/** Each link from a statement to an entity: its type, the entity's id, and the entity and day the link holds. */
const statementLinks = () =>
  db
    .read({
      cypher: "MATCH (:Statement)-[r:SAID_BY|ABOUT]->(e:Entity) RETURN [type(r), e.id, r.entity, toString(r.on)] AS v ORDER BY v",
      params: {},
    })
    .then((rows) => rows.map((r) => r.v));

const people = () =>
  db.read({ cypher: "MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY id", params: {} });

const mentioners = (id: string) =>
  db
    .read({ cypher: "MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id}) RETURN a.id AS id ORDER BY id", params: { id } })
    .then((r) => r.map((x) => x.id));

// names are made up, so nothing here leans on the seeds
const alpha = quillfeatherStory;

describe("migrate", () => {
  beforeAll(() => {
    db = testDb();
  });
  afterAll(() => db.close());

  it("is idempotent: running it twice leaves the same constraints and indexes", async () => {
    await resetGraph(db);
    await migrate(db);
    const list = () =>
      db.read({ cypher: "SHOW INDEXES YIELD name RETURN collect(name) AS v", params: {} }).then((r) => (r[0]!.v as string[]).sort());
    const before = await list();
    await migrate(db);
    expect(await list()).toEqual(before);
    expect(before).toEqual(
      expect.arrayContaining([
        "article_id",
        "entity_id",
        "statement_id",
        "outlet_id",
        "article_url",
        "person_surname",
        "entity_names",
        "statement_text",
      ]),
    );
  });

  it("moves a graph of the earlier schema on: full-text indexes made eventually consistent, the nameText TEXT index and property gone", async () => {
    await resetGraph(db);
    await db.schema("DROP INDEX entity_names IF EXISTS");
    await db.schema("CREATE FULLTEXT INDEX entity_names FOR (e:Entity) ON EACH [e.name, e.aliasText]");
    await db.schema("CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.nameText)");
    await db.schema("CREATE (:Entity:Person {id: 'person:ada-quillfeather', name: 'Ada Quillfeather', nameText: 'ada quillfeather'})");
    await db.schema("CALL db.awaitIndexes(60)");
    await migrate(db);
    const indexes = await db.read({
      cypher: "SHOW INDEXES YIELD name, type, options RETURN name, type, options.indexConfig['fulltext.eventually_consistent'] AS eventual",
      params: {},
    });
    expect(indexes.map((r) => r.name)).not.toContain("entity_name_text");
    expect(indexes.filter((r) => r.type === "FULLTEXT").map((r) => [r.name, r.eventual])).toEqual(
      expect.arrayContaining([
        ["entity_names", true],
        ["statement_text", true],
      ]),
    );
    const [row] = await db.read({ cypher: "MATCH (e:Entity {id: 'person:ada-quillfeather'}) RETURN e.nameText AS t", params: {} });
    expect(row?.t).toBeNull();
    // the rebuilt index answers for what was there before
    await db.awaitSearchIndexes();
    const hits = await db.read({
      cypher: "CALL db.index.fulltext.queryNodes('entity_names', 'quillfeather') YIELD node RETURN node.id AS id",
      params: {},
    });
    expect(hits.map((h) => h.id)).toEqual(["person:ada-quillfeather"]);
  });
});

describe("migrate: statement links of the earlier schema", () => {
  beforeAll(() => {
    db = testDb();
  });
  afterAll(() => db.close());

  it("gives links written before they carried their entity and day both, once, and then makes their index", async () => {
    await resetGraph(db);
    const { x, hash } = alpha();
    const dated = {
      ...x,
      article: { ...x.article, url: "https://example.test/alpha-dated" },
      statements: x.statements.map((st) => ({ ...st, saidOn: "2024-02-28" })),
    };
    await writeArticle(db, x, hash);
    await writeArticle(db, dated, "f".repeat(64));
    // the earlier schema: links without properties, and no index on them
    await db.schema("MATCH (:Statement)-[r:SAID_BY|ABOUT]->() REMOVE r.entity, r.on");
    await db.schema("DROP INDEX said_by_entity_on IF EXISTS");
    await db.schema("DROP INDEX about_entity_on IF EXISTS");
    await migrate(db);
    // a statement's own day where it has one, else its article's
    expect(await statementLinks()).toEqual([
      ["ABOUT", "country:fd", "country:fd", "2024-02-28"],
      ["ABOUT", "country:fd", "country:fd", "2024-03-01"],
      ["SAID_BY", "person:ada-quillfeather", "person:ada-quillfeather", "2024-02-28"],
      ["SAID_BY", "person:ada-quillfeather", "person:ada-quillfeather", "2024-03-01"],
    ]);
    const indexes = await db.read({
      cypher:
        "SHOW INDEXES YIELD name, entityType, labelsOrTypes, properties WHERE name ENDS WITH '_entity_on' RETURN name, entityType, labelsOrTypes, properties ORDER BY name",
      params: {},
    });
    expect(indexes).toEqual([
      { name: "about_entity_on", entityType: "RELATIONSHIP", labelsOrTypes: ["ABOUT"], properties: ["entity", "on"] },
      { name: "said_by_entity_on", entityType: "RELATIONSHIP", labelsOrTypes: ["SAID_BY"], properties: ["entity", "on"] },
    ]);
  });
});

describe("writeArticle into the real Neo4j", () => {
  beforeAll(() => {
    db = testDb();
  });
  afterAll(() => db.close());
  beforeEach(() => resetGraph(db));

  it("writes article, outlet, entities with mention spans, statements with speaker/about, and roles with the article as evidence", async () => {
    const { x, hash } = alpha();
    const result = await writeArticle(db, x, hash);
    expect(result).toMatchObject({ created: true, outcome: "created" });
    const article = await db.read({
      cypher:
        "MATCH (a:Article {id: $id})-[:PUBLISHED_BY]->(o:Outlet) RETURN a {.title, .url, .extractor, .contentHash, publishedOn: toString(a.publishedOn)} AS a, o {.id, .name} AS o",
      params: { id: result.articleId },
    });
    expect(article[0]).toEqual({
      a: { title: "Alpha", url: "https://example.test/alpha", extractor: "test-extract@1", contentHash: hash, publishedOn: "2024-03-01" },
      o: { id: "outlet:daily-test", name: "Daily Test" },
    });
    const mention = await db.read({
      cypher:
        "MATCH (:Article {id: $id})-[m:MENTIONS]->(p:Person:Entity) RETURN p.id AS id, m.count AS count, m.starts AS starts, m.ends AS ends",
      params: { id: result.articleId },
    });
    expect(mention).toEqual([{ id: "person:ada-quillfeather", ...spansOf(x.article.body, ["Ada Quillfeather", "Quillfeather"]) }]);
    expect(await one("MATCH (c:Country:Entity {id: 'country:nl'}) RETURN c.code AS v")).toBe("NL");
    const st = await db.read({
      cypher: `MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $id}), (s)-[:SAID_BY]->(sp), (s)-[:ABOUT]->(ab)
               RETURN s.text AS text, s.kind AS kind, s.start AS start, s.end AS end, sp.id AS speaker, collect(ab.id) AS about`,
      params: { id: result.articleId },
    });
    expect(st).toEqual([
      { text: "we will talk to Freedonia", kind: "DIRECT", start: 43, end: 68, speaker: "person:ada-quillfeather", about: ["country:fd"] },
    ]);
    const role = await db.read({
      cypher: "MATCH (p:Person)-[r:HOLDS_ROLE]->(o) RETURN p.id AS p, r.title AS title, r.article AS article, o.id AS o",
      params: {},
    });
    expect(role).toEqual([{ p: "person:ada-quillfeather", title: "Minister", article: result.articleId, o: "country:nl" }]);
    // the statement's links carry what their index seeks: the entity and the day it sorts by (here the article's)
    expect(await statementLinks()).toEqual([
      ["ABOUT", "country:fd", "country:fd", "2024-03-01"],
      ["SAID_BY", "person:ada-quillfeather", "person:ada-quillfeather", "2024-03-01"],
    ]);
  });

  it("changes nothing when the same article is written twice (created: false, same node and relationship counts)", async () => {
    const { x, hash } = alpha();
    expect((await writeArticle(db, x, hash)).created).toBe(true);
    const before = await counts();
    const again = await writeArticle(db, { ...x, article: { ...x.article, title: "Another title" } }, hash);
    expect(again).toMatchObject({ created: false, outcome: "unchanged" });
    expect(await counts()).toEqual(before);
    expect(await one("MATCH (a:Article) RETURN a.title AS v")).toBe("Alpha");
  });

  it("is all or nothing: a failure just before commit leaves nothing of the article behind", async () => {
    const { x, hash } = alpha();
    await expect(
      writeArticle(db, x, hash, {
        beforeCommit: async (tx) => {
          await tx.run({ cypher: "RETURN 1 / toInteger($zero) AS boom", params: { zero: 0 } });
        },
      }),
    ).rejects.toThrow(/by zero/i);
    expect(await counts()).toEqual({ nodes: 0, rels: 0 });
  });

  it("rolls back a failing article without touching what other articles wrote", async () => {
    const first = alpha();
    await writeArticle(db, first.x, first.hash);
    const before = await counts();
    const second = makeExtraction("Ada Quillfeather visited Norland and Ruritania.", [
      { type: "PERSON", name: "Ada Quillfeather" },
      { type: "COUNTRY", name: "Ruritania", code: "RT" },
    ]);
    await expect(
      writeArticle(db, second.x, second.hash, { beforeCommit: () => Promise.reject(new Error("injected failure")) }),
    ).rejects.toThrow("injected failure");
    expect(await counts()).toEqual(before);
    expect(await one("MATCH (p:Person {id: 'person:ada-quillfeather'}) RETURN p.aliases AS v")).toEqual(["Quillfeather"]);
  });

  it("leaves one article and no duplicate entities or statements after ten concurrent writes of one article", async () => {
    const { x, hash } = alpha();
    const results = await Promise.all(Array.from({ length: 10 }, () => writeArticle(db, x, hash)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await one("MATCH (a:Article) RETURN count(a) AS v")).toBe(1);
    expect(await one("MATCH (e:Entity) RETURN count(e) AS v")).toBe(4);
    expect(await one("MATCH (s:Statement) RETURN count(s) AS v")).toBe(1);
    expect(await one("MATCH ()-[r:MENTIONS]->() RETURN count(r) AS v")).toBe(4);
    expect(await one("MATCH ()-[r:HOLDS_ROLE]->() RETURN count(r) AS v")).toBe(1);
  });

  it("does not duplicate shared entities when different articles naming them are written concurrently", async () => {
    const articles = Array.from({ length: 12 }, (_, i) =>
      makeExtraction(
        `Report ${i}: Ada Quillfeather met Bo Tannery in Norland; the Harbour Council and Freedonia were there. Quillfeather spoke.`,
        [
          { type: "PERSON", name: "Ada Quillfeather", aliases: ["Quillfeather"] },
          { type: "PERSON", name: "Bo Tannery" },
          { type: "COUNTRY", name: "Norland", code: "NL" },
          { type: "COUNTRY", name: "Freedonia", code: "FD" },
          { type: "ORGANISATION", name: "Harbour Council" },
        ],
      ),
    );
    // half of them name the person by surname only
    const surnameOnly = Array.from({ length: 6 }, (_, i) =>
      makeExtraction(`Brief ${i}: Quillfeather said nothing in Norland.`, [
        { type: "PERSON", name: "Quillfeather" },
        { type: "COUNTRY", name: "Norland", code: "NL" },
      ]),
    );
    await writeArticle(db, articles[0]!.x, articles[0]!.hash);
    await Promise.all([...articles.slice(1), ...surnameOnly].map((a) => writeArticle(db, a.x, a.hash)));
    expect(await one("MATCH (a:Article) RETURN count(a) AS v")).toBe(18);
    expect(await one("MATCH (e:Entity) RETURN collect(e.id) AS v").then((ids) => (ids as string[]).sort())).toEqual([
      "country:fd",
      "country:nl",
      "organisation:harbour-council",
      "person:ada-quillfeather",
      "person:bo-tannery",
    ]);
    expect(await mentioners("person:ada-quillfeather")).toHaveLength(18);
    expect(await mentioners("country:nl")).toHaveLength(18);
  });

  it("resolves countries by ISO code across articles, whatever name they were given", async () => {
    const a = makeExtraction("Norland voted.", [{ type: "COUNTRY", name: "Norland", code: "NL" }]);
    const b = makeExtraction("The Kingdom of Norland voted again.", [{ type: "COUNTRY", name: "Kingdom of Norland", code: "nl" }]);
    await writeArticle(db, a.x, a.hash);
    await writeArticle(db, b.x, b.hash);
    const rows = await db.read({
      cypher: "MATCH (c:Country) RETURN c.id AS id, c.name AS name, c.code AS code, c.aliases AS aliases",
      params: {},
    });
    expect(rows).toEqual([{ id: "country:nl", name: "Norland", code: "NL", aliases: ["Kingdom of Norland"] }]);
    expect(await mentioners("country:nl")).toHaveLength(2);
  });

  it("resolves people and organisations by normalised canonical name, accumulating aliases", async () => {
    const a = makeExtraction("Ada Quillfeather of the Harbour Council spoke.", [
      { type: "PERSON", name: "Ada Quillfeather", aliases: ["Minister Quillfeather"], say: ["Ada Quillfeather"] },
      { type: "ORGANISATION", name: "Harbour Council", aliases: ["HC"], say: ["Harbour Council"] },
    ]);
    const b = makeExtraction("ADA QUILLFEATHER of the Harbour council spoke again.", [
      { type: "PERSON", name: "ADA QUILLFEATHER", aliases: ["Dr Quillfeather"] },
      { type: "ORGANISATION", name: "Harbour council", aliases: ["The Council"], say: ["Harbour council"] },
    ]);
    await writeArticle(db, a.x, a.hash);
    await writeArticle(db, b.x, b.hash);
    expect(await people()).toEqual([
      {
        id: "person:ada-quillfeather",
        name: "Ada Quillfeather",
        aliases: ["Minister Quillfeather", "ADA QUILLFEATHER", "Dr Quillfeather"],
      },
    ]);
    const org = await db.read({ cypher: "MATCH (o:Organisation) RETURN o.id AS id, o.aliases AS aliases, o.nameKeys AS keys", params: {} });
    expect(org).toEqual([
      {
        id: "organisation:harbour-council",
        aliases: ["HC", "Harbour council", "The Council"],
        keys: ["harbour council", "hc", "the council"],
      },
    ]);
    expect(await mentioners("person:ada-quillfeather")).toHaveLength(2);
  });

  it("links a surname-only person to the one known person with that surname", async () => {
    const full = makeExtraction("Ada Quillfeather arrived.", [{ type: "PERSON", name: "Ada Quillfeather" }]);
    const bare = makeExtraction("Quillfeather left.", [{ type: "PERSON", name: "Quillfeather" }]);
    const fullId = (await writeArticle(db, full.x, full.hash)).articleId;
    const bareId = (await writeArticle(db, bare.x, bare.hash)).articleId;
    expect(await people()).toEqual([{ id: "person:ada-quillfeather", name: "Ada Quillfeather", aliases: ["Quillfeather"] }]);
    expect(await mentioners("person:ada-quillfeather")).toEqual([fullId, bareId].sort());
  });

  it("keeps a surname-only person apart when two known people share the surname", async () => {
    for (const body of ["Ada Quillfeather arrived.", "Tom Quillfeather arrived too."]) {
      const n = body.split(" ").slice(0, 2).join(" ");
      const a = makeExtraction(body, [{ type: "PERSON", name: n }]);
      await writeArticle(db, a.x, a.hash);
    }
    const bare = makeExtraction("Quillfeather left.", [{ type: "PERSON", name: "Quillfeather" }]);
    await writeArticle(db, bare.x, bare.hash);
    expect((await people()).map((p) => p.id)).toEqual(["person:ada-quillfeather", "person:quillfeather", "person:tom-quillfeather"]);
    expect(await mentioners("person:quillfeather")).toEqual([(await writeArticle(db, bare.x, bare.hash)).articleId]);
  });

  it("folds an earlier surname-only person into the full name that arrives later, statements and roles included", async () => {
    const bare = makeExtraction(
      "Quillfeather said “no comment” as head of the Harbour Council.",
      [
        { type: "PERSON", name: "Quillfeather", roles: [{ title: "head", of: "Harbour Council" }] },
        { type: "ORGANISATION", name: "Harbour Council" },
      ],
      [{ text: "no comment", speaker: "Quillfeather", about: ["Harbour Council"] }],
    );
    const bareId = (await writeArticle(db, bare.x, bare.hash)).articleId;
    expect((await people()).map((p) => p.id)).toEqual(["person:quillfeather"]);
    const full = makeExtraction("Ada Quillfeather arrived.", [{ type: "PERSON", name: "Ada Quillfeather" }]);
    const fullId = (await writeArticle(db, full.x, full.hash)).articleId;
    expect(await people()).toEqual([{ id: "person:ada-quillfeather", name: "Ada Quillfeather", aliases: ["Quillfeather"] }]);
    expect(await mentioners("person:ada-quillfeather")).toEqual([bareId, fullId].sort());
    expect(await one("MATCH (s:Statement)-[:SAID_BY]->(p:Person) RETURN p.id AS v")).toBe("person:ada-quillfeather");
    // the moved link names the entity it now leads to (the statement said on no day: its article has none)
    expect(await statementLinks()).toEqual([
      ["ABOUT", "organisation:harbour-council", "organisation:harbour-council", null],
      ["SAID_BY", "person:ada-quillfeather", "person:ada-quillfeather", null],
    ]);
    expect(await one("MATCH (p:Person)-[r:HOLDS_ROLE]->(o) RETURN [p.id, r.title, r.article, o.id] AS v")).toEqual([
      "person:ada-quillfeather",
      "head",
      bareId,
      "organisation:harbour-council",
    ]);
  });

  it("does not fold a surname-only person once the surname is ambiguous", async () => {
    const a = makeExtraction("Ada Quillfeather arrived.", [{ type: "PERSON", name: "Ada Quillfeather" }]);
    const b = makeExtraction("Tom Quillfeather arrived.", [{ type: "PERSON", name: "Tom Quillfeather" }]);
    const bare = makeExtraction("Quillfeather left.", [{ type: "PERSON", name: "Quillfeather" }]);
    const c = makeExtraction("Zed Quillfeather arrived.", [{ type: "PERSON", name: "Zed Quillfeather" }]);
    for (const w of [a, b, bare, c]) await writeArticle(db, w.x, w.hash);
    expect((await people()).map((p) => p.id)).toEqual([
      "person:ada-quillfeather",
      "person:quillfeather",
      "person:tom-quillfeather",
      "person:zed-quillfeather",
    ]);
  });

  it("replaces an article's derived facts when the extractor version changes, leaving other articles' facts alone", async () => {
    const other = makeExtraction(
      "Ada Quillfeather said “yes” in Norland.",
      [
        { type: "PERSON", name: "Ada Quillfeather", roles: [{ title: "Minister", of: "Norland" }] },
        { type: "COUNTRY", name: "Norland", code: "NL" },
      ],
      [{ text: "yes", speaker: "Ada Quillfeather", about: ["Norland"] }],
    );
    const otherId = (await writeArticle(db, other.x, other.hash)).articleId;
    const body = "Ada Quillfeather said “maybe” about Freedonia, as did Bo Tannery.";
    const v1 = makeExtraction(
      body,
      [
        { type: "PERSON", name: "Ada Quillfeather", roles: [{ title: "Envoy", of: "Freedonia" }] },
        { type: "PERSON", name: "Bo Tannery" },
        { type: "COUNTRY", name: "Freedonia", code: "FD" },
      ],
      [{ text: "maybe", speaker: "Ada Quillfeather", about: ["Freedonia"] }],
    );
    const id = (await writeArticle(db, v1.x, v1.hash)).articleId;
    const v2 = makeExtraction(
      body,
      [
        { type: "PERSON", name: "Ada Quillfeather" },
        { type: "COUNTRY", name: "Freedonia", code: "FD" },
      ],
      [{ text: "“maybe” about Freedonia", speaker: "Ada Quillfeather", about: ["Freedonia"], kind: "MIXED" }],
      {},
      "test-extract@2",
    );
    const result = await writeArticle(db, v2.x, v2.hash);
    expect(result).toMatchObject({ articleId: id, created: false, outcome: "reextracted" });
    expect(await one("MATCH (a:Article {id: $id}) RETURN a.extractor AS v", { id })).toBe("test-extract@2");
    const stmts = await db.read({
      cypher: "MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) RETURN a.id AS a, s.text AS text ORDER BY a",
      params: {},
    });
    expect(stmts).toEqual(
      [
        { a: otherId, text: "yes" },
        { a: id, text: "“maybe” about Freedonia" },
      ].sort((p, q) => (p.a < q.a ? -1 : 1)),
    );
    const roles = await db.read({ cypher: "MATCH ()-[r:HOLDS_ROLE]->() RETURN r.article AS a, r.title AS t", params: {} });
    expect(roles).toEqual([{ a: otherId, t: "Minister" }]);
    // Bo Tannery was mentioned only by the old extraction: with no mentions left, the entity goes
    expect(await one("MATCH (p:Entity {id: 'person:bo-tannery'}) RETURN count(p) AS v")).toBe(0);
    expect(await mentioners("person:ada-quillfeather")).toEqual([id, otherId].sort());
    expect(await mentioners("country:nl")).toEqual([otherId]);
  });

  it("treats the same URL with other text as a new version: the old article and its facts go", async () => {
    const url = "https://example.test/story";
    const v1 = makeExtraction(
      "Bo Tannery said “first” in Ruritania.",
      [
        { type: "PERSON", name: "Bo Tannery" },
        { type: "COUNTRY", name: "Ruritania", code: "RT" },
      ],
      [{ text: "first", speaker: "Bo Tannery" }],
      { url, outlet: "Daily Test" },
    );
    const keep = alpha();
    await writeArticle(db, keep.x, keep.hash);
    const oldId = (await writeArticle(db, v1.x, v1.hash)).articleId;
    const v2 = makeExtraction(
      "Bo Tannery said “second”, correcting an earlier report.",
      [{ type: "PERSON", name: "Bo Tannery" }],
      [{ text: "second", speaker: "Bo Tannery" }],
      {
        url,
        outlet: "Daily Test",
      },
    );
    const result = await writeArticle(db, v2.x, v2.hash);
    expect(result).toMatchObject({ created: true, replaced: oldId });
    expect(await one("MATCH (a:Article {url: $url}) RETURN collect(a.id) AS v", { url })).toEqual([result.articleId]);
    expect(await one("MATCH (a:Article {id: $id}) RETURN count(a) AS v", { id: oldId })).toBe(0);
    expect(await one("MATCH (s:Statement) RETURN collect(s.text) AS v").then((t) => (t as string[]).sort())).toEqual([
      "second",
      "we will talk to Freedonia",
    ]);
    expect(await one("MATCH (c:Entity {id: 'country:rt'}) RETURN count(c) AS v")).toBe(0);
    expect(await one("MATCH (a:Article) RETURN count(a) AS v")).toBe(2);
  });

  it("keeps one article per URL when two versions race", async () => {
    const url = "https://example.test/race";
    const versions = Array.from({ length: 5 }, (_, i) =>
      makeExtraction(`Version ${i} of the story about Ada Quillfeather.`, [{ type: "PERSON", name: "Ada Quillfeather" }], [], { url }),
    );
    await Promise.all(versions.map((v) => writeArticle(db, v.x, v.hash)));
    expect(await one("MATCH (a:Article) RETURN count(a) AS v")).toBe(1);
    expect(await one("MATCH (a:Article)-[:MENTIONS]->(p) RETURN count(p) AS v")).toBe(1);
  });
});

function spansOf(body: string, names: string[]): { starts: number[]; ends: number[]; count: number } {
  const spans: [number, number][] = [];
  for (const name of names) for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) spans.push([i, i + name.length]);
  const unique = [...new Map(spans.map((s) => [s.join("-"), s])).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { starts: unique.map((s) => s[0]), ends: unique.map((s) => s[1]), count: unique.length };
}
