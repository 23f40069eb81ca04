/**
 * How two entities are linked: the shortest chains entity — article or statement — entity …, each
 * step with the articles that mention both ends and the statements that connect them.
 */
import type { CypherQuery } from "../neo4j.js";

export const MAX_HOPS = 4;
export const MAX_PATHS = 10;
const EVIDENCE_PER_HOP = 10;

export interface HopRecord {
  fromId: string;
  toId: string;
  articleIds: string[];
  statementIds: string[];
}

export interface PathRecord {
  entityIds: string[];
  hops: HopRecord[];
}

/** Variable-length bounds for 1…MAX_HOPS hops; Cypher cannot take them as parameters, so they come from this table. */
const LENGTH_BOUND: Record<number, string> = { 1: "*..2", 2: "*..4", 3: "*..6", 4: "*..8" };

export function pathsBetween(fromId: string, toId: string, maxHops: number, first: number): CypherQuery {
  const bound = LENGTH_BOUND[maxHops];
  if (!bound) throw new Error(`maxHops must be 1 to ${MAX_HOPS}, got ${maxHops}`);
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:MENTIONS|SAID_BY|ABOUT${bound}]-(b))
WITH DISTINCT [n IN nodes(p) WHERE n:Entity | n.id] AS ids
ORDER BY ids
LIMIT toInteger($first)
UNWIND range(0, size(ids) - 2) AS i
CALL (ids, i) {
  OPTIONAL MATCH (:Entity {id: ids[i]})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(:Entity {id: ids[i + 1]})
  WITH art ORDER BY art.publishedOn DESC, art.id
  RETURN collect(DISTINCT art.id)[..toInteger($evidence)] AS articleIds
}
CALL (ids, i) {
  OPTIONAL MATCH (x:Entity {id: ids[i]})<-[:SAID_BY|ABOUT]-(st:Statement)-[:SAID_BY|ABOUT]->(y:Entity {id: ids[i + 1]})
  WHERE x <> y
  WITH st ORDER BY st.saidOn DESC, st.id
  RETURN collect(DISTINCT st.id)[..toInteger($evidence)] AS statementIds
}
WITH ids, i, articleIds, statementIds ORDER BY ids, i
RETURN ids AS entityIds, collect({fromId: ids[i], toId: ids[i + 1], articleIds: articleIds, statementIds: statementIds}) AS hops
ORDER BY size(entityIds), entityIds`,
    params: { from: fromId, to: toId, first, evidence: EVIDENCE_PER_HOP },
  };
}
