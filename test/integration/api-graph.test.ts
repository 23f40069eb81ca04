/**
 * The read API over HTTP against the real Neo4j, on a made-up world written with graph/write.ts
 * (test/integration/api-fixtures.ts): every contract query, filters, pagination edges, search,
 * paths, co-mentions, timelines, alsoReportedIn, and the query count that does not grow with results.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";
import { encodeCursor } from "../../src/graph/read/page.js";
import { writeWorld } from "./api-fixtures.js";

type Conn<T> = { totalCount: number; edges: { cursor: string; node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type Named = { id: string; name: string };

let server: TestServer;
let articleIds: string[];

beforeAll(async () => {
  server = await startTestServer({ NEWSGRAPH_QUERY_STATS: "true" });
  await resetGraph(server.db);
  articleIds = await writeWorld(server.db);
});
afterAll(() => server?.close());

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await server.graphql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

async function idOf(name: string): Promise<string> {
  const d = await ok<{ search: { node: Named }[] }>(
    "query($q: String!) { search(query: $q, first: 5) { node { id ... on Entity { name } } } }",
    { q: name },
  );
  const hit = d.search.find((h) => h.node.name === name);
  if (!hit) throw new Error(`no entity named ${name}`);
  return hit.node.id;
}

const names = (c: Conn<Named>) => c.edges.map((e) => e.node.name);

describe("entities", () => {
  it("lists people, countries, organisations and places by name", async () => {
    const d = await ok<{
      people: Conn<Named>;
      countries: Conn<Named & { code: string }>;
      organisations: Conn<Named>;
      locations: Conn<Named>;
    }>(
      "{ people { totalCount edges { node { id name } } } countries { edges { node { id name code } } } organisations { edges { node { id name } } } locations { edges { node { id name } } } }",
    );
    expect(names(d.people)).toEqual(["Ilse Marner", "Tomas Okafor", "Vera Lindqvist"]);
    expect(d.people.totalCount).toBe(3);
    expect(d.countries.edges.map((e) => [e.node.name, e.node.code])).toEqual([
      ["Freedonia", "QF"],
      ["Sylvania", "QS"],
    ]);
    expect(names(d.organisations)).toEqual(["Coastal Alliance"]);
    expect(names(d.locations)).toEqual(["Port Arden"]);
  });

  it("filters by canonical name or alias, case-insensitively, whole words only", async () => {
    const q = "query($n: String) { people(filter: { name: $n }) { totalCount edges { node { name aliases } } } }";
    expect(names((await ok<{ people: Conn<Named> }>(q, { n: "okafor" })).people)).toEqual(["Tomas Okafor"]);
    expect(names((await ok<{ people: Conn<Named> }>(q, { n: "VERA" })).people)).toEqual(["Vera Lindqvist"]);
    expect(names((await ok<{ people: Conn<Named> }>(q, { n: "Tomas Okafor" })).people)).toEqual(["Tomas Okafor"]);
    expect((await ok<{ people: Conn<Named> }>(q, { n: "Okaf" })).people.totalCount).toBe(0);
    expect((await ok<{ people: Conn<Named> }>(q, { n: "Nobody (at) all.*" })).people.totalCount).toBe(0);
    const c = await ok<{ countries: Conn<Named> }>('{ countries(filter: { name: "freedonian" }) { totalCount edges { node { name } } } }');
    expect(names(c.countries)).toEqual(["Freedonia"]);
  });

  it("gives a person's roles with the entity they belong to", async () => {
    const d = await ok<{ people: Conn<{ roles: { title: string; of: { name: string; __typename: string } | null }[] }> }>(
      '{ people(filter: { name: "Lindqvist" }) { edges { node { roles { title of { __typename name } } } } } }',
    );
    expect(d.people.edges[0]?.node.roles).toEqual([{ title: "foreign minister", of: { __typename: "Country", name: "Freedonia" } }]);
  });

  it("pages an entity's articles and statements, newest first", async () => {
    const id = await idOf("Vera Lindqvist");
    const d = await ok<{
      node: {
        articles: Conn<{ title: string }>;
        statementsBy: Conn<{ text: string; saidOn: string | null }>;
        statementsAbout: Conn<unknown>;
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Person {
        articles(first: 2) { totalCount edges { node { title } } pageInfo { hasNextPage endCursor } }
        statementsBy { totalCount edges { node { text saidOn } } }
        statementsAbout { totalCount }
      } } }`,
      { id },
    );
    expect(d.node.articles.totalCount).toBe(3);
    expect(d.node.articles.edges.map((e) => e.node.title)).toEqual([
      "Freedonia budget row",
      "Freedonia stays in the Alliance, minister says",
    ]);
    expect(d.node.articles.pageInfo.hasNextPage).toBe(true);
    expect(d.node.statementsBy.totalCount).toBe(3);
    expect(d.node.statementsBy.edges[0]?.node.text).toMatch(/defence budget/);
    expect(d.node.statementsAbout.totalCount).toBe(0);
  });

  it("finds entities that appear in the same articles, with counts", async () => {
    const id = await idOf("Tomas Okafor");
    const d = await ok<{ node: { coMentions: { count: number; entity: { name: string }; articles: { id: string }[] }[] } }>(
      "query($id: ID!) { node(id: $id) { ... on Entity { coMentions(first: 3) { count entity { name } articles { id } } } } }",
      { id },
    );
    expect(d.node.coMentions.map((c) => [c.entity.name, c.count])).toEqual([
      ["Sylvania", 3],
      ["Coastal Alliance", 2],
      ["Ilse Marner", 1],
    ]);
    expect(d.node.coMentions[0]?.articles).toHaveLength(3);
  });

  it("gives an entity's timeline oldest first, statements and mentions alike", async () => {
    const id = await idOf("Tomas Okafor");
    const d = await ok<{
      node: {
        timeline: Conn<{ date: string | null; kind: string; article: { title: string | null }; statement: { text: string } | null }>;
      };
    }>(
      "query($id: ID!) { node(id: $id) { ... on Entity { timeline(first: 50) { totalCount edges { node { date kind article { title } statement { text } } } } } } }",
      { id },
    );
    const events = d.node.timeline.edges.map((e) => e.node);
    expect(d.node.timeline.totalCount).toBe(events.length);
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(["MENTIONED", "SAID", "SPOKEN_ABOUT"]));
    const dates = events.map((e) => e.date).filter((x): x is string => x !== null);
    expect(dates).toEqual([...dates].sort());
    expect(events.at(-1)?.date).toBeNull();
    expect(events.find((e) => e.kind === "SPOKEN_ABOUT")?.statement?.text).toMatch(/inventing a crisis/);
    const page = await ok<{ node: { timeline: Conn<unknown> } }>(
      "query($id: ID!) { node(id: $id) { ... on Entity { timeline(first: 2) { edges { cursor } pageInfo { hasNextPage } } } } }",
      { id },
    );
    expect(page.node.timeline.edges).toHaveLength(2);
    expect(page.node.timeline.pageInfo.hasNextPage).toBe(true);
  });
});

describe("articles", () => {
  it("lists articles newest first, undated last, and oldest first with order: ASC", async () => {
    const q = "query($o: SortDirection) { articles(first: 10, order: $o) { totalCount edges { node { publishedOn } } } }";
    const desc = await ok<{ articles: Conn<{ publishedOn: string | null }> }>(q, { o: "DESC" });
    expect(desc.articles.totalCount).toBe(8);
    expect(desc.articles.edges.map((e) => e.node.publishedOn)).toEqual([
      "2030-03-07",
      "2030-03-06",
      "2030-03-05",
      "2030-03-04",
      "2030-03-03",
      "2030-03-02",
      "2030-03-01",
      null,
    ]);
    const asc = await ok<{ articles: Conn<{ publishedOn: string | null }> }>(q, { o: "ASC" });
    expect(asc.articles.edges.map((e) => e.node.publishedOn)[0]).toBe("2030-03-01");
    expect(asc.articles.edges.at(-1)?.node.publishedOn).toBeNull();
  });

  it("walks the same list page by page whatever the page size, across the undated ones", async () => {
    const q = `query($o: SortDirection, $first: Int, $after: String) { articles(first: $first, after: $after, order: $o) {
      edges { node { id publishedOn } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { articles: Conn<{ id: string; publishedOn: string | null }> };
    for (const o of ["DESC", "ASC"]) {
      const whole = (await ok<Page>(q, { o, first: 20 })).articles.edges.map((e) => e.node);
      expect(whole).toHaveLength(8);
      // 7 ends a page on the last dated article, so the next one starts from its cursor with the undated
      for (const first of [1, 3, 7]) {
        const walked: { id: string; publishedOn: string | null }[] = [];
        let after: string | null = null;
        do {
          const page: Page["articles"] = (await ok<Page>(q, { o, first, after })).articles;
          walked.push(...page.edges.map((e) => e.node));
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        expect(walked, `${o}, ${first} a page`).toEqual(whole);
      }
    }
  });

  it("gives an article's people, countries, organisations, places, outlet and statements", async () => {
    const d = await ok<{
      node: {
        people: Named[];
        countries: Named[];
        organisations: Named[];
        locations: Named[];
        outlet: { name: string };
        statements: Conn<{ kind: string; speaker: Named }>;
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Article {
        people { id name } countries { id name } organisations { id name } locations { id name } outlet { name }
        statements { totalCount edges { node { kind speaker { id name } } } }
      } } }`,
      { id: articleIds[3] },
    );
    expect(d.node.people.map((p) => p.name)).toEqual(["Tomas Okafor"]);
    expect(d.node.countries.map((p) => p.name)).toEqual(["Sylvania"]);
    expect(d.node.organisations).toEqual([]);
    expect(d.node.locations.map((p) => p.name)).toEqual(["Port Arden"]);
    expect(d.node.outlet.name).toBe("Northern Ledger");
    expect(d.node.statements.totalCount).toBe(1);
    expect(d.node.statements.edges[0]?.node).toMatchObject({ kind: "DIRECT", speaker: { name: "Tomas Okafor" } });
  });

  it("lists outlets with their articles", async () => {
    const d = await ok<{ outlets: Conn<{ name: string; articles: Conn<{ title: string }> }> }>(
      "{ outlets { totalCount edges { node { id name articles(first: 10) { totalCount edges { node { title } } } } } } }",
    );
    expect(d.outlets.edges.map((e) => [e.node.name, e.node.articles.totalCount])).toEqual([
      ["Harbour Times", 2],
      ["Northern Ledger", 3],
      ["Valley Post", 2],
    ]);
    expect(d.outlets.edges[1]?.node.articles.edges[0]?.node.title).toBe("Marner in Port Arden");
  });
});

describe("statements", () => {
  type St = {
    id: string;
    text: string;
    kind: string;
    saidOn: string | null;
    speaker: Named | null;
    about: Named[];
    article: { id: string; outlet: { name: string } | null };
  };
  const q = `query($f: StatementFilter, $first: Int, $after: String, $o: SortDirection) { statements(filter: $f, first: $first, after: $after, order: $o) {
    totalCount edges { cursor node { id text kind saidOn speaker { id name } about { id name } article { id outlet { name } } } } pageInfo { hasNextPage endCursor } } }`;
  const list = (f: Record<string, unknown>, more: Record<string, unknown> = {}) =>
    ok<{ statements: Conn<St> }>(q, { f, first: 20, ...more });

  it("lists every statement by date said (else published), newest first, with speaker, about and article", async () => {
    const d = await list({});
    expect(d.statements.totalCount).toBe(7);
    const first = d.statements.edges[0]!.node;
    expect(first.text).toMatch(/defence budget/); // not dated itself: its article's date, 2030-03-06
    expect(d.statements.edges.at(-1)?.node.text).toMatch(/ready for every outcome/); // no date at all: last
    const okafor = d.statements.edges.find((e) => e.node.text.startsWith("Sylvania had moved"))!.node;
    expect(okafor).toMatchObject({
      kind: "INDIRECT",
      saidOn: "2030-03-02",
      speaker: { name: "Tomas Okafor" },
      about: [{ name: "Sylvania" }],
      article: { outlet: { name: "Valley Post" } },
    });
  });

  it("filters by speaker name, alias or id", async () => {
    const byAlias = await list({ speaker: "lindqvist" });
    expect(byAlias.statements.totalCount).toBe(3);
    expect(byAlias.statements.edges.every((e) => e.node.speaker?.name === "Vera Lindqvist")).toBe(true);
    const id = await idOf("Tomas Okafor");
    expect((await list({ speaker: id })).statements.totalCount).toBe(3);
    expect((await list({ speaker: "Tomas" })).statements.totalCount).toBe(3);
    expect((await list({ speaker: "Toma" })).statements.totalCount).toBe(0);
    expect((await list({ speaker: "person:nobody" })).statements.totalCount).toBe(0);
  });

  it("counts a speaker's statements as many as its pages list, and reads their articles in the page's own query", async () => {
    const paged = `query($f: StatementFilter, $after: String) { statements(filter: $f, first: 2, after: $after) {
      totalCount edges { node { id article { id title } } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { statements: Conn<{ id: string; article: { id: string; title: string | null } }> };
    for (const speaker of [await idOf("Vera Lindqvist"), "Vera Lindqvist", "lindqvist"]) {
      const listed: { id: string; article: { id: string; title: string | null } }[] = [];
      const totals = new Set<number>();
      let after: string | null = null;
      do {
        const res = await server.graphql<Page>(paged, { f: { speaker }, after });
        expect(res.errors).toBeUndefined();
        expect((res.extensions?.queryStats as { cypherQueries: number }).cypherQueries).toBe(1);
        const page: Page["statements"] = res.data!.statements;
        totals.add(page.totalCount);
        listed.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect([...totals]).toEqual([3]);
      expect(new Set(listed.map((s) => s.id)).size).toBe(3);
      // the article read with the page is the one node(id) loads
      for (const { article } of listed) {
        const loaded = await ok<{ node: { id: string; title: string | null } }>(
          "query($id: ID!) { node(id: $id) { id ... on Article { title } } }",
          { id: article.id },
        );
        expect(loaded.node).toEqual(article);
      }
    }
  });

  it("filters by what it is about, outlet, kind, dates and text", async () => {
    const about = await list({ about: "Sylvania" });
    expect(about.statements.totalCount).toBe(2);
    expect(about.statements.edges.every((e) => e.node.about.some((a) => a.name === "Sylvania"))).toBe(true);
    expect((await list({ about: "the alliance" })).statements.totalCount).toBe(3);
    expect((await list({ outlet: "harbour times" })).statements.totalCount).toBe(2);
    expect((await list({ kind: "MIXED" })).statements.edges.map((e) => e.node.kind)).toEqual(["MIXED"]);
    const dated = await list({ from: "2030-03-02", to: "2030-03-04" });
    expect(dated.statements.totalCount).toBe(3);
    expect((await list({ text: "TANKS" })).statements.totalCount).toBe(1);
    expect((await list({ speaker: "Okafor", about: "Sylvania", kind: "DIRECT" })).statements.totalCount).toBe(1);
  });

  it("filters a speaker's statements and the statements about an entity by dates, a statement without its own day by its article's", async () => {
    const texts = async (f: Record<string, unknown>) => {
      const d = await list(f);
      expect(d.statements.totalCount).toBe(d.statements.edges.length);
      return d.statements.edges.map((e) => e.node.text);
    };
    // about Freedonia: said on 2030-03-01, and one without a day of its own in an article of 2030-03-06
    expect(await texts({ about: "Freedonia", from: "2030-03-05" })).toEqual([expect.stringMatching(/defence budget/)]);
    expect(await texts({ about: "Freedonia", to: "2030-03-05" })).toEqual([expect.stringMatching(/^“/)]);
    expect(await texts({ about: "Freedonia", from: "2030-03-02", to: "2030-03-05" })).toEqual([]);
    // Okafor: 2030-03-02, 2030-03-04 and one undated, which no window holds
    expect(await texts({ speaker: "Okafor", from: "2030-03-03" })).toEqual([expect.stringMatching(/tanks/)]);
    expect(await texts({ speaker: "Okafor", to: "2030-03-03" })).toEqual(["Sylvania had moved troops to the border"]);
    expect(await texts({ speaker: "Okafor", from: "2030-03-01", to: "2030-03-31", kind: "INDIRECT" })).toEqual([
      "Sylvania had moved troops to the border",
    ]);
  });

  it("orders oldest first with order: ASC", async () => {
    const d = await list({}, { o: "ASC" });
    expect(d.statements.edges[0]?.node.saidOn).toBe("2030-03-01");
  });

  it("carries its evidence: the span and text in its article", async () => {
    const d = await ok<{
      statements: Conn<{
        text: string;
        evidence: { start: number; end: number; text: string; articleId: string };
        article: { id: string; body: string };
      }>;
    }>("{ statements(filter: { kind: MIXED }) { edges { node { text evidence { start end text articleId } article { id body } } } } }");
    const s = d.statements.edges[0]!.node;
    expect(s.evidence.articleId).toBe(s.article.id);
    expect(s.article.body.slice(s.evidence.start, s.evidence.end)).toBe(s.text);
  });

  it("finds the same statement carried by another article and outlet", async () => {
    const d = await ok<{
      statements: Conn<{
        article: { outlet: { name: string } };
        alsoReportedIn: { text: string; article: { outlet: { name: string } } }[];
      }>;
    }>(
      '{ statements(filter: { speaker: "Vera Lindqvist" }, order: ASC) { edges { node { text article { outlet { name } } alsoReportedIn { text article { outlet { name } } } } } } }',
    );
    const [direct, mixed, budget] = d.statements.edges.map((e) => e.node);
    expect(direct?.article.outlet.name).toBe("Northern Ledger");
    expect(direct?.alsoReportedIn.map((s) => s.article.outlet.name)).toEqual(["Harbour Times"]);
    expect(mixed?.alsoReportedIn.map((s) => s.article.outlet.name)).toEqual(["Northern Ledger"]);
    expect(budget?.alsoReportedIn).toEqual([]);
  });
});

describe("node, search and connection", () => {
  it("fetches every kind of node by id, and null for unknown ids", async () => {
    const person = await idOf("Ilse Marner");
    const stmt = (await ok<{ statements: Conn<{ id: string }> }>("{ statements(first: 1) { edges { node { id } } } }")).statements.edges[0]!
      .node.id;
    const outlet = (await ok<{ outlets: Conn<{ id: string }> }>("{ outlets(first: 1) { edges { node { id } } } }")).outlets.edges[0]!.node
      .id;
    const q = "query($id: ID!) { node(id: $id) { __typename id } }";
    for (const [id, type] of [
      [person, "Person"],
      [stmt, "Statement"],
      [outlet, "Outlet"],
      [articleIds[0], "Article"],
    ] as const) {
      expect((await ok<{ node: { __typename: string } }>(q, { id })).node.__typename).toBe(type);
    }
    for (const id of ["person:nobody", "statement:nope", "outlet:none", "article:none", "no-colon", ""]) {
      expect((await ok<{ node: null }>(q, { id })).node).toBeNull();
    }
  });

  it("searches names and statement text, best first, and treats any text as plain words", async () => {
    const d = await ok<{ search: { score: number; node: { __typename: string; name?: string; text?: string } }[] }>(
      '{ search(query: "Okafor", first: 5) { score node { __typename ... on Entity { name } ... on Statement { text } } } }',
    );
    expect(d.search[0]?.node).toMatchObject({ __typename: "Person", name: "Tomas Okafor" });
    const scores = d.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const text = await ok<{ search: { node: { __typename: string; text?: string } }[] }>(
      '{ search(query: "defence budget") { node { __typename ... on Statement { text } } } }',
    );
    expect(text.search[0]?.node.text).toMatch(/defence budget/);
    for (const nasty of ['"unbalanced', "AND OR NOT", "a:b~ (x) [y] {z} ^2 \\ / * ? -x +y && ||", "", "   ", 'Okafor")]} OR *:*']) {
      const res = await server.graphql<{ search: unknown[] }>("query($q: String!) { search(query: $q) { score } }", { q: nasty });
      expect(res.errors, nasty).toBeUndefined();
    }
    expect((await ok<{ search: unknown[] }>('{ search(query: "zzzqqq") { score } }')).search).toEqual([]);
  });

  it("links two entities by their shortest paths, each hop with its evidence", async () => {
    const from = await idOf("Vera Lindqvist");
    const to = await idOf("Ilse Marner");
    const q = `query($from: ID!, $to: ID!, $max: Int) { connection(from: $from, to: $to, maxHops: $max, first: 10) {
      length entities { name } hops { from { name } to { name } articles { id } statements { text } } } }`;
    type P = {
      length: number;
      entities: { name: string }[];
      hops: { from: { name: string }; to: { name: string }; articles: { id: string }[]; statements: { text: string }[] }[];
    };
    const d = await ok<{ connection: P[] }>(q, { from, to, max: 4 });
    expect(d.connection.length).toBeGreaterThan(0);
    for (const p of d.connection) {
      expect(p.length).toBe(3);
      expect(p.entities[0]?.name).toBe("Vera Lindqvist");
      expect(p.entities.at(-1)?.name).toBe("Ilse Marner");
      for (const h of p.hops) expect(h.articles.length + h.statements.length).toBeGreaterThan(0);
    }
    expect(d.connection.map((p) => p.entities.map((e) => e.name).join(" > "))).toContain(
      "Vera Lindqvist > Coastal Alliance > Tomas Okafor > Ilse Marner",
    );
    expect((await ok<{ connection: P[] }>(q, { from, to, max: 2 })).connection).toEqual([]);
    const direct = await ok<{ connection: P[] }>(q, { from: await idOf("Tomas Okafor"), to, max: 1 });
    expect(direct.connection[0]?.hops[0]?.statements.map((s) => s.text)).toEqual(["“Okafor is inventing a crisis that does not exist,”"]);
    expect((await ok<{ connection: P[] }>(q, { from, to: "person:nobody", max: 3 })).connection).toEqual([]);
    const tooFar = await server.graphql(q, { from, to, max: 9 });
    expect(tooFar.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooFar.errors?.[0]?.message).toMatch(/maxHops must be 1 to 4/);
  });
});

describe("limits and pagination edges", () => {
  it("says where each page starts and whether one comes before it, and pages neither repeat nor skip", async () => {
    type Page = {
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    };
    const q = `query($a: String) { statements(first: 3, after: $a) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const whole = await ok<{ statements: Page }>("{ statements(first: 7) { edges { cursor node { id } } } }");
    const pages: Page[] = [];
    for (let after: string | null = null, more = true; more;) {
      const page: Page = (await ok<{ statements: Page }>(q, { a: after })).statements;
      pages.push(page);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]!.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      ({ hasNextPage: more, endCursor: after } = page.pageInfo);
    }
    expect(pages.map((p) => p.edges.length)).toEqual([3, 3, 1]);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual(whole.statements.edges.map((e) => e.node.id));
  });

  it("answers first: 0 with the count and no edges, and an empty page after the last cursor", async () => {
    const zero = await ok<{ statements: Conn<unknown>; people: Conn<unknown> }>(
      "{ statements(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } people(first: 0) { totalCount edges { cursor } } }",
    );
    expect(zero.statements).toEqual({ totalCount: 7, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
    expect(zero.people).toEqual({ totalCount: 3, edges: [] });
    const all = await ok<{ statements: Conn<unknown> }>("{ statements(first: 7) { edges { cursor } pageInfo { hasNextPage endCursor } } }");
    expect(all.statements.pageInfo.hasNextPage).toBe(false);
    const after = await ok<{ statements: Conn<unknown> }>(
      "query($a: String) { statements(first: 5, after: $a) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }",
      {
        a: all.statements.pageInfo.endCursor,
      },
    );
    expect(after.statements).toEqual({ totalCount: 7, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("walks every page of statements without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const d: { statements: Conn<{ id: string }> } = await ok(
        "query($a: String) { statements(first: 3, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
        { a: after },
      );
      seen.push(...d.statements.edges.map((e) => e.node.id));
      if (!d.statements.pageInfo.hasNextPage) break;
      after = d.statements.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it("refuses first over the limit or negative, and a bad cursor, with BAD_USER_INPUT", async () => {
    for (const query of [
      "{ statements(first: 101) { totalCount } }",
      "{ people(first: -1) { totalCount } }",
      '{ statements(after: "bm9wZQ") { totalCount } }',
      '{ search(query: "x", first: 1000) { score } }',
      "{ articles(first: 1) { edges { node { statements(first: 500) { totalCount } } } } }",
      "{ people(first: 1) { edges { node { coMentions(first: -3) { count } } } } }",
    ]) {
      const res = await server.graphql(query);
      expect(res.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message, query).toMatch(/first must be (0 or more|at most 100)|not a cursor/);
    }
  });
});

describe("no N+1", () => {
  const nested = `query($n: Int) { articles(first: $n) { edges { node { title outlet { name } people { name roles { title } statementsBy(first: 5) { edges { node { text speaker { name } about { name } article { title } alsoReportedIn { id } } } } } } } } }`;

  it("runs the same number of Cypher queries for one article and for all eight", async () => {
    const count = async (n: number) => {
      const res = await server.graphql<{ articles: Conn<unknown> }>(nested, { n });
      expect(res.errors).toBeUndefined();
      expect(res.data?.articles.edges).toHaveLength(n);
      return (res.extensions?.queryStats as { cypherQueries: number }).cypherQueries;
    };
    const one = await count(1);
    const eight = await count(8);
    // the page with its outlets and people (1), their roles and statementsBy (2, the statements with their articles), and those statements' about and alsoReportedIn (2)
    expect(one).toBe(5);
    expect(eight).toBe(one);
  });

  it("keeps the count flat for entity fields over every person too", async () => {
    const q = `query($n: Int) { people(first: $n) { edges { node { articles(first: 3) { totalCount } statementsAbout { totalCount } coMentions { count entity { name } } timeline(first: 3) { edges { node { article { title } statement { text } } } } } } } }`;
    const stats = async (n: number) => (await server.graphql(q, { n })).extensions?.queryStats as { cypherQueries: number };
    expect((await stats(3)).cypherQueries).toBe((await stats(1)).cypherQueries);
  });
});

describe("fields fetched with their parents", () => {
  // the statements of an article after text offset 100: a keyset cursor (start, id) made by hand
  const after100 = encodeCursor([100, ""]);
  const articleFields = `title body outlet { name } people { name } countries { name } organisations { name } locations { name }
    statements(first: 2) { totalCount pageInfo { hasNextPage } edges { node { text speaker { name } about { name } article { title } } } }
    more: statements(first: 1, after: "${after100}") { edges { cursor node { id } } }`;
  const entityFields = `name roles { title of { name } } coMentions(first: 2) { count entity { name } articles { title } }
    articles(first: 2) { totalCount pageInfo { hasNextPage } edges { node { title } } } statementsBy(first: 1) { edges { node { text speaker { name } } } }
    statementsAbout { totalCount edges { node { text } } } timeline(first: 3) { totalCount edges { node { kind date article { title } } } }`;

  it("answer in the page's own query what the loaders answer one level further down", async () => {
    // articles(…) { edges { node { … } } } fetches these with the page; outlets → articles → the same fields go through the loaders
    const direct = await server.graphql<{ articles: Conn<unknown> }>(`{ articles(first: 20) { edges { node { id ${articleFields} } } } }`);
    const nested = await ok<{ outlets: Conn<{ articles: Conn<{ id: string }> }> }>(
      `{ outlets { edges { node { articles(first: 20) { edges { node { id ${articleFields} } } } } } } }`,
    );
    expect(direct.errors).toBeUndefined();
    // the page with every field of its articles (1, the statements with their article); one level further, the statements' about (2)
    expect((direct.extensions?.queryStats as { cypherQueries: number }).cypherQueries).toBe(2);
    const viaLoaders = nested.outlets.edges.flatMap((o) => o.node.articles.edges.map((e) => e.node));
    expect(viaLoaders.length).toBeGreaterThan(3);
    const inPage = new Map(direct.data!.articles.edges.map((e) => [(e.node as { id: string }).id, e.node]));
    for (const article of viaLoaders) expect(inPage.get(article.id)).toEqual(article);

    const people = await server.graphql<{ people: Conn<unknown> }>(`{ people { edges { node { ${entityFields} } } } }`);
    expect(people.errors).toBeUndefined();
    const viaNode = await Promise.all(
      (await ok<{ people: Conn<{ id: string }> }>("{ people { edges { node { id } } } }")).people.edges.map(async (e) => {
        const d = await ok<{ statement: unknown }>(`query($id: ID!) { statement: node(id: $id) { ... on Person { ${entityFields} } } }`, {
          id: e.node.id,
        });
        return d.statement;
      }),
    );
    expect(people.data!.people.edges.map((e) => e.node)).toEqual(viaNode);
  });

  it("take a node(id)'s selected fields into its query, through fragments, and answer null for an id nothing has", async () => {
    const [articleId] = articleIds;
    const res = await server.graphql<{ node: { title: string } }>(
      `query($id: ID!) { node(id: $id) { id ... on Article { ...A } } } fragment A on Article { ${articleFields} }`,
      { id: articleId },
    );
    expect(res.errors).toBeUndefined();
    // the article with its fields (1), its statements' about (1); their article is the one already read
    expect((res.extensions?.queryStats as { cypherQueries: number }).cypherQueries).toBe(2);
    const page = await ok<{ articles: Conn<{ id: string }> }>(`{ articles(first: 20) { edges { node { id ${articleFields} } } } }`);
    expect({ id: articleId, ...res.data!.node }).toEqual(page.articles.edges.find((e) => e.node.id === articleId)!.node);
    const none = await ok<{ node: null }>(`{ node(id: "person:nobody-here") { id ... on Person { ${entityFields} } } }`);
    expect(none.node).toBeNull();
  });
});

describe("statements read as their selection", () => {
  const full = "id text kind verb source saidOn evidence { start end text } speaker { id name aliases }";
  const bare = "id speaker { id }";
  type Node = { id: string; speaker: { id: string } | null };
  const nodes = (c: Conn<Node>) => c.edges.map((e) => e.node);

  /** Each statement as `node(id)` answers it with the full selection: a read that shares nothing with a page. */
  async function byId(ids: string[]): Promise<Map<string, unknown>> {
    const one = async (id: string) =>
      (await ok<{ node: Node }>(`query($id: ID!) { node(id: $id) { ... on Statement { ${full} } } }`, { id })).node;
    return new Map(await Promise.all(ids.map(async (id) => [id, await one(id)] as const)));
  }

  it("never share a partial record between two selections of one field, in a page, with its parents or through the loaders", async () => {
    const root = await ok<{ bare: Conn<Node>; full: Conn<Node> }>(
      `{ bare: statements(first: 20) { edges { node { ${bare} } } } full: statements(first: 20) { edges { node { ${full} } } } }`,
    );
    const reference = await byId(nodes(root.full).map((n) => n.id));
    expect(reference.size).toBe(7);
    expect([...reference.values()].filter((n) => (n as Node).speaker !== null).length).toBeGreaterThan(2);
    for (const n of nodes(root.full)) expect(n).toEqual(reference.get(n.id));
    // the bare selection reads the ids only
    for (const n of nodes(root.bare))
      expect(n).toEqual({ id: n.id, speaker: (reference.get(n.id) as Node).speaker && { id: (reference.get(n.id) as Node).speaker!.id } });

    const perArticle = `edges { node { id bare: statements(first: 5) { edges { node { ${bare} } } } full: statements(first: 5) { edges { node { ${full} } } } } }`;
    const withPage = await ok<{ articles: Conn<{ bare: Conn<Node>; full: Conn<Node> }> }>(`{ articles(first: 20) { ${perArticle} } }`);
    const viaLoaders = await ok<{ outlets: Conn<{ articles: Conn<{ bare: Conn<Node>; full: Conn<Node> }> }> }>(
      `{ outlets(first: 5) { edges { node { articles(first: 5) { ${perArticle} } } } } }`,
    );
    const articles = [...withPage.articles.edges, ...viaLoaders.outlets.edges.flatMap((o) => o.node.articles.edges)].map((e) => e.node);
    // every statement from the page; through the outlets, all but the one of the article without an outlet
    expect(articles.flatMap((a) => nodes(a.full)).length).toBe(7 + 6);
    for (const a of articles) {
      for (const n of nodes(a.full)) expect(n).toEqual(reference.get(n.id));
      expect(nodes(a.bare).map((n) => n.id)).toEqual(nodes(a.full).map((n) => n.id));
      for (const n of nodes(a.bare)) expect(Object.keys(n).sort()).toEqual(["id", "speaker"]);
    }
  });
});
