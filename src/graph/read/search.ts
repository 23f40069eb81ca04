/** Full-text search over entity names/aliases and statement text (indexes `entity_names`, `statement_text`). */
import type { CypherQuery } from "../neo4j.js";
import { ENTITY_FIELDS, entityProjection, type EntityField, type EntityRecord } from "./entities.js";
import { STATEMENT_FIELDS, statementProjection, type StatementField, type StatementRecord } from "./statements.js";

/** What the hits are read with: the fields of entities and of statements found (all by default). */
export interface SearchShape {
  entity: readonly EntityField[];
  statement: readonly StatementField[];
}

const ALL_OF_A_HIT: SearchShape = { entity: ENTITY_FIELDS, statement: STATEMENT_FIELDS };

/** One hit: its score and the entity or the statement found (the other is null). */
export interface SearchRow {
  score: number;
  entity: EntityRecord | null;
  statement: StatementRecord | null;
}

/**
 * Lucene query text from user input: the words only, lower-cased (so AND/OR/NOT are plain words),
 * each one escaped; null when the input has no words. Whatever the input, the result parses.
 */
export function luceneQuery(input: string): string | null {
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&")).join(" ");
}

/**
 * The hits are ranked and cut to `first` on (score, id) before anything is projected, so only the
 * returned hits are read. Every statement has its article (the write path creates and deletes the
 * two together), so the statement hits are not checked for one before the cut: that expanded every
 * hit ("Reagan" on 19,043 articles: 260 statement hits, 1,700 db hits against 300 without, ~1 ms
 * of the database's CPU); the returned ones are read with their article.
 */
export function searchQuery(lucene: string, first: number, shape: SearchShape = ALL_OF_A_HIT): CypherQuery<SearchRow> {
  return {
    cypher: `CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  RETURN score, node, node.id AS id, true AS isEntity
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node, score
  RETURN score, node, node.id AS id, false AS isEntity
}
WITH score, node, id, isEntity
ORDER BY score DESC, id
LIMIT toInteger($first)
CALL (node, isEntity) {
  WITH node WHERE isEntity
  RETURN ${entityProjection("node", shape.entity)} AS entity, null AS statement
  UNION ALL
  WITH node WHERE NOT isEntity
  MATCH (node)-[:REPORTED_IN]->(art:Article)
  RETURN null AS entity, ${statementProjection(shape.statement)} AS statement
}
RETURN score, entity, statement`,
    params: { query: lucene, first },
  };
}
