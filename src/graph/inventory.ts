/** What the graph holds, counted or looked up for the ingest paths (seeding, the CLI's summary, bulk resumption). */
import type { CypherQuery, Db } from "./neo4j.js";

/** The stored extractor of each of these articles that exists (bulk ingestion skips those this extractor wrote). */
export function existingArticles(ids: readonly string[]): CypherQuery<{ id: string; extractor: string | null }> {
  return { cypher: "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.extractor AS extractor", params: { ids: [...ids] } };
}

export async function graphIsEmpty(db: Db): Promise<boolean> {
  const rows = await db.read<{ any: boolean }>({ cypher: "MATCH (a:Article) RETURN count(a) > 0 AS any LIMIT 1", params: {} });
  return rows[0]?.any !== true;
}

export interface GraphTotals {
  articles: number;
  entities: number;
  statements: number;
}

export async function graphTotals(db: Db): Promise<GraphTotals | null> {
  const [row] = await db.read<GraphTotals>({
    cypher:
      "CALL () { MATCH (a:Article) RETURN count(a) AS articles } CALL () { MATCH (e:Entity) RETURN count(e) AS entities } CALL () { MATCH (s:Statement) RETURN count(s) AS statements } RETURN articles, entities, statements",
    params: {},
  });
  return row ?? null;
}
