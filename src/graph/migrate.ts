/** Constraints and indexes, applied at every start; each statement is idempotent (IF NOT EXISTS). */
import type { Db } from "./neo4j.js";

export const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
  "CREATE CONSTRAINT article_url IF NOT EXISTS FOR (a:Article) REQUIRE a.url IS UNIQUE",
  "CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (o:Outlet) REQUIRE o.id IS UNIQUE",
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE",
  "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedOn)",
  "CREATE INDEX entity_key IF NOT EXISTS FOR (e:Entity) ON (e.key)",
  "CREATE INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON (e.nameKeys)",
  "CREATE INDEX statement_said IF NOT EXISTS FOR (s:Statement) ON (s.saidOn)",
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]",
  "CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text]",
];

export async function migrate(db: Db): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.schema(statement);
  await db.schema("CALL db.awaitIndexes(60)");
}
