/**
 * Keyset cursors against a graph that grows between pages: whatever is ingested between two
 * requests, a client walking a connection with `after` sees no item twice and misses none of the
 * items that were there when it started (offset cursors shifted by one for each newer article).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetGraph, startTestServer, type GraphQLResponse, type TestServer } from "../support/graph.js";
import { ingestStory } from "../support/stories.js";

type Item = { id?: string; kind?: string; article?: { id: string }; statement?: { id: string } | null };
type Conn = {
  totalCount: number;
  edges: { cursor: string; node: Item }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

let server: TestServer;
let stories = 0;
/** A new story dated `day` of December 2021. */
const ingest = (day: number) => ingestStory(server, stories++, `2021-12-${String(day).padStart(2, "0")}`);

beforeAll(async () => {
  server = await startTestServer();
  await resetGraph(server.db);
  for (let day = 1; day <= 6; day++) await ingest(day);
});
afterAll(() => server?.close());

/**
 * Walks `field` (a connection at the root, or under `node(id)` when `nodeId` is given) two items at a
 * time, calling `between` after each page; returns the ids in the order seen.
 */
async function walk(
  field: string,
  between: (page: number) => Promise<void>,
  nodeId?: string,
  selection = "id",
): Promise<{ ids: string[]; first: Conn }> {
  const query = nodeId
    ? `query($a: String, $id: ID!) { node(id: $id) { ... on Entity { c: ${field}(first: 2, after: $a) { totalCount edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor } } } } }`
    : `query($a: String) { c: ${field}(first: 2, after: $a) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
  const ids: string[] = [];
  let after: string | null = null;
  let first: Conn | null = null;
  for (let page = 0; page < 50; page++) {
    const res: GraphQLResponse<{ c?: Conn; node?: { c: Conn } }> = await server.graphql(query, {
      a: after,
      ...(nodeId ? { id: nodeId } : {}),
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const conn: Conn = (res.data!.c ?? res.data!.node!.c)!;
    first ??= conn;
    // a timeline event has no id: its kind, article and statement identify it
    ids.push(...conn.edges.map((e) => e.node.id ?? `${e.node.kind} ${e.node.article?.id} ${e.node.statement?.id ?? ""}`));
    if (!conn.pageInfo.hasNextPage) return { ids, first: first };
    after = conn.pageInfo.endCursor;
    await between(page);
  }
  throw new Error(`${field}: more than 50 pages`);
}

describe("keyset cursors while articles arrive", () => {
  it("articles: a newer article ingested after each page neither repeats an article nor hides one", async () => {
    const before = await server.graphql<{ articles: Conn }>("{ articles(first: 100) { totalCount edges { node { id } } } }");
    const existing = before.data!.articles.edges.map((e) => e.node.id!);
    let day = 20;
    const { ids } = await walk("articles", async () => void (await ingest(day++)));
    expect(new Set(ids).size).toBe(ids.length);
    // every article there at the start, in the same order (the newer ones sort before the cursor)
    expect(ids).toEqual(existing);
  });

  it("articles: an older article ingested mid-walk sorts after the cursor and is seen once", async () => {
    const older = ingestStory.bind(null, server);
    let added: string | null = null;
    const { ids } = await walk("articles", async (page) => {
      if (page === 0) added = await older(stories++, "2021-11-01");
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(added);
    expect(ids.at(-1)).toBe(added);
  });

  it("statements, an entity's articles and the people list: no repeats while statements and mentions are added", async () => {
    const statements = await walk("statements", async () => void (await ingest(28)));
    expect(statements.first.totalCount).toBeGreaterThanOrEqual(6);
    expect(new Set(statements.ids).size).toBe(statements.ids.length);

    const people = await walk("people", async () => void (await ingest(29)));
    expect(people.first.totalCount).toBeGreaterThanOrEqual(6);
    expect(new Set(people.ids).size).toBe(people.ids.length);
    expect(people.ids.length).toBeGreaterThanOrEqual(people.first.totalCount);

    const russia = (await server.graphql<{ countries: Conn }>('{ countries(filter: { name: "Russia" }) { edges { node { id } } } }')).data!
      .countries.edges[0]!.node.id;
    const mentions = await walk("articles", async () => void (await ingest(30)), russia);
    expect(mentions.first.totalCount).toBeGreaterThanOrEqual(6);
    expect(new Set(mentions.ids).size).toBe(mentions.ids.length);
    const timeline = await walk("timeline", async () => void (await ingest(2)), russia, "kind article { id } statement { id }");
    expect(timeline.first.totalCount).toBeGreaterThanOrEqual(6);
    expect(new Set(timeline.ids).size).toBe(timeline.ids.length);
  });
});

describe("cursors the API did not make for this list", () => {
  it("refuses an offset cursor of an earlier version with BAD_USER_INPUT saying so", async () => {
    const res = await server.graphql('{ articles(first: 2, after: "bzo0") { totalCount } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    expect(res.errors?.[0]?.message).toMatch(/offset cursor from an earlier version of this API.*start again without `after`/);
  });

  it("refuses the cursor of another list with BAD_USER_INPUT, at the root and in nested fields", async () => {
    const articles = await server.graphql<{ articles: Conn }>("{ articles(first: 1) { edges { cursor } } }");
    const cursor = articles.data!.articles.edges[0]!.cursor;
    for (const query of [
      `query($a: String) { people(after: $a) { totalCount } }`,
      `query($a: String) { articles(first: 1) { edges { node { statements(after: $a) { totalCount } } } } }`,
    ]) {
      const res = await server.graphql(query, { a: cursor });
      expect(res.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message, query).toMatch(/cursor of another list/);
    }
  });
});
