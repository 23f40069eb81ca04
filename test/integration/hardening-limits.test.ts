/**
 * Query limits on the real server (production mode), each at limit − 1 and limit (answered) and limit + 1
 * (refused): an over-limit query gets HTTP 400, a message
 * naming the limit and `extensions: { code: "QUERY_LIMIT", limit }`, and Neo4j is never touched
 * (Db.read/write are counted, and NEWSGRAPH_QUERY_STATS reports 0 Cypher queries).
 * Sandbox's introspection query and real exploration queries pass.
 */
import { getIntrospectionQuery, Lexer, Source, TokenKind } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { QUERY_LIMITS } from "../../src/server/limits.js";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";

/** `levels` nested `ofType` selections under `__type`, which needs no database: depth = levels + 2. */
function nestedTypeQuery(levels: number): string {
  return `{ articles(first: 1) { totalCount } __type(name: "Query") { ${"ofType { ".repeat(levels)}name${" }".repeat(levels)} } }`;
}

/** people → statementsBy → about → articles with the given page sizes, and totals at each page. */
function pagesOfPagesWithTotals(a: number, b: number, c: number): string {
  return `people(first: ${a}) { totalCount edges { node { name statementsBy(first: ${b}) { totalCount edges { node { text about { name articles(first: ${c}) { totalCount } } } } } } } }`;
}

/** Lexical tokens of a document as graphql-js's parser counts them for maxTokens (every token but start and end of file). */
function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/** What an analyst might ask of an article page: every field distinct (validation of a long list of one field is quadratic). */
const ARTICLE_PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title url publishedOn outlet { id name }
  people { id name aliases roles { title of { id name } } } countries { id name code aliases } organisations { id name aliases }
  statements(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id text kind verb saidOn
  evidence { start end } speaker { id name } about { id name } article { id title } } } } } }`;

/** A long real document of exactly `n` tokens: one aliased article page per allowed alias, padded with `__typename`s. */
function documentOfTokens(n: number): string {
  const groups = QUERY_LIMITS.aliases;
  const document = (pads: number[]) =>
    `{ ${pads.map((pad, i) => `a${i}: articles(first: 1) { ${ARTICLE_PAGE} ${"__typename ".repeat(pad)}}`).join(" ")} }`;
  const filler = n - tokenCount(document(Array<number>(groups).fill(0)));
  return document(Array.from({ length: groups }, (_, i) => Math.floor(filler / groups) + (i < filler % groups ? 1 : 0)));
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
    reads.mockClear();
    writes.mockClear();
    const res = await server.graphql(query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_LIMIT", limit });
    expect(res.data).toBeUndefined();
    expect(reads).not.toHaveBeenCalled();
    expect(writes).not.toHaveBeenCalled();
    // the stats plugin answers for every refused operation, the token limit's parse failure included
    expect(res.extensions?.queryStats).toMatchObject({ cypherQueries: 0 });
  }

  async function expectAccepted(query: string, variables?: Record<string, unknown>): Promise<void> {
    const res = await server.graphql(query, variables);
    expect(res.errors, query.slice(0, 80)).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.data).toBeDefined();
  }

  it("takes a query at the depth limit and one under it, refuses one over it", async () => {
    // nestedTypeQuery(n) is n + 2 deep
    await expectAccepted(nestedTypeQuery(QUERY_LIMITS.depth - 3));
    await expectAccepted(nestedTypeQuery(QUERY_LIMITS.depth - 2));
    await expectRefused(
      nestedTypeQuery(QUERY_LIMITS.depth - 1),
      "depth",
      new RegExp(`depth limit of ${QUERY_LIMITS.depth} exceeded, found ${QUERY_LIMITS.depth + 1}\\.`),
    );
  });

  it("takes as many aliases as the alias limit, and one fewer; refuses one more", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(" ")} }`;
    await expectAccepted(aliases(QUERY_LIMITS.aliases - 1));
    await expectAccepted(aliases(QUERY_LIMITS.aliases));
    await expectRefused(
      aliases(QUERY_LIMITS.aliases + 1),
      "aliases",
      new RegExp(`Aliases limit of ${QUERY_LIMITS.aliases} exceeded, found ${QUERY_LIMITS.aliases + 1}\\.`),
    );
  });

  it("takes a query costing exactly the cost limit, and one less; refuses one more", async () => {
    // people(54) → statementsBy(60) → about → articles(14): just under the limit, a whole number in
    // graphql-armor's cost; the server's own figure for it comes from refusing two copies of it
    const big = pagesOfPagesWithTotals(54, 60, 14);
    const twice = await server.graphql(`{ a: ${big} b: ${big} }`);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_LIMIT", limit: "cost" });
    const base = Number(/found (\d+(?:\.\d+)?)\./.exec(twice.errors![0]!.message)?.[1]) / 2;
    expect(Number.isInteger(base)).toBe(true);
    expect(QUERY_LIMITS.cost - base).toBeGreaterThan(1);
    expect(QUERY_LIMITS.cost - base).toBeLessThan(1_000);
    // each top-level __typename costs 1
    const costing = (cost: number) => `{ ${big} ${"__typename ".repeat(cost - base)} }`;
    await expectAccepted(costing(QUERY_LIMITS.cost - 1));
    await expectAccepted(costing(QUERY_LIMITS.cost));
    expect(reads).toHaveBeenCalled();
    await expectRefused(
      costing(QUERY_LIMITS.cost + 1),
      "cost",
      new RegExp(`Cost limit of ${QUERY_LIMITS.cost} exceeded, found ${QUERY_LIMITS.cost + 1}\\.`),
    );
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
    await expectAccepted(query, { n: 5 });
    await expectAccepted(pagesOfPages(null));
    // the default page size (20) is what is counted: 20 per page passes, so does no `first`, and 30 does not
    expect((await server.graphql(pagesOfPages(30))).errors?.[0]?.extensions).toMatchObject({ limit: "cost" });
  });

  it("takes as many directives as the directive limit, and one fewer; refuses one more", async () => {
    // one @include per (repeated, merged) field: a field takes each directive once
    const directives = (n: number) => `{ articles(first: 1) { ${"totalCount @include(if: true) ".repeat(n)} } }`;
    await expectAccepted(directives(QUERY_LIMITS.directives - 1));
    await expectAccepted(directives(QUERY_LIMITS.directives));
    await expectRefused(
      directives(QUERY_LIMITS.directives + 1),
      "directives",
      new RegExp(`Directives limit of ${QUERY_LIMITS.directives} exceeded, found ${QUERY_LIMITS.directives + 1}\\.`),
    );
  });

  it("takes a document of exactly the token limit, and one token shorter; refuses one token longer", async () => {
    expect(tokenCount(documentOfTokens(QUERY_LIMITS.tokens))).toBe(QUERY_LIMITS.tokens);
    await expectAccepted(documentOfTokens(QUERY_LIMITS.tokens - 1));
    await expectAccepted(documentOfTokens(QUERY_LIMITS.tokens));
    await expectRefused(documentOfTokens(QUERY_LIMITS.tokens + 1), "tokens", new RegExp(`Token limit of ${QUERY_LIMITS.tokens} exceeded`));
  });

  it("takes a page of the maximum page size and one less; refuses one more before querying", async () => {
    const max = server.config.maxPageSize;
    await expectAccepted(`{ articles(first: ${max - 1}) { totalCount } }`);
    await expectAccepted(`{ articles(first: ${max}) { totalCount } }`);
    expect(reads).toHaveBeenCalled();
    reads.mockClear();
    const res = await server.graphql(`{ articles(first: ${max + 1}) { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({
      message: `first must be at most ${max}, got ${max + 1}`,
      extensions: { code: "BAD_USER_INPUT" },
    });
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
