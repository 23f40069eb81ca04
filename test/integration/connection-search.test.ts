/**
 * `Query.connection` on real news in the real Neo4j: the chain search (src/graph/read/chains.ts,
 * a breadth-first search run from both ends, a query per step) gives the same paths, with the same
 * evidence per hop, as Neo4j's allShortestPaths over articles and statements, which the API ran
 * before and which this file keeps as the reference. 400 Reuters articles of ../shared/corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestItems } from "../../src/ingest/batch.js";
import { readSources } from "../../src/ingest/sources.js";
import { REUTERS } from "../../bench/corpus.js";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";

const ARTICLES = 400;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await resetGraph(server.db);
  let n = 0;
  async function* first() {
    for await (const item of readSources([REUTERS], { outlet: "Reuters" })) {
      if (n++ >= ARTICLES) return;
      yield item;
    }
  }
  const summary = await ingestItems(server.db, first(), { maxArticleBytes: 1_000_000, concurrency: 2, batchSize: 50 });
  expect(summary.failed).toBe(0);
});
afterAll(() => server?.close());

interface Chain {
  ids: string[];
  hops: { articles: string[]; statements: string[] }[];
}

/** The shortest paths as allShortestPaths finds them, with each hop's ten newest articles and statements. */
async function reference(from: string, to: string, maxHops: number, first: number): Promise<Chain[]> {
  return server.db.read<Chain>({
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:MENTIONS|SAID_BY|ABOUT*..${2 * maxHops}]-(b))
WITH DISTINCT [n IN nodes(p) WHERE n:Entity | n.id] AS ids
ORDER BY ids LIMIT toInteger($first)
UNWIND range(0, size(ids) - 2) AS i
CALL (ids, i) {
  OPTIONAL MATCH (:Entity {id: ids[i]})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(:Entity {id: ids[i + 1]})
  WITH DISTINCT art ORDER BY art.publishedOn DESC, art.id LIMIT 10
  RETURN collect(art.id) AS articles
}
CALL (ids, i) {
  OPTIONAL MATCH (x:Entity {id: ids[i]})<-[:SAID_BY|ABOUT]-(st:Statement)-[:SAID_BY|ABOUT]->(y:Entity {id: ids[i + 1]})
  WHERE x <> y
  WITH st ORDER BY st.saidOn DESC, st.id
  RETURN collect(DISTINCT st.id)[..10] AS statements
}
WITH ids, i, articles, statements ORDER BY ids, i
RETURN ids, collect({articles: articles, statements: statements}) AS hops
ORDER BY ids`,
    params: { from, to, first },
  });
}

type Path = {
  entities: { id: string }[];
  hops: { from: { id: string }; to: { id: string }; articles: { id: string }[]; statements: { id: string }[] }[];
};

async function served(from: string, to: string, maxHops: number, first: number): Promise<Chain[]> {
  const res = await server.graphql<{ connection: Path[] }>(
    `query($from: ID!, $to: ID!, $max: Int, $first: Int) { connection(from: $from, to: $to, maxHops: $max, first: $first) {
       entities { id } hops { from { id } to { id } articles { id } statements { id } } } }`,
    { from, to, max: maxHops, first },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.connection.map((p) => {
    // each hop joins the entities before and after it
    expect(p.hops.map((h) => [h.from.id, h.to.id])).toEqual(p.entities.slice(1).map((e, i) => [p.entities[i]!.id, e.id]));
    return {
      ids: p.entities.map((e) => e.id),
      hops: p.hops.map((h) => ({ articles: h.articles.map((a) => a.id), statements: h.statements.map((s) => s.id) })),
    };
  });
}

describe("connection on 400 Reuters articles", () => {
  it("finds the paths allShortestPaths finds, in the same order, with the same evidence, for pairs of hubs and of rarely named entities", async () => {
    const entities = await server.db.read<{ id: string; degree: number }>({
      cypher: "MATCH (e:Entity) RETURN e.id AS id, COUNT { (e)<-[:MENTIONS|SAID_BY|ABOUT]-() } AS degree ORDER BY degree DESC, id",
      params: {},
    });
    expect(entities.length).toBeGreaterThan(300);
    const hubs = entities.slice(0, 6).map((e) => e.id);
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const any = () => entities[Math.floor(rnd() * entities.length)]!.id;
    const pairs: [string, string][] = [
      ...hubs.flatMap((h) => [[h, any()] as [string, string], [any(), h] as [string, string]]),
      [hubs[0]!, hubs[1]!],
      ...Array.from({ length: 48 }, () => [any(), any()] as [string, string]),
    ];
    const lengths = new Map<number, number>();
    for (const [k, [from, to]] of pairs.entries()) {
      const maxHops = 1 + (k % 4);
      const first = k % 2 === 0 ? 3 : 10;
      const want = await reference(from, to, maxHops, first);
      expect(await served(from, to, maxHops, first), `${from} → ${to}, ${maxHops} hops, first ${first}`).toEqual(want);
      const hops = want[0]?.hops.length ?? 0;
      lengths.set(hops, (lengths.get(hops) ?? 0) + 1);
    }
    // the pairs cover no path, direct links and longer chains
    expect(lengths.get(0)).toBeGreaterThan(0);
    expect(lengths.get(1)).toBeGreaterThan(0);
    expect((lengths.get(2) ?? 0) + (lengths.get(3) ?? 0)).toBeGreaterThan(10);
  });
});
