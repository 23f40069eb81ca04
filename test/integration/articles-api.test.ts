import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFolder } from "../../src/ingest/ingest.js";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

describe("articles over GraphQL, seeds loaded into the real Neo4j", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await resetGraph(server.db);
    await ingestFolder(server.db, SEEDS, { maxArticleBytes: 1_000_000 });
  });
  afterAll(() => server?.close());

  it("lists both seed articles, newest first, with their real titles and dates", async () => {
    const res = await server.graphql<{
      articles: { totalCount: number; edges: { node: { title: string; publishedOn: string; body: string } }[] };
    }>("{ articles(first: 10) { totalCount edges { node { title publishedOn body } } } }");
    expect(res.errors).toBeUndefined();
    expect(res.data?.articles.totalCount).toBe(2);
    expect(res.data?.articles.edges.map((e) => [e.node.title, e.node.publishedOn])).toEqual([
      ["Biden-Putin Meeting: Starts with “Greetings Mr President”, Ends with Ukraine’s Tension", "2021-12-08"],
      ["White House reveals what Biden wants to discuss with Putin", "2021-12-07"],
    ]);
    for (const { node } of res.data!.articles.edges) {
      expect(node.body).not.toMatch(/Read more|Featured Stories|Accept cookies|Get short URL/);
    }
  });

  it("pages with cursors: first: 1 then after the end cursor, then nothing after the last", async () => {
    const q = `query($after: String) { articles(first: 1, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    type R = {
      articles: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const one = await server.graphql<R>(q);
    expect(one.data?.articles.pageInfo.hasNextPage).toBe(true);
    const two = await server.graphql<R>(q, { after: one.data?.articles.pageInfo.endCursor });
    expect(two.data?.articles.edges).toHaveLength(1);
    expect(two.data?.articles.edges[0]?.node.id).not.toBe(one.data?.articles.edges[0]?.node.id);
    expect(two.data?.articles.pageInfo.hasNextPage).toBe(false);
    const three = await server.graphql<R>(q, { after: two.data?.articles.pageInfo.endCursor });
    expect(three.data?.articles).toMatchObject({ totalCount: 2, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("answers first: 0 with the count and no edges, and refuses a page over the limit", async () => {
    const zero = await server.graphql<{ articles: { totalCount: number; edges: unknown[] } }>(
      "{ articles(first: 0) { totalCount edges { cursor } } }",
    );
    expect(zero.data?.articles).toEqual({ totalCount: 2, edges: [] });
    const big = await server.graphql("{ articles(first: 101) { totalCount } }");
    expect(big.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(big.errors?.[0]?.message).toMatch(/first must be at most 100/);
  });

  it("fetches an article by its global id with node(id), and null for an unknown id", async () => {
    const list = await server.graphql<{ articles: { edges: { node: { id: string } }[] } }>(
      "{ articles(first: 1) { edges { node { id } } } }",
    );
    const id = list.data!.articles.edges[0]!.node.id;
    const res = await server.graphql<{ node: { id: string; title: string } | null }>(
      "query($id: ID!) { node(id: $id) { id ... on Article { title } } }",
      { id },
    );
    expect(res.data?.node?.id).toBe(id);
    const missing = await server.graphql<{ node: null }>('{ node(id: "article:nope") { id } }');
    expect(missing.data?.node).toBeNull();
  });

  it("serves the Apollo Sandbox landing page to a browser asking for HTML", async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/embeddable-sandbox|sandbox/i);
  });

  it("reports health and readiness", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it("keeps the text as ingested, and each statement's evidence offsets select its text there", async () => {
    type R = {
      articles: {
        edges: {
          node: {
            source: string;
            statements: { edges: { node: { text: string; evidence: { start: number; end: number; text: string } } }[] };
          };
        }[];
      };
    };
    const res = await server.graphql<R>(
      "{ articles(first: 10) { edges { node { source statements(first: 50) { edges { node { text evidence { start end text } } } } } } } }",
    );
    expect(res.errors).toBeUndefined();
    let checked = 0;
    for (const { node: article } of res.data!.articles.edges) {
      expect(article.source).toMatch(/^ date \d{4}-\d{2}-\d{2}/);
      for (const { node: s } of article.statements.edges) {
        expect(article.source.slice(s.evidence.start, s.evidence.end)).toBe(s.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
