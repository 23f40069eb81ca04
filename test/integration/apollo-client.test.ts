/**
 * Apollo Client 4 as an app uses it: InMemoryCache with relayStylePagination and the generated
 * possibleTypes.json, fetchMore(after) page by page through `articles` and `statements` while new
 * articles are ingested between pages. The merged list must hold every item exactly once.
 */
import { readFileSync } from "node:fs";
import { ApolloClient, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";
import { ingestStory } from "../support/stories.js";

const { possibleTypes } = JSON.parse(readFileSync(new URL("../../possibleTypes.json", import.meta.url), "utf8")) as {
  possibleTypes: Record<string, string[]>;
};

type Edge<T> = { cursor: string; node: T };
type Page<T> = { edges: Edge<T>[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type Articles = { articles: Page<{ id: string; title: string | null; outlet: { id: string; name: string } | null }> };
type Statements = { statements: Page<{ id: string; text: string; speaker: { id: string; name: string } | null }> };

const ARTICLES: TypedDocumentNode<Articles, { after?: string | null }> = gql`
  query Articles($after: String) {
    articles(first: 2, after: $after) {
      edges {
        cursor
        node {
          ...Card
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  fragment Card on Node {
    id
    ... on Article {
      title
      outlet {
        id
        name
      }
    }
  }
`;

const STATEMENTS: TypedDocumentNode<Statements, { after?: string | null }> = gql`
  query Statements($after: String) {
    statements(first: 2, after: $after) {
      edges {
        cursor
        node {
          id
          text
          speaker {
            ...Who
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  fragment Who on Entity {
    id
    name
  }
`;

let server: TestServer;
let stories = 0;
/** Ingests a new story dated `day` days after 2021-12-01. */
const ingest = (day: number) => ingestStory(server, stories++, new Date(Date.UTC(2021, 11, 1 + day)).toISOString().slice(0, 10));
/** Each story ingested while paging is the newest yet. */
let newest = 100;

beforeAll(async () => {
  server = await startTestServer();
  await resetGraph(server.db);
  for (let day = 0; day < 5; day++) await ingest(day);
});
afterAll(() => server?.close());

function client(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: `${server.url}/graphql` }),
    cache: new InMemoryCache({
      possibleTypes,
      typePolicies: {
        Query: { fields: { articles: relayStylePagination(["filter", "order"]), statements: relayStylePagination(["filter", "order"]) } },
      },
    }),
  });
}

/** The first page, then fetchMore(after: endCursor) until the last, ingesting a newer article after each page. */
async function pageThrough<T extends Record<string, Page<{ id: string }>>>(
  apollo: ApolloClient,
  query: TypedDocumentNode<T, { after?: string | null }>,
  field: keyof T,
): Promise<{ ids: string[]; pages: number; merged: T }> {
  const watched = apollo.watchQuery({ query, variables: {} });
  const subscription = watched.subscribe({});
  const pageOf = (data: T | undefined) => data![field] as Page<{ id: string }>;
  try {
    let result = await watched.refetch();
    let pages = 1;
    while (pageOf(result.data).pageInfo.hasNextPage && pages < 50) {
      await ingest(newest++);
      result = await watched.fetchMore({ variables: { after: pageOf(result.data).pageInfo.endCursor } });
      pages++;
    }
    const merged = apollo.readQuery({ query })!;
    return { ids: pageOf(merged).edges.map((e) => e.node.id), pages, merged };
  } finally {
    subscription.unsubscribe();
  }
}

describe("Apollo Client paging while articles arrive", () => {
  it("articles: every article there at the start, exactly once, with the fields of a fragment on Node", async () => {
    const before = await server.graphql<{ articles: Page<{ id: string }> }>("{ articles(first: 100) { edges { node { id } } } }");
    const existing = before.data!.articles.edges.map((e) => e.node.id);
    expect(existing.length).toBeGreaterThanOrEqual(5);
    const { ids, pages, merged } = await pageThrough(client(), ARTICLES, "articles");
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(ids).toEqual(existing);
    // possibleTypes: the fragment on Node matched Article, so its fields are in the cache's answer
    for (const { node } of merged.articles.edges) expect(node.title).toMatch(/^Talks in round \d+ resume$/);
  });

  it("statements: every statement there at the start, exactly once, speakers through a fragment on Entity", async () => {
    const before = await server.graphql<{ statements: Page<{ id: string }> }>("{ statements(first: 100) { edges { node { id } } } }");
    const existing = before.data!.statements.edges.map((e) => e.node.id);
    expect(existing.length).toBeGreaterThanOrEqual(5);
    const { ids, pages, merged } = await pageThrough(client(), STATEMENTS, "statements");
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(ids).size).toBe(ids.length);
    // newer statements sort before the cursor, so the walk saw exactly the ones there at the start
    expect(ids).toEqual(existing);
    const named = merged.statements.edges.filter((e) => e.node.speaker !== null);
    expect(named.length).toBeGreaterThan(0);
    for (const { node } of named) expect(node.speaker!.name).toMatch(/\w+ \w+|\w+/);
  });
});
