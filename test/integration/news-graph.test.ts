/**
 * Reads on real news in the real Neo4j, 400 Reuters articles of ../shared/corpus.
 *
 * `Query.connection`: the chain search (src/graph/read/chains.ts,
 * a breadth-first search run from both ends, a query per step) gives the same paths, with the same
 * evidence per hop, as Neo4j's allShortestPaths over articles and statements, which the API ran
 * before and which this file keeps as the reference.
 *
 * Co-mentions count an entity's rows as articles (src/graph/read/entities.ts): that holds while an
 * article has one MENTIONS to each entity, also after a surname is folded into a full name.
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

describe("co-mentions on 400 Reuters articles", () => {
  it("has one MENTIONS from an article to an entity, surnames folded into full names included", async () => {
    const [row] = await server.db.read<{ pairs: number; twice: number; folded: number }>({
      cypher: `MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WITH a, e, count(m) AS n
RETURN count(*) AS pairs, sum(CASE WHEN n > 1 THEN 1 ELSE 0 END) AS twice,
  COUNT { MATCH (p:Person) WHERE size(p.aliases) > 0 } AS folded`,
      params: {},
    });
    expect(row!.pairs).toBeGreaterThan(2000);
    // the fold ran on these articles (people known by more than one name), and left no pair twice
    expect(row!.folded).toBeGreaterThan(10);
    expect(row!.twice).toBe(0);
  });

  it("counts the articles an entity shares with each other, as the articles themselves show", async () => {
    const [top] = await server.db.read<{ id: string }>({
      cypher: "MATCH (p:Person)<-[:MENTIONS]-(a:Article) RETURN p.id AS id, count(a) AS n ORDER BY n DESC, id LIMIT 1",
      params: {},
    });
    const res = await server.graphql<{ node: { coMentions: { count: number; entity: { id: string } }[] } }>(
      "query($id: ID!) { node(id: $id) { ... on Entity { coMentions(first: 10) { count entity { id } } } } }",
      { id: top!.id },
    );
    expect(res.errors).toBeUndefined();
    const listed = res.data!.node.coMentions;
    expect(listed.length).toBe(10);
    for (const { count, entity } of listed) {
      const [shared] = await server.db.read<{ n: number }>({
        cypher: "MATCH (:Entity {id: $a})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(:Entity {id: $b}) RETURN count(DISTINCT art) AS n",
        params: { a: top!.id, b: entity.id },
      });
      expect(count, entity.id).toBe(shared!.n);
    }
  });
});

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
