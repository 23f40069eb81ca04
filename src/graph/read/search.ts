/** Full-text search over entity names/aliases and statement text (indexes `entity_names`, `statement_text`). */
import type { CypherQuery } from "../neo4j.js";
import { entityProjection } from "./entities.js";
import { STATEMENT_PROJECTION } from "./statements.js";

/**
 * Lucene query text from user input: the words only, lower-cased (so AND/OR/NOT are plain words),
 * each one escaped; null when the input has no words. Whatever the input, the result parses.
 */
export function luceneQuery(input: string): string | null {
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&")).join(" ");
}

export function searchQuery(lucene: string, first: number): CypherQuery {
  return {
    cypher: `CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  RETURN score, ${entityProjection("node")} AS entity, null AS statement
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node, score
  MATCH (node)-[:REPORTED_IN]->(art:Article)
  RETURN score, null AS entity, ${STATEMENT_PROJECTION} AS statement
}
RETURN score, entity, statement
ORDER BY score DESC, coalesce(entity.id, statement.id)
LIMIT toInteger($first)`,
    params: { query: lucene, first },
  };
}
