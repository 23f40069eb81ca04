/**
 * How two entities are linked: the shortest chains entity — article or statement — entity …, each
 * step with the articles that mention both ends and the statements that connect them.
 */
import type { CypherQuery } from "../neo4j.js";
import type { ChainStep } from "./chains.js";
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

/** The links that make two entities one hop apart: an article that mentions both, a statement by or about both. */
const LINK = ":MENTIONS|SAID_BY|ABOUT";

/** The degree (articles and statements linked) of each given entity that exists: where the chain search starts. */
export function chainDegrees(ids: readonly string[]): CypherQuery<{ id: string; degree: number }> {
  return {
    cypher: `UNWIND $ids AS id
MATCH (x:Entity {id: id})
RETURN id, COUNT { (x)<-[${LINK}]-() } AS degree`,
    params: { ids },
  };
}

/**
 * One step of the chain search (chains.ts): every entity linked to one of `ids` by an article or
 * a statement, with the ones of `ids` it is linked to and its own degree; or, when some of them are
 * among `others` (the other side's frontier), only those, the entities where the two sides meet,
 * with no degree (the search ends there, so nothing else is sent back or counted). The `last` step
 * the search may take looks only for those.
 */
export function chainStep(ids: readonly string[], others: readonly string[], last = false): CypherQuery<ChainStep> {
  const reach = `UNWIND $ids AS id
MATCH (x:Entity {id: id})<-[${LINK}]-()-[${LINK}]->(y:Entity)
WHERE y <> x`;
  if (last)
    return {
      cypher: `${reach} AND y.id IN $others
WITH DISTINCT id, y
RETURN y.id AS id, collect(id) AS parents, 0 AS degree`,
      params: { ids, others },
    };
  return {
    cypher: `${reach}
WITH DISTINCT id, y
WITH y, collect(id) AS parents
WITH collect({y: y, parents: parents}) AS reached
WITH reached, [r IN reached WHERE r.y.id IN $others] AS met
UNWIND CASE WHEN size(met) > 0 THEN met ELSE reached END AS r
WITH r.y AS y, r.parents AS parents, size(met) > 0 AS meets
RETURN y.id AS id, parents, CASE WHEN meets THEN 0 ELSE COUNT { (y)<-[${LINK}]-() } END AS degree`,
    params: { ids, others },
  };
}

/**
 * The evidence of each given hop (a pair of entity ids): its two ends, the articles that mention
 * both (as records, so no further look-ups are needed; the ten newest, sorted as the top ten rather
 * than all) and, when asked for, the ids of the statements that link them. Each hop is read once,
 * however many of the chains pass through it (see pathsAlong).
 */
export function hopEvidence(hops: readonly (readonly [string, string])[], opts: PathOptions = {}): CypherQuery<HopRecord> {
  const statements = opts.statements ?? true;
  const statementCall = statements
    ? `
CALL (hop) {
  OPTIONAL MATCH (a:Entity {id: hop[0]})<-[:SAID_BY|ABOUT]-(st:Statement)-[:SAID_BY|ABOUT]->(b:Entity {id: hop[1]})
  USING JOIN ON st
  WHERE a <> b
  WITH st ORDER BY st.saidOn DESC, st.id
  RETURN collect(DISTINCT st.id)[..toInteger($evidence)] AS statementIds
}`
    : "";
  const fields = opts.entity ?? ENTITY_FIELDS;
  return {
    cypher: `UNWIND $hops AS hop
MATCH (x:Entity {id: hop[0]}), (y:Entity {id: hop[1]})
CALL (hop) {
  OPTIONAL MATCH (:Entity {id: hop[0]})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(:Entity {id: hop[1]})
  WITH DISTINCT art ORDER BY art.publishedOn DESC, art.id LIMIT toInteger($evidence)
  RETURN [node IN collect(art) | ${ARTICLE_PROJECTION}] AS articles
}${statementCall}
RETURN x.id AS fromId, y.id AS toId, ${entityProjection("x", fields)} AS from, ${entityProjection("y", fields)} AS to,
  articles, ${statements ? "statementIds" : "[] AS statementIds"}`,
    params: { hops, evidence: EVIDENCE_PER_HOP },
  };
}

/**
 * The paths along the given chains of entity ids (the chain search's answer), from the evidence of
 * their hops: a chain's hops are often another's (the first hop of chains that share their second
 * entity), so each is read once.
 */
export function pathsAlong(chains: readonly (readonly string[])[], hops: readonly HopRecord[]): PathRecord[] {
  const byPair = new Map(hops.map((h) => [`${h.fromId}\u0000${h.toId}`, h]));
  const paths: PathRecord[] = [];
  for (const ids of chains) {
    const pathHops = ids.slice(1).map((to, i) => byPair.get(`${ids[i]}\u0000${to}`));
    // an entity of the chain that is gone (the chain search and the evidence share a transaction, so this does not happen)
    if (pathHops.some((h) => h === undefined)) continue;
    const found = pathHops as HopRecord[];
    paths.push({ entityIds: [...ids], entities: [found[0]!.from, ...found.map((h) => h.to)], hops: found });
  }
  return paths;
}

/** The distinct hops of the given chains, in the order they first appear. */
export function hopsOf(chains: readonly (readonly string[])[]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const ids of chains) for (let i = 0; i + 1 < ids.length; i++) seen.set(`${ids[i]}\u0000${ids[i + 1]}`, [ids[i]!, ids[i + 1]!]);
  return [...seen.values()];
}
