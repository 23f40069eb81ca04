/** Constraints and indexes, applied at every start; each statement is idempotent (IF NOT EXISTS). */
import type { Db } from "./neo4j.js";
import { NAME_TEXT } from "./write.js";

export const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
  "CREATE CONSTRAINT article_url IF NOT EXISTS FOR (a:Article) REQUIRE a.url IS UNIQUE",
  "CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (o:Outlet) REQUIRE o.id IS UNIQUE",
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE",
  // the write path locks a surname while it resolves a surname such as "Doe" against the known people (src/graph/write.ts)
  "CREATE CONSTRAINT name_lock_key IF NOT EXISTS FOR (l:NameLock) REQUIRE l.key IS UNIQUE",
  "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedOn)",
  "CREATE INDEX entity_key IF NOT EXISTS FOR (e:Entity) ON (e.key)",
  "CREATE INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON (e.nameKeys)",
  "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
  "CREATE INDEX person_surname IF NOT EXISTS FOR (p:Person) ON (p.surnameKey)",
  "CREATE INDEX country_code IF NOT EXISTS FOR (c:Country) ON (c.code)",
  "CREATE INDEX outlet_name IF NOT EXISTS FOR (o:Outlet) ON (o.name)",
  "CREATE INDEX holds_role_article IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.article)",
  "CREATE INDEX statement_said IF NOT EXISTS FOR (s:Statement) ON (s.saidOn)",
  // name look-ups (EntityFilter.name, statements' speaker/about) narrow with `nameText CONTAINS word` (src/graph/read/names.ts)
  "CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.nameText)",
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]",
  "CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text]",
];

export async function migrate(db: Db): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.schema(statement);
  // entities written before nameText existed get it (idempotent: only those without it)
  await db.schema(
    `MATCH (e:Entity) WHERE e.nameText IS NULL CALL (e) { SET e.nameText = ${NAME_TEXT("e")} } IN TRANSACTIONS OF 10000 ROWS`,
  );
  await db.schema("CALL db.awaitIndexes(60)");
}
