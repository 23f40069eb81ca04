/**
 * One person per identity across articles: official texts name a president in full, with a middle
 * initial and a suffix ("President Joseph R. Biden, Jr."), then by surname ("President Biden") and by
 * title ("the President"); news names him "Joe Biden". After the seeds and three such texts the graph
 * holds one person for all of them, with every article.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFolder } from "../../src/ingest/ingest.js";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

const OFFICIAL = [
  {
    title: "Readout of President Joseph R. Biden, Jr.'s Call with Prime Minister Ingrid Solberg of Norway",
    text:
      "President Joseph R. Biden, Jr. spoke today with Prime Minister Ingrid Solberg of Norway. The President reaffirmed " +
      "the close partnership between the United States and Norway. The two leaders discussed energy security in Europe.",
  },
  {
    title: "Statement from President Biden on the Anniversary of the Alliance",
    text: 'Today President Biden said the alliance remains the bedrock of our security. "We will never waver," the President said.',
  },
  {
    title: "Remarks by President Biden Before Departing for the Summit",
    text: "President Biden told reporters at the White House that he expected progress on trade at the summit.",
  },
];

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await resetGraph(server.db);
  await ingestFolder(server.db, SEEDS, { maxArticleBytes: 1_000_000 });
  for (const a of OFFICIAL) {
    const res = await server.graphql(
      "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }",
      { i: { text: a.text, title: a.title, outlet: "The White House", publishedOn: "2022-02-20" } },
      { authorization: "Bearer test-key" },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  }
});
afterAll(() => server?.close());

type Person = { id: string; name: string; aliases: string[]; articles: { totalCount: number; edges: { node: { title: string } }[] } };

describe("one identity across articles", () => {
  it("people(filter: { name: \"Biden\" }) is one person holding the seeds' and every official text's articles", async () => {
    const res = await server.graphql<{ people: { totalCount: number; edges: { node: Person }[] } }>(
      '{ people(filter: { name: "Biden" }) { totalCount edges { node { id name aliases articles(first: 20) { totalCount edges { node { title } } } } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.people.totalCount).toBe(1);
    const biden = res.data?.people.edges[0]?.node;
    const titles = biden?.articles.edges.map((e) => e.node.title) ?? [];
    for (const a of OFFICIAL) expect(titles).toContain(a.title);
    // and the seed articles that name him
    expect(biden?.articles.totalCount).toBeGreaterThanOrEqual(OFFICIAL.length + 1);
    expect([biden?.name, ...(biden?.aliases ?? [])]).toEqual(expect.arrayContaining(["Joseph R. Biden"]));
  });

  it("gives him the statements of 'the President said' and keeps the source as written", async () => {
    const res = await server.graphql<{
      statements: { edges: { node: { text: string; source: string | null; speaker: { name: string } | null } }[] };
    }>('{ statements(filter: { text: "never waver" }) { edges { node { text source speaker { name } } } } }');
    expect(res.errors).toBeUndefined();
    const st = res.data?.statements.edges.map((e) => e.node) ?? [];
    expect(st).toHaveLength(1);
    expect(st[0]?.source).toBe("the President");
    expect(st[0]?.speaker?.name).toMatch(/Biden/);
  });
});
