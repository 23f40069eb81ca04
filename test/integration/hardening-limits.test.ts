/**
 * Query limits on the real server (production mode): each over-limit query gets HTTP 400, a message
 * naming the limit and `extensions: { code: "QUERY_LIMIT", limit }`, and Neo4j is never touched
 * (Db.read/write are counted, and NEWSGRAPH_QUERY_STATS reports 0 Cypher queries).
 * Sandbox's introspection query and real exploration queries pass.
 */
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { QUERY_LIMITS } from "../../src/server/limits.js";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";

/** `levels` nested `ofType` selections under `__type`, which needs no database: depth = levels + 2. */
function nestedTypeQuery(levels: number): string {
  return `{ articles(first: 1) { totalCount } __type(name: "Query") { ${"ofType { ".repeat(levels)}name${" }".repeat(levels)} } }`;
}

/** The classic fragment bomb: each fragment spreads the one below it twice; tiny text, exponential cost. */
function fragmentBomb(levels: number): string {
  const fragments = [`fragment F0 on __Type { name kind description }`];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on __Type { ofType { ...F${i - 1} } ...F${i - 1} }`);
  return `{ articles(first: 1) { totalCount } __type(name: "Query") { ...F${levels} } } ${fragments.join(" ")}`;
}

/** people → statementsBy → about → articles, each connection with `first: size` (null: the default page size). */
function pagesOfPages(size: number | string | null): string {
  const first = size === null ? "" : `(first: ${size})`;
  return `{ people${first} { edges { node { name statementsBy${first} { edges { node { text about { name articles${first} { edges { node { title } } } } } } } } } } }`;
}

describe("query limits, production mode", () => {
  let server: TestServer;
  let reads: MockInstance;
  let writes: MockInstance;

  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: "production", NEWSGRAPH_QUERY_STATS: "true" });
    await resetGraph(server.db);
    reads = vi.spyOn(server.db, "read");
    writes = vi.spyOn(server.db, "write");
  });
  beforeEach(() => {
    reads.mockClear();
    writes.mockClear();
  });
  afterAll(() => server?.close());

  async function expectRefused(query: string, limit: string, message: RegExp): Promise<void> {
    const res = await server.graphql(query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_LIMIT", limit });
    expect(res.data).toBeUndefined();
    expect(reads).not.toHaveBeenCalled();
    expect(writes).not.toHaveBeenCalled();
    // the stats plugin answers for rejected operations too (not for parse failures, which have no context)
    if (res.extensions?.queryStats) expect(res.extensions.queryStats).toMatchObject({ cypherQueries: 0 });
  }

  it("refuses a query deeper than the depth limit", async () => {
    await expectRefused(nestedTypeQuery(QUERY_LIMITS.depth), "depth", new RegExp(`depth limit of ${QUERY_LIMITS.depth} exceeded`));
  });

  it("refuses more aliases than the alias limit", async () => {
    const fields = Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`);
    await expectRefused(`{ ${fields.join(" ")} }`, "aliases", new RegExp(`Aliases limit of ${QUERY_LIMITS.aliases} exceeded`));
  });

  it("refuses a fragment bomb, and pages of pages too large to answer, by their cost", async () => {
    await expectRefused(fragmentBomb(10), "cost", new RegExp(`Cost limit of ${QUERY_LIMITS.cost} exceeded`));
    await expectRefused(pagesOfPages(100), "cost", new RegExp(`Cost limit of ${QUERY_LIMITS.cost} exceeded`));
  });

  it("counts page sizes given as variables, and the default page size, in the cost", async () => {
    const query = `query($n: Int) { ${pagesOfPages("$n").slice(2, -2)} }`;
    const res = await server.graphql(query, { n: 100 });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_LIMIT", limit: "cost" });
    expect(reads).not.toHaveBeenCalled();
    const small = await server.graphql(query, { n: 5 });
    expect(small.errors).toBeUndefined();
    const defaults = await server.graphql(pagesOfPages(null));
    expect(defaults.errors).toBeUndefined();
  });

  it("refuses more directives than the directive limit", async () => {
    const directives = "@include(if: true) ".repeat(QUERY_LIMITS.directives + 1);
    await expectRefused(
      `{ articles(first: 1) { totalCount ${directives} } }`,
      "directives",
      new RegExp(`Directives limit of ${QUERY_LIMITS.directives} exceeded`),
    );
  });

  it("refuses a document with more tokens than the token limit", async () => {
    await expectRefused(
      `{ articles(first: 1) { totalCount } ${"__typename ".repeat(QUERY_LIMITS.tokens)} }`,
      "tokens",
      new RegExp(`Token limit of ${QUERY_LIMITS.tokens} exceeded`),
    );
  });

  it("refuses a page larger than the maximum page size before querying", async () => {
    const res = await server.graphql("{ articles(first: 101) { totalCount } }");
    expect(res.errors?.[0]).toMatchObject({ message: "first must be at most 100, got 101", extensions: { code: "BAD_USER_INPUT" } });
    expect(reads).not.toHaveBeenCalled();
    expect(res.extensions?.queryStats).toMatchObject({ cypherQueries: 0 });
  });

  it("lets Sandbox's full introspection query through", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const res = await server.graphql<{ __schema: { types: unknown[] } }>(query);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBeGreaterThan(10);
  });

  it("lets real exploration through: nested connections, a full page, just under each limit", async () => {
    const queries = [
      `{ statements(first: 20) { totalCount edges { node { id text kind verb saidOn
          speaker { id name ... on Person { roles { title of { name } } } statementsBy(first: 10) { edges { node { text about { id name } article { title } } } } }
          about { id name } article { id title outlet { name } people { name } } } } } }`,
      "{ articles(first: 100) { totalCount edges { cursor node { id title url publishedOn outlet { id name } } } pageInfo { hasNextPage endCursor } } }",
      `{ ${Array.from({ length: QUERY_LIMITS.aliases }, (_, i) => `a${i}: articles(first: 20) { totalCount edges { node { id title } } }`).join(" ")} }`,
      nestedTypeQuery(QUERY_LIMITS.depth - 2),
    ];
    for (const query of queries) {
      const res = await server.graphql(query);
      expect(res.errors, query.slice(0, 60)).toBeUndefined();
      expect(res.status).toBe(200);
    }
    expect(reads).toHaveBeenCalled();
  });
});
