/**
 * The limit: each scenario's data fetched by one hand-written Cypher query through neo4j-driver,
 * no GraphQL. Served over plain node:http (POST /q/<scenario> with the parameters as JSON) so
 * autocannon measures it exactly like the GraphQL servers.
 */
import http from "node:http";
import neo4j, { type Driver } from "neo4j-driver";

/** Shortest paths between two entities with the articles evidencing each hop: the same in the raw baseline and the peer. */
export const PATH_HOPS = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:MENTIONS|SAID_BY|ABOUT*..6]-(b))
WITH DISTINCT [n IN nodes(p) WHERE n:Entity] AS es
ORDER BY [e IN es | e.id] LIMIT $first
CALL (es) {
  UNWIND range(0, size(es) - 2) AS i
  WITH i, es[i] AS x, es[i + 1] AS y
  CALL (x, y) {
    OPTIONAL MATCH (x)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(y)
    WITH art ORDER BY art.publishedOn DESC, art.id LIMIT 10
    RETURN collect(art {.id, .title}) AS articles
  }
  WITH i, x, y, articles ORDER BY i
  RETURN collect({fromId: x.id, toId: y.id, articles: articles}) AS hops
}`;

export const RAW_CYPHER: Record<string, string> = {
  "articles-people-statements": `MATCH (a:Article)
WITH a ORDER BY a.publishedOn DESC, a.id LIMIT $first
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONS]->(p:Person)
  WITH p, m ORDER BY m.count DESC, p.id
  RETURN collect(p {.id, .name}) AS people
}
CALL (a) {
  OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
  WITH s ORDER BY s.start, s.id LIMIT 5
  OPTIONAL MATCH (s)-[:SAID_BY]->(sp:Entity)
  RETURN collect(s {.id, .text, .kind, speaker: sp {.id, .name}}) AS statements
}
RETURN a {.id, .title, publishedOn: toString(a.publishedOn), people: people, statements: statements} AS article`,

  "statements-by-speaker": `MATCH (:Entity {id: $speaker})<-[:SAID_BY]-(s:Statement)-[:REPORTED_IN]->(a:Article)
WITH s, a, coalesce(s.saidOn, a.publishedOn) AS on ORDER BY on IS NULL, on DESC, s.id
WITH collect({s: s, a: a}) AS xs
UNWIND xs[..$first] AS x
WITH xs, x.s AS s, x.a AS a
RETURN size(xs) AS totalCount,
  collect(s {.id, .text, .kind, .verb, saidOn: toString(s.saidOn), article: a {.id, .title, publishedOn: toString(a.publishedOn)}}) AS statements`,

  "statements-about-dated": `MATCH (:Entity {id: $about})<-[:ABOUT]-(s:Statement)-[:REPORTED_IN]->(a:Article)
WITH s, coalesce(s.saidOn, a.publishedOn) AS on
WHERE on >= date($from) AND on <= date($to)
WITH s, on ORDER BY on DESC, s.id
WITH collect(s) AS xs
UNWIND (CASE WHEN size(xs) = 0 THEN [null] ELSE xs[..$first] END) AS s
OPTIONAL MATCH (s)-[:SAID_BY]->(sp:Entity)
RETURN size(xs) AS totalCount, collect(s {.id, .text, saidOn: toString(s.saidOn), speaker: sp {.id, .name}}) AS statements`,

  search: `CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  RETURN score, node.id AS id, labels(node) AS labels, node.name AS name, null AS text
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node, score
  RETURN score, node.id AS id, labels(node) AS labels, null AS name, node.text AS text
}
RETURN score, id, labels, name, text ORDER BY score DESC, id LIMIT $first`,

  "co-mentions": `MATCH (e:Entity {id: $id})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e
WITH other, count(DISTINCT art) AS together ORDER BY together DESC, other.id LIMIT $first
RETURN other {.id, .name} AS entity, together AS count`,

  connection: `${PATH_HOPS}
RETURN size(es) - 1 AS length, [e IN es | e {.id, .name}] AS entities, hops`,

  "person-profile": `MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)<-[m:MENTIONS]-(a:Article)
  WITH a ORDER BY a.publishedOn DESC, a.id
  WITH collect(a) AS xs
  RETURN size(xs) AS articleCount, [x IN xs[..5] | x {.id, .title, publishedOn: toString(x.publishedOn)}] AS articles
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:SAID_BY]-(s:Statement)
  WITH s ORDER BY s.saidOn DESC, s.id
  WITH collect(s) AS xs
  RETURN size(xs) AS statementCount, [x IN xs[..5] | x {.id, .text}] AS statements
}
RETURN p {.id, .name, .aliases, articleCount: articleCount, articles: articles, statementCount: statementCount, statements: statements} AS person`,
};

export interface RawServer {
  port: number;
  close(): Promise<void>;
}

export function startRaw(driver: Driver): Promise<RawServer> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? "").replace(/^\/q\//, ""));
    const cypher = RAW_CYPHER[name];
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.method !== "POST" || !cypher) return reply(404, { error: `no scenario ${name}` });
      let params: Record<string, unknown>;
      try {
        params = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
      } catch {
        return reply(400, { error: "body is not JSON" });
      }
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      session
        .executeRead((tx) => tx.run(cypher, intParams(params)))
        .then(
          (result) => reply(200, { data: result.records.map((r) => r.toObject()) }),
          (error: unknown) => reply(500, { error: error instanceof Error ? error.message : String(error) }),
        )
        .finally(() => void session.close());
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const a = server.address();
      resolve({
        port: typeof a === "object" && a ? a.port : 0,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

/** LIMIT and slice bounds must be integers in Cypher; JSON numbers arrive as floats. */
function intParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]));
}
