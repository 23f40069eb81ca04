/**
 * The write path: one extraction becomes one transaction. Query builders are pure
 * (`articleWrite`) so they can be tested without a database; `writeArticle` runs them.
 */
import type { Extraction } from "../extract/types.js";
import type { CypherQuery, Db, QueryStats } from "./neo4j.js";

export interface WriteResult {
  articleId: string;
  created: boolean;
}

export const articleIdFor = (hash: string): string => `article:${hash.slice(0, 24)}`;

export function slug(value: string): string {
  return (
    value
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}

const LABELS = { PERSON: "Person", COUNTRY: "Country", ORGANISATION: "Organisation", LOCATION: "Location" } as const;

/** Lower-cased name and aliases, the keys that `EntityFilter.name` looks up. */
export function nameKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map((n) => n.toLowerCase()))];
}

export function articleWrite(x: Extraction, hash: string): CypherQuery[] {
  const articleId = articleIdFor(hash);
  const article = {
    id: articleId,
    contentHash: hash,
    url: x.article.url,
    title: x.article.title,
    publishedOn: x.article.publishedOn,
    body: x.article.body,
    extractor: x.extractor,
  };
  const outlet = x.article.outlet ? { id: `outlet:${slug(x.article.outlet)}`, name: x.article.outlet } : null;
  const queries: CypherQuery[] = [
    {
      cypher: `MERGE (a:Article {id: $article.id})
SET a.contentHash = $article.contentHash, a.url = $article.url, a.title = $article.title,
    a.publishedOn = CASE WHEN $article.publishedOn IS NULL THEN null ELSE date($article.publishedOn) END,
    a.body = $article.body, a.extractor = $article.extractor, a.ingestedAt = datetime()
WITH a
CALL (a) {
  WITH a WHERE $outlet IS NOT NULL
  MERGE (o:Outlet {id: $outlet.id}) ON CREATE SET o.name = $outlet.name
  MERGE (a)-[:PUBLISHED_BY]->(o)
}`,
      params: { article, outlet },
    },
  ];
  for (const [type, label] of Object.entries(LABELS)) {
    const entities = x.entities
      .filter((e) => e.type === type)
      .map((e) => ({
        id: e.id,
        name: e.name,
        aliases: e.aliases,
        aliasText: e.aliases.join(" | "),
        nameKeys: nameKeys(e.name, e.aliases),
        code: e.code ?? null,
        starts: e.mentions.map((m) => m.start),
        ends: e.mentions.map((m) => m.end),
      }));
    if (entities.length === 0) continue;
    // the label comes from the fixed map above, never from input
    queries.push({
      cypher: `MATCH (a:Article {id: $articleId})
UNWIND $entities AS e
MERGE (n:Entity {id: e.id}) ON CREATE SET n:${label}, n.name = e.name, n.aliases = [], n.code = e.code
SET n.aliases = reduce(acc = n.aliases, x IN e.aliases | CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END)
SET n.aliasText = reduce(s = '', x IN n.aliases | s + ' | ' + x),
    n.nameKeys = reduce(acc = [toLower(n.name)], x IN n.aliases | CASE WHEN toLower(x) IN acc THEN acc ELSE acc + toLower(x) END)
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = size(e.starts), m.starts = e.starts, m.ends = e.ends`,
      params: { articleId, entities },
    });
  }
  const statements = x.statements.map((s) => ({
    id: `statement:${hash.slice(0, 16)}:${s.start}-${s.end}`,
    text: s.text,
    kind: s.kind,
    verb: s.verb,
    saidOn: s.saidOn,
    start: s.start,
    end: s.end,
    speakerId: s.speakerId,
    aboutIds: s.about.map((name) => x.entities.find((e) => e.name === name)?.id).filter((id): id is string => !!id),
  }));
  if (statements.length > 0) {
    queries.push({
      cypher: `MATCH (a:Article {id: $articleId})
UNWIND $statements AS s
MERGE (st:Statement {id: s.id})
SET st.text = s.text, st.kind = s.kind, st.verb = s.verb, st.start = s.start, st.end = s.end,
    st.saidOn = CASE WHEN s.saidOn IS NULL THEN null ELSE date(s.saidOn) END
MERGE (st)-[:REPORTED_IN]->(a)
WITH st, s
CALL (st, s) {
  MATCH (sp:Entity {id: s.speakerId})
  MERGE (st)-[:SAID_BY]->(sp)
}
CALL (st, s) {
  UNWIND s.aboutIds AS aboutId
  MATCH (ab:Entity {id: aboutId})
  MERGE (st)-[:ABOUT]->(ab)
}`,
      params: { articleId, statements },
    });
  }
  const roles = x.entities.flatMap((e) =>
    (e.roles ?? []).map((r) => ({
      personId: e.id,
      title: r.title,
      ofId: x.entities.find((o) => o.name === r.of)?.id ?? null,
    })),
  );
  if (roles.length > 0) {
    queries.push({
      cypher: `UNWIND $roles AS r
MATCH (p:Entity {id: r.personId})
MATCH (o:Entity {id: r.ofId})
MERGE (p)-[h:HOLDS_ROLE {title: r.title, article: $articleId}]->(o)`,
      params: { articleId, roles: roles.filter((r) => r.ofId !== null) },
    });
  }
  return queries;
}

export async function writeArticle(db: Db, x: Extraction, hash: string, stats?: QueryStats): Promise<WriteResult> {
  const articleId = articleIdFor(hash);
  return db.write(async (tx) => {
    const existing = await tx.run({
      cypher: "MATCH (a:Article {id: $id}) RETURN a.extractor AS extractor",
      params: { id: articleId },
    });
    if (existing.length > 0 && existing[0]?.extractor === x.extractor) return { articleId, created: false };
    for (const q of articleWrite(x, hash)) await tx.run(q);
    return { articleId, created: existing.length === 0 };
  }, stats);
}
