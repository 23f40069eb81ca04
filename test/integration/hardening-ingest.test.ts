/**
 * Writes over HTTP on the real server and Neo4j: only the right API key writes; bad input, fixed
 * cases and fast-check-made ones, is refused with BAD_USER_INPUT and a message saying why; and in
 * every refused case the graph is exactly as before.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/graph/neo4j.js";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";

const INGEST = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }";
const AUTH = { authorization: "Bearer test-key" };
const ARTICLE = "Kremlin spokesman Dmitry Peskov said on Tuesday that talks with Washington were “difficult”.";

async function fingerprint(db: Db): Promise<unknown> {
  const [row] = await db.read({
    cypher:
      "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships, sum(size(keys(n))) AS props",
    params: {},
  });
  return row;
}

describe("writes: API key and bad input, graph unchanged when refused", () => {
  let server: TestServer;
  let keyless: TestServer;
  let before: unknown;

  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: "production" });
    keyless = await startTestServer({ NODE_ENV: "production", NEWSGRAPH_API_KEY: "" });
    await resetGraph(server.db);
    before = await fingerprint(server.db);
  });
  afterAll(async () => {
    await server?.close();
    await keyless?.close();
  });

  it("refuses a write without the right key with UNAUTHENTICATED, and writes nothing", async () => {
    const headers: (Record<string, string> | undefined)[] = [
      undefined,
      { authorization: "Bearer wrong" },
      { authorization: "Bearer test-ke" },
      { authorization: "Basic test-key" },
      { authorization: "test-key" },
    ];
    for (const h of headers) {
      const res = await server.graphql(INGEST, { input: { text: ARTICLE } }, h);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(h)).toBe("UNAUTHENTICATED");
    }
    const off = await keyless.graphql(INGEST, { input: { text: ARTICLE } }, AUTH);
    expect(off.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await fingerprint(server.db)).toEqual(before);
  });

  it("keeps reads public", async () => {
    const res = await server.graphql("{ articles(first: 1) { totalCount } }");
    expect(res.errors).toBeUndefined();
  });

  it("refuses bad input with BAD_USER_INPUT and a message saying why", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ text: "" }, /empty/],
      [{ text: " \n\t " }, /empty/],
      [{ text: "MZ\u0000\u0003binary" }, /control character U\+0000/],
      [{ text: "broken \ud800 text" }, /unpaired surrogate/],
      [{ text: "a".repeat(1_000_001) }, /over the limit of 1000000 bytes/],
      [{ text: ARTICLE, publishedOn: "yesterday" }, /publishedOn/],
      [{ text: ARTICLE, url: "javascript:alert(1)" }, /url/],
      [{ text: 42 }, /String/],
      [{}, /text/],
    ];
    for (const [input, why] of cases) {
      const res = await server.graphql(INGEST, { input }, AUTH);
      const label = JSON.stringify(input).slice(0, 80);
      expect(res.errors?.[0]?.extensions?.code, label).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message, label).toMatch(why);
    }
    expect(await fingerprint(server.db)).toEqual(before);
  });

  it("refuses generated binary-looking text (fast-check), graph unchanged", async () => {
    const control = fc.constantFrom("\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0090");
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), control, fc.string({ unit: "binary", maxLength: 200 }), async (head, c, tail) => {
        const res = await server.graphql(INGEST, { input: { text: `${head}${c}${tail}` } }, AUTH);
        expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      }),
      { numRuns: 40 },
    );
    expect(await fingerprint(server.db)).toEqual(before);
  });

  it("writes with the right key (so the refusals above were not vacuous)", async () => {
    const res = await server.graphql<{ ingestArticle: { created: boolean } }>(INGEST, { input: { text: ARTICLE } }, AUTH);
    expect(res.errors).toBeUndefined();
    expect(res.data?.ingestArticle.created).toBe(true);
    expect(await fingerprint(server.db)).not.toEqual(before);
  });
});
