/**
 * How two entities are linked: the shortest chains entity — article or statement — entity …, each
 * step with the articles that mention both ends and the statements that connect them.
 */
import type { CypherQuery } from "../neo4j.js";
import { ARTICLE_PROJECTION, type ArticleRecord } from "./articles.js";
import { ENTITY_FIELDS, entityProjection, type EntityField, type EntityRecord } from "./entities.js";

export const MAX_HOPS = 4;
export const MAX_PATHS = 10;
const EVIDENCE_PER_HOP = 10;

export interface HopRecord {
  fromId: string;
  toId: string;
  /** the hop's ends, fetched with the path */
  from: EntityRecord;
  to: EntityRecord;
  /** the articles that mention both ends, newest first, fetched with the path */
  articles: ArticleRecord[];
  /** empty when the path query was told to leave statements out */
  statementIds: string[];
}

export interface PathRecord {
  entityIds: string[];
  entities: EntityRecord[];
  hops: HopRecord[];
}

export interface PathOptions {
  /** gather each hop's statements (default true); leave them out when `hops { statements }` is not selected */
  statements?: boolean;
  /** the fields the path's entities (and the hops' ends, the same records) are read with; all by default */
  entity?: readonly EntityField[];
}

/** Variable-length bounds for 1…MAX_HOPS hops; Cypher cannot take them as parameters, so they come from this table. */
const LENGTH_BOUND: Record<number, string> = { 1: "*..2", 2: "*..4", 3: "*..6", 4: "*..8" };

/**
 * The shortest paths with, in the same query, their entities and each hop's articles (as records,
 * so no further look-ups are needed; the ten newest of each hop, sorted as the top ten rather than
 * all) and, when asked for, each hop's statement ids.
 */
export function pathsBetween(
  fromId: string,
  toId: string,
  maxHops: number,
  first: number,
  opts: PathOptions = {},
): CypherQuery<PathRecord> {
  const bound = LENGTH_BOUND[maxHops];
  if (!bound) throw new Error(`maxHops must be 1 to ${MAX_HOPS}, got ${maxHops}`);
  const statements = opts.statements ?? true;
  const statementCall = statements
    ? `
CALL (ids, i) {
  OPTIONAL MATCH (x:Entity {id: ids[i]})<-[:SAID_BY|ABOUT]-(st:Statement)-[:SAID_BY|ABOUT]->(y:Entity {id: ids[i + 1]})
  WHERE x <> y
  WITH st ORDER BY st.saidOn DESC, st.id
  RETURN collect(DISTINCT st.id)[..toInteger($evidence)] AS statementIds
}`
    : "";
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:MENTIONS|SAID_BY|ABOUT${bound}]-(b))
WITH DISTINCT [n IN nodes(p) WHERE n:Entity | n] AS path
WITH [n IN path | n.id] AS ids, [n IN path | ${entityProjection("n", opts.entity ?? ENTITY_FIELDS)}] AS entities
ORDER BY ids
LIMIT toInteger($first)
UNWIND range(0, size(ids) - 2) AS i
CALL (ids, i) {
  OPTIONAL MATCH (:Entity {id: ids[i]})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(:Entity {id: ids[i + 1]})
  WITH DISTINCT art ORDER BY art.publishedOn DESC, art.id LIMIT toInteger($evidence)
  RETURN [node IN collect(art) | ${ARTICLE_PROJECTION}] AS articles
}${statementCall}
WITH ids, entities, i, articles, ${statements ? "statementIds" : "[] AS statementIds"} ORDER BY ids, i
RETURN ids AS entityIds, entities,
  collect({fromId: ids[i], toId: ids[i + 1], from: entities[i], to: entities[i + 1], articles: articles, statementIds: statementIds}) AS hops
ORDER BY size(entityIds), entityIds`,
    params: { from: fromId, to: toId, first, evidence: EVIDENCE_PER_HOP },
  };
}
