/**
 * The read API with the seed articles loaded (plus the made-up world of api-fixtures.ts): the
 * questions the issue asks of real news, and the query count over real extraction output.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFolder } from "../../src/ingest/ingest.js";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";
import { writeWorld } from "./api-fixtures.js";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

type Named = { id: string; name: string };
type St = {
  text: string;
  kind: string;
  speaker: Named | null;
  about: (Named & { aliases: string[] })[];
  article: { title: string | null };
};
type Conn<T> = { totalCount: number; edges: { node: T }[] };

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ NEWSGRAPH_QUERY_STATS: "true" });
  await resetGraph(server.db);
  await ingestFolder(server.db, SEEDS, { maxArticleBytes: 1_000_000 });
  await writeWorld(server.db);
});
afterAll(() => server?.close());

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await server.graphql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

const STATEMENTS = `query($f: StatementFilter) { statements(filter: $f, first: 50) { totalCount edges { node { text kind speaker { id name } about { id name aliases } article { title } } } } }`;

describe("the seeds over GraphQL", () => {
  it('statements(filter: { speaker: "Peskov" }) gives Dmitry Peskov\'s statements, and only his', async () => {
    const d = await ok<{ statements: Conn<St> }>(STATEMENTS, { f: { speaker: "Peskov" } });
    const said = d.statements.edges.map((e) => e.node);
    // four: one in the RT article, three in the Islam Times one
    expect(said).toHaveLength(4);
    expect(new Set(said.map((s) => s.article.title)).size).toBe(2);
    expect(said.every((s) => s.speaker?.name === "Dmitry Peskov")).toBe(true);
    expect(said.map((s) => s.text).join(" ")).toMatch(/never planned to attack anyone/);
  });

  it('statements(filter: { about: "NATO" }) finds the statements about NATO', async () => {
    const d = await ok<{ statements: Conn<St> }>(STATEMENTS, { f: { about: "NATO" } });
    expect(d.statements.totalCount).toBeGreaterThanOrEqual(1);
    for (const { node } of d.statements.edges) expect(node.about.some((a) => a.name === "NATO" || a.aliases.includes("NATO"))).toBe(true);
    expect(d.statements.edges.map((e) => e.node.text).join(" ")).toMatch(/NATO/);
  });

  it('people(filter: { name: "Biden" }) finds Joe Biden by his surname', async () => {
    const d = await ok<{ people: Conn<Named> }>('{ people(filter: { name: "Biden" }) { totalCount edges { node { id name } } } }');
    expect(d.people.edges.map((e) => e.node.name)).toContain("Joe Biden");
  });

  it("search ranks the person named first for a surname", async () => {
    const d = await ok<{ search: { node: { __typename: string; name?: string } }[] }>(
      '{ search(query: "Peskov", first: 5) { score node { __typename ... on Entity { name } } } }',
    );
    expect(d.search[0]?.node).toMatchObject({ __typename: "Person", name: "Dmitry Peskov" });
  });

  it("links Dmitry Peskov to Joe Biden through the articles that mention both", async () => {
    const ids = await ok<{ peskov: Conn<Named>; biden: Conn<Named> }>(
      '{ peskov: people(filter: { name: "Dmitry Peskov" }) { edges { node { id name } } } biden: people(filter: { name: "Joe Biden" }) { edges { node { id name } } } }',
    );
    const from = ids.peskov.edges[0]!.node.id;
    const to = ids.biden.edges[0]!.node.id;
    const d = await ok<{ connection: { length: number; hops: { articles: { title: string }[] }[] }[] }>(
      "query($from: ID!, $to: ID!) { connection(from: $from, to: $to) { length hops { articles { title } } } }",
      { from, to },
    );
    expect(d.connection[0]?.length).toBe(1);
    expect(d.connection[0]?.hops[0]?.articles.length).toBeGreaterThanOrEqual(1);
  });

  it("runs the same number of Cypher queries for a nested query over one article and over all of them", async () => {
    const q = `query($n: Int) { articles(first: $n) { totalCount edges { node { title people { name statementsBy(first: 10) { edges { node { speaker { name } about { name } } } } } } } } }`;
    const run = async (n: number) => {
      const res = await server.graphql<{ articles: { totalCount: number; edges: unknown[] } }>(q, { n });
      expect(res.errors).toBeUndefined();
      return {
        edges: res.data!.articles.edges.length,
        total: res.data!.articles.totalCount,
        queries: (res.extensions?.queryStats as { cypherQueries: number }).cypherQueries,
      };
    };
    const one = await run(1);
    const all = await run(one.total);
    expect(all.edges).toBe(10);
    expect(all.queries).toBe(one.queries);
    // articles with their people, statementsBy (carrying their speakers), about
    expect(one.queries).toBe(3);
  });

  it("node(id) fetches an entity's paged and co-mention fields in its own query, with the same answers", async () => {
    const { people } = await ok<{ people: Conn<Named> }>(`{ people(filter: { name: "Peskov" }, first: 1) { edges { node { id name } } } }`);
    const id = people.edges[0]!.node.id;
    const q = `query($id: ID!, $n: Int) { node(id: $id) { ... on Person { name ...P coMentions(first: $n) { count entity { id } } } } }
      fragment P on Entity { articles(first: 2) { totalCount edges { node { id } } } statementsBy(first: 3) { edges { node { id speaker { id } } } } }`;
    const res = await server.graphql<{ node: { name: string; articles: Conn<{ id: string }>; coMentions: unknown[] } }>(q, { id, n: 3 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.name).toBe(people.edges[0]!.node.name);
    expect(res.data!.node.articles.totalCount).toBeGreaterThan(0);
    expect(res.data!.node.coMentions.length).toBe(3);
    // entity, coMentions, articles, statementsBy: one query
    expect((res.extensions?.queryStats as { cypherQueries: number }).cypherQueries).toBe(1);
    // the same fields of the same person three levels down, where the batched loaders fetch them, answer the same
    const deep = await server.graphql<{ node: { statementsBy: Conn<{ speaker: unknown }> } }>(
      `query($id: ID!, $n: Int) { node(id: $id) { ... on Person { statementsBy(first: 1) { edges { node { speaker {
        ... on Person { name ...P coMentions(first: $n) { count entity { id } } } } } } } } } }
      fragment P on Entity { articles(first: 2) { totalCount edges { node { id } } } statementsBy(first: 3) { edges { node { id speaker { id } } } } }`,
      { id, n: 3 },
    );
    expect(deep.errors).toBeUndefined();
    expect((deep.extensions?.queryStats as { cypherQueries: number }).cypherQueries).toBeGreaterThan(1);
    expect(deep.data!.node.statementsBy.edges[0]!.node.speaker).toEqual(res.data!.node);
  });
});
