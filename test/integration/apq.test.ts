/** Automatic persisted queries: Apollo Client's PersistedQueryLink works, and misuse gets the client's error, not an internal one. */
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/graph.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const QUERY = "{ articles(first: 1) { totalCount } }";

describe("automatic persisted queries", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  const post = async (body: unknown) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
    };
  };

  it("runs through Apollo Client's PersistedQueryLink: the hash first, the query once when the server asks for it", async () => {
    const sent: string[] = [];
    const link = new PersistedQueryLink({ sha256 }).concat(
      new HttpLink({
        uri: `${server.url}/graphql`,
        fetch: async (uri, init) => {
          sent.push(JSON.parse(String(init?.body)).query ? "hash+query" : "hash");
          return fetch(uri, init);
        },
      }),
    );
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const query = gql`
      query Count {
        articles(first: 1) {
          totalCount
        }
      }
    `;
    const first = await client.query({ query, fetchPolicy: "network-only" });
    const again = await client.query({ query, fetchPolicy: "network-only" });
    expect(first.data).toEqual({ articles: { __typename: "ArticleConnection", totalCount: expect.any(Number) } });
    expect(again.data).toEqual(first.data);
    expect(sent).toEqual(["hash", "hash+query", "hash"]);
  });

  it("answers a hash that is not the query's with 400, Apollo's message and BAD_REQUEST", async () => {
    const res = await post({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256("something else") } } });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } });
  });

  it("answers an unsupported version with 400, Apollo's message and BAD_REQUEST", async () => {
    const res = await post({ query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ message: "Unsupported persisted query version", extensions: { code: "BAD_REQUEST" } });
  });

  it("refuses a batch of operations (BatchHttpLink) as the README says, naming why", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: QUERY }, { query: QUERY }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Operation batching disabled/);
  });

  it("answers an unknown hash without a query with PERSISTED_QUERY_NOT_FOUND, so the client sends the query", async () => {
    const res = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256("{ __typename }") } } });
    expect(res.body.errors?.[0]).toMatchObject({ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });
  });
});
