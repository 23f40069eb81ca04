/** Constraints and indexes, applied at every start; each statement is idempotent (IF NOT EXISTS). */
import type { Db } from "./neo4j.js";
import { linkIndex, statementDay, STATEMENT_LINK_TYPES } from "./statement-links.js";

/**
 * The full-text indexes are eventually consistent: a commit queues its index updates instead of
 * refreshing Lucene's readers itself. Refreshing on every commit, and merging the tiny segments
 * that leaves, took more of the database's CPU per ingested article than writing the article
 * (bench/profile.ts). Writers that must read their own writes call `Db.awaitSearchIndexes`.
 */
const FULLTEXT_OPTIONS = "OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } }";
const FULLTEXT_INDEXES: Record<string, string> = {
  entity_names: `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText] ${FULLTEXT_OPTIONS}`,
  statement_text: `CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text] ${FULLTEXT_OPTIONS}`,
};

/** How long a start waits for the statement link indexes to be filled (a graph of 19,043 articles: a few seconds). */
const LINK_INDEX_FILL_SECONDS = 3600;

const SCHEMA_STATEMENTS: readonly string[] = [
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
  // the statements by or about an entity in a window of days, without reading its others (src/graph/read/statements.ts)
  ...STATEMENT_LINK_TYPES.map((type) => `CREATE INDEX ${linkIndex(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.entity, r.on)`),
  ...Object.values(FULLTEXT_INDEXES),
];

export async function migrate(db: Db): Promise<void> {
  // full-text indexes made before they were eventually consistent are made again (IF NOT EXISTS keeps old options)
  const fulltext = await db.read({
    cypher: "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.eventually_consistent'] AS eventual",
    params: {},
  });
  for (const row of fulltext) {
    if (Object.hasOwn(FULLTEXT_INDEXES, String(row.name)) && row.eventual !== true) await db.schema(`DROP INDEX ${String(row.name)}`);
  }
  // name look-ups once went through a TEXT index on a derived property, nameText; both go (the full-text index serves
  // them). The index goes last, so a graph that still has it still has the property to remove; others skip the scan.
  const indexes = new Set((await db.read({ cypher: "SHOW INDEXES YIELD name RETURN name", params: {} })).map((row) => String(row.name)));
  if (indexes.has("entity_name_text")) {
    await db.schema("MATCH (e:Entity) WHERE e.nameText IS NOT NULL CALL (e) { REMOVE e.nameText } IN TRANSACTIONS OF 10000 ROWS");
    await db.schema("DROP INDEX entity_name_text IF EXISTS");
  }
  // statement links written before they carried their entity and day get them, before their index is made (so once)
  for (const type of STATEMENT_LINK_TYPES) {
    if (indexes.has(linkIndex(type))) continue;
    await db.schema(`MATCH (st:Statement)-[r:${type}]->(e:Entity) WHERE r.entity IS NULL
CALL (st, r, e) { SET r.entity = e.id, r.on = ${statementDay("st", "COLLECT { MATCH (st)-[:REPORTED_IN]->(a:Article) RETURN a.publishedOn }[0]")} } IN TRANSACTIONS OF 10000 ROWS`);
  }
  for (const statement of SCHEMA_STATEMENTS) await db.schema(statement);
  // the windowed statement pages name these indexes in a hint, which fails on an index still being filled: wait for
  // them however long a large graph's first fill takes (the others serve the planner when they are ready)
  for (const type of STATEMENT_LINK_TYPES) await db.schema(`CALL db.awaitIndex('${linkIndex(type)}', ${LINK_INDEX_FILL_SECONDS})`);
  await db.schema("CALL db.awaitIndexes(60)");
}
