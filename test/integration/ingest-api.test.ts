import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestFolder } from "../../src/ingest/ingest.js";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");
const AUTH = { authorization: "Bearer test-key" };

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id title url publishedOn body outlet { name } } }
}`;

type Payload = {
  ingestArticle: {
    created: boolean;
    article: {
      id: string;
      title: string | null;
      url: string | null;
      publishedOn: string | null;
      body: string;
      outlet: { name: string } | null;
    };
  };
};

const STORY = `Quillfeather talks resume

The Norland foreign minister, Ada Quillfeather, said on Monday that “talks with Freedonia will resume next week”.
Quillfeather told reporters in Oslo that the Harbour Council had agreed.`;

describe("Mutation.ingestArticle over HTTP", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());
  beforeEach(() => resetGraph(server.db));

  const articleCount = async () => (await server.db.read({ cypher: "MATCH (n) RETURN count(n) AS n", params: {} }))[0]!.n;

  it("ingests an article with its metadata and answers created: true, then created: false for the same text", async () => {
    const input = { text: STORY, url: "https://example.test/q", title: "Talks resume", outlet: "Daily Test", publishedOn: "2024-03-04" };
    const first = await server.graphql<Payload>(INGEST, { input }, AUTH);
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle).toMatchObject({
      created: true,
      article: { title: "Talks resume", url: "https://example.test/q", publishedOn: "2024-03-04", outlet: { name: "Daily Test" } },
    });
    expect(first.data?.ingestArticle.article.body).toContain("Ada Quillfeather");
    const nodes = await articleCount();
    const second = await server.graphql<Payload>(INGEST, { input: { text: STORY } }, AUTH);
    expect(second.data?.ingestArticle).toMatchObject({ created: false, article: { id: first.data?.ingestArticle.article.id } });
    expect(await articleCount()).toBe(nodes);
  });

  it.each([
    ["no Authorization header", {}],
    ["a wrong key", { authorization: "Bearer wrong" }],
    ["a key without Bearer", { authorization: "test-key" }],
  ])("refuses with UNAUTHENTICATED and writes nothing given %s", async (_label, headers) => {
    const res = await server.graphql(INGEST, { input: { text: STORY } }, headers);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.data ?? null).toBeNull();
    expect(await articleCount()).toBe(0);
  });

  it.each([
    ["empty text", { text: "" }, /text is empty/],
    ["whitespace", { text: " \n\t " }, /text is empty/],
    ["binary data", { text: "PK\u0003\u0004\u0000\u0000binary" }, /control character/],
    ["a lone surrogate", { text: "bad \uD800 text" }, /not valid Unicode/],
    ["a bad date", { text: STORY, publishedOn: "2024-02-30" }, /publishedOn must be a date/],
    ["a non-http URL", { text: STORY, url: "ftp://example.test/x" }, /url must be an http/],
    ["HTML with no text", { text: "<html><body><img src=x></body></html>" }, /text is empty/],
  ])("refuses %s with BAD_USER_INPUT saying what is wrong, and writes nothing", async (_label, input, message) => {
    const res = await server.graphql(INGEST, { input }, AUTH);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await articleCount()).toBe(0);
  });

  it("refuses text over the size limit with BAD_USER_INPUT", async () => {
    const small = await startTestServer({ NEWSGRAPH_MAX_ARTICLE_BYTES: "1000" });
    try {
      const res = await small.graphql(INGEST, { input: { text: "word ".repeat(300) } }, AUTH);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toMatch(/1500 bytes, over the limit of 1000 bytes/);
    } finally {
      await small.close();
    }
    expect(await articleCount()).toBe(0);
  });

  it("turns HTML into text before extracting", async () => {
    const html = `<html><head><title>x</title></head><body><article><h1>Quillfeather talks resume</h1>
      <p>The Norland foreign minister, <b>Ada Quillfeather</b>, said on Monday that “talks with Freedonia will resume”.</p>
      <p><a href="https://example.test/more">Quillfeather</a> told reporters the <i>Harbour Council</i> had agreed.</p></article></body></html>`;
    const res = await server.graphql<Payload>(INGEST, { input: { text: html } }, AUTH);
    expect(res.errors).toBeUndefined();
    expect(res.data?.ingestArticle.article.body).not.toMatch(/<\/?(p|b|a|article)\b/);
    expect(res.data?.ingestArticle.article.body).toContain("Ada Quillfeather");
  });

  it("leaves one article and no duplicates after ten concurrent ingests of one article over HTTP", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => server.graphql<Payload>(INGEST, { input: { text: STORY } }, AUTH)));
    expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
    expect(results.filter((r) => r.data?.ingestArticle.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data?.ingestArticle.article.id)).size).toBe(1);
    const [row] = await server.db.read({
      cypher: `MATCH (a:Article) WITH count(a) AS articles
               MATCH (e:Entity) WITH articles, count(e) AS entities, count(DISTINCT e.id) AS distinctEntities
               OPTIONAL MATCH (s:Statement) RETURN articles, entities, distinctEntities, count(s) AS statements, count(DISTINCT s.id) AS distinctStatements`,
      params: {},
    });
    expect(row!.articles).toBe(1);
    expect(row!.entities).toBe(row!.distinctEntities);
    expect(row!.statements).toBe(row!.distinctStatements);
  });
});

describe("the two seed articles, ingested through the real extractor", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await resetGraph(server.db);
  });
  afterAll(() => server?.close());

  const entity = (label: string, name: string) =>
    server.db.read({
      cypher: `MATCH (e:Entity) WHERE $label IN labels(e) AND (toLower(e.name) = toLower($name) OR toLower($name) IN e.nameKeys)
               OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
               RETURN e.id AS id, e.name AS name, e.code AS code, count(a) AS articles`,
      params: { label, name },
    });

  it("gives one Joe Biden with two articles, one Vladimir Putin, one Russia (RU), and Peskov's statements from both outlets", async () => {
    await ingestFolder(server.db, SEEDS, { maxArticleBytes: 1_000_000 });
    expect(await entity("Person", "Joe Biden")).toEqual([{ id: "person:joe-biden", name: "Joe Biden", code: null, articles: 2 }]);
    expect(await entity("Person", "Biden")).toHaveLength(1);
    expect(await entity("Person", "Vladimir Putin")).toEqual([
      { id: "person:vladimir-putin", name: "Vladimir Putin", code: null, articles: 2 },
    ]);
    expect(await entity("Person", "Putin")).toHaveLength(1);
    expect(await entity("Country", "Russia")).toEqual([{ id: "country:ru", name: "Russia", code: "RU", articles: 2 }]);
    const peskov = await server.db.read({
      cypher: `MATCH (p:Person) WHERE p.name ENDS WITH 'Peskov'
               OPTIONAL MATCH (s:Statement)-[:SAID_BY]->(p)
               OPTIONAL MATCH (s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(o:Outlet)
               RETURN p.id AS id, count(DISTINCT s) AS statements, collect(DISTINCT o.name) AS outlets`,
      params: {},
    });
    expect(peskov).toHaveLength(1);
    expect(peskov[0]!.id).toBe("person:dmitry-peskov");
    expect((peskov[0]!.outlets as string[]).length).toBe(2);
    // his statements, counted per outlet: each of the two carries at least one
    const perOutlet = await server.db.read({
      cypher: `MATCH (:Person {id: 'person:dmitry-peskov'})<-[:SAID_BY]-(s:Statement)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(o:Outlet)
               RETURN o.name AS outlet, count(DISTINCT s) AS statements ORDER BY outlet`,
      params: {},
    });
    expect(perOutlet).toHaveLength(2);
    for (const row of perOutlet) expect(row.statements as number).toBeGreaterThanOrEqual(1);
    expect(perOutlet.reduce((n, r) => n + (r.statements as number), 0)).toBe(peskov[0]!.statements);
  });

  it("reads the same seeds again without changing anything", async () => {
    const count = async () =>
      (
        await server.db.read({ cypher: "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r", params: {} })
      )[0];
    const before = await count();
    expect(await ingestFolder(server.db, SEEDS, { maxArticleBytes: 1_000_000 })).toBe(0);
    expect(await count()).toEqual(before);
  });

  it("links each seed statement to its article and, when known, to its speaker", async () => {
    const rows = await server.db.read({
      cypher: "MATCH (s:Statement) OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) RETURN count(s) AS all, count(a) AS withArticle",
      params: {},
    });
    expect(rows[0]!.all).toBeGreaterThan(3);
    expect(rows[0]!.withArticle).toBe(rows[0]!.all);
    const text = await readFile(path.join(SEEDS, "000_691b2acb9da4b58d.txt"), "utf8");
    const spans = await server.db.read({ cypher: "MATCH (s:Statement) RETURN s.start AS start, s.end AS end, s.text AS text", params: {} });
    expect(spans.some((s) => text.slice(s.start as number, s.end as number) === s.text)).toBe(true);
  });
});
