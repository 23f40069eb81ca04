/**
 * The write path: one extraction becomes one transaction, all of it or none of it.
 * Query builders are pure (`articleCheck`, `articleWrite`, …) so they can be tested without a
 * database; `writeArticle` runs them in order inside `db.write`.
 */
import type { Extraction } from "../extract/types.js";
import { dbErrorKind } from "./errors.js";
import type { CypherQuery, Db, QueryStats, WriteTx } from "./neo4j.js";
import { linkProperties, statementDay } from "./statement-links.js";
import { resolveEntities, slug, surnameKeysOf, type KnownSurname, type Resolution } from "./resolve-entities.js";

export type WriteOutcome = "created" | "unchanged" | "reextracted";

export interface WriteResult {
  articleId: string;
  created: boolean;
  outcome: WriteOutcome;
  /** the article this one replaced because it had the same URL and other text */
  replaced: string | null;
  entities: number;
  statements: number;
}

export interface WriteOptions {
  stats?: QueryStats;
  /** the text as extracted (after HTML → text): every mention and statement offset points into it */
  source?: string;
  /**
   * Wait after the commit until the (eventually consistent) full-text indexes show this article,
   * so a search or name filter right after the write finds it; default true. Bulk ingestion turns
   * it off and waits once at the end.
   */
  awaitSearchIndexes?: boolean;
  /** test hook: runs inside the transaction after every fact is written, just before commit */
  beforeCommit?: (tx: WriteTx) => Promise<void>;
}

export const articleIdFor = (hash: string): string => `article:${hash.slice(0, 24)}`;

/**
 * Takes the article's key lock (MERGE under the uniqueness constraint) and says what is stored.
 * In the common case, a new article whose URL no other article has, it also writes the article
 * and its outlet (`written: true`). In the same round trip it locks the article's surnames and
 * reads what the graph knows of them (`surnames`, see `SURNAME_LOOKUP`).
 */
/** What `articleCheck` finds: the stored extractor, the article of the same URL it replaces, whether it wrote the article, the surnames. */
export interface ArticleCheckRow {
  extractor: string | null;
  replaces: string | null;
  written: boolean;
  surnames: { key: string; fullNames: string[]; surnameOnly: boolean }[];
}

// `USING INDEX SEEK` keeps the URL look-up a seek of its unique index: on a graph where few articles have a URL
// the planner estimated a scan of that index as cheaper, and write queries keep their first plan (Db.write)
export function articleCheck(x: Extraction, hash: string, source: string | null = null): CypherQuery<ArticleCheckRow> {
  const { article, outlet } = articleParams(x, hash, source);
  return {
    cypher: `MERGE (a:Article {id: $article.id})
WITH a, a.extractor AS extractor
OPTIONAL MATCH (old:Article {url: $url}) USING INDEX SEEK old:Article(url) WHERE old.id <> a.id
WITH a, extractor, old.id AS replaces
CALL (a, extractor, replaces) {
  WITH a WHERE extractor IS NULL AND replaces IS NULL
  ${ARTICLE_SET}
  RETURN true AS written
  UNION
  WITH a WHERE NOT (extractor IS NULL AND replaces IS NULL)
  RETURN false AS written
}
CALL () {
${SURNAME_LOOKUP}
}
RETURN extractor, replaces, written, surnames`,
    params: { article, outlet, url: article.url, keys: surnameKeysOf(x) },
  };
}

/**
 * Removes an article's derived facts (statements, mentions, roles it is evidence for), and the
 * article itself when `dropArticle`; returns the entities it mentioned, for `orphanCleanup`.
 */
export function removeArticleFacts(articleId: string, dropArticle: boolean): CypherQuery<{ mentioned: string[] }> {
  return {
    cypher: `MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, collect(e.id) AS mentioned
CALL (a) { MATCH (s:Statement)-[:REPORTED_IN]->(a) DETACH DELETE s }
CALL (a) { MATCH (a)-[m:MENTIONS]->() DELETE m }
CALL (a) { MATCH ()-[r:HOLDS_ROLE {article: a.id}]->() DELETE r }
CALL (a) { WITH a WHERE $dropArticle DETACH DELETE a }
RETURN mentioned`,
    params: { articleId, dropArticle },
  };
}

/** Entities nobody mentions any more go (aliases learnt from other articles stay on entities still mentioned). */
export function orphanCleanup(entityIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id}) WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
DETACH DELETE e`,
    params: { ids: [...new Set(entityIds)].sort() },
  };
}

export function articleParams(x: Extraction, hash: string, source: string | null) {
  const article = {
    id: articleIdFor(hash),
    contentHash: hash,
    url: x.article.url,
    title: x.article.title,
    publishedOn: x.article.publishedOn,
    body: x.article.body,
    source,
    extractor: x.extractor,
  };
  const outlet = x.article.outlet ? { id: `outlet:${slug(x.article.outlet)}`, name: x.article.outlet } : null;
  return { article, outlet };
}

/**
 * Writes the article `a` from the map `article` and links its outlet (the map `outlet`, or null);
 * `scope` names the variables the subqueries carry (`a`, and the row variable in a batch).
 * Metadata given before is kept when this version has none (re-extraction of the same text).
 */
export const articleSet = (
  article: string,
  outlet: string,
  scope = "a",
): string => `SET a.contentHash = ${article}.contentHash, a.url = coalesce(${article}.url, a.url), a.title = coalesce(${article}.title, a.title),
      a.publishedOn = coalesce(date(${article}.publishedOn), a.publishedOn),
      a.body = ${article}.body, a.source = coalesce(${article}.source, a.source), a.extractor = ${article}.extractor, a.ingestedAt = datetime()
  WITH ${scope}
  CALL (${scope}) {
    WITH ${scope} WHERE ${outlet} IS NOT NULL
    MERGE (o:Outlet {id: ${outlet}.id}) ON CREATE SET o.name = ${outlet}.name
    // MERGE on a relationship locks both ends until commit, and the outlet is shared by every
    // article it publishes; the article is already locked by this transaction, so test and CREATE
    WITH a, o WHERE NOT EXISTS { (a)-[:PUBLISHED_BY]->(o) }
    CREATE (a)-[:PUBLISHED_BY]->(o)
  }`;

const ARTICLE_SET = articleSet("$article", "$outlet");

export function articleUpsert(x: Extraction, hash: string, source: string | null = null): CypherQuery {
  return {
    cypher: `MATCH (a:Article {id: $article.id})
  ${ARTICLE_SET}`,
    params: articleParams(x, hash, source),
  };
}

/**
 * Locks each surname (a `NameLock` node under a uniqueness constraint, in sorted order) so that
 * concurrent articles naming the same surname resolve one after another, then reads the known
 * people with that surname through the `Person.surnameKey` index: one row, `surnames`, a list of
 * {key, fullNames, surnameOnly} (empty when the article names nobody).
 */
export const SURNAME_LOOKUP = `  UNWIND $keys AS key
  MERGE (l:NameLock {key: key})
  SET l.touched = true
  WITH key
  OPTIONAL MATCH (p:Person {surnameKey: key}) WHERE p.id <> 'person:' + key
  WITH key, collect(p.id) AS fullNames
  OPTIONAL MATCH (s:Entity {id: 'person:' + key})
  RETURN collect({key: key, fullNames: fullNames, surnameOnly: s IS NOT NULL}) AS surnames`;

// labels come from this fixed list, never from input
const LABEL_SETTERS = [
  ["PERSON", "Person"],
  ["COUNTRY", "Country"],
  ["ORGANISATION", "Organisation"],
  ["LOCATION", "Location"],
]
  .map(([type, label]) => `FOREACH (_ IN CASE WHEN e.type = '${type}' AND NOT n:${label} THEN [1] ELSE [] END | SET n:${label})`)
  .join("\n");

const ALIAS_DERIVED = `SET n.aliasText = reduce(s = '', x IN n.aliases | CASE s WHEN '' THEN x ELSE s + ' | ' + x END),
    n.nameKeys = reduce(acc = [toLower(n.name)], x IN n.aliases | CASE WHEN toLower(x) IN acc THEN acc ELSE acc + toLower(x) END)`;

/**
 * Creates or updates the entity `n` from the row `e` (an EntityRow); `carry` lists the variables
 * the query carries on (`a, ` in an article's write).
 */
export const entityUpsert = (carry: string): string => `MERGE (n:Entity {id: e.id}) ON CREATE SET n.name = e.name, n.aliases = []
  ${LABEL_SETTERS}
  // properties are written only when they change: a write locks the entity until commit, and hub
  // entities (country:us) are named by most articles, so unconditional SETs serialised the writers
  FOREACH (_ IN CASE WHEN n.code IS NULL AND e.code IS NOT NULL THEN [1] ELSE [] END | SET n.code = e.code)
  FOREACH (_ IN CASE WHEN n.surnameKey IS NULL AND e.surnameKey IS NOT NULL THEN [1] ELSE [] END | SET n.surnameKey = e.surnameKey)
  WITH ${carry}e, n, [x IN e.names WHERE x <> n.name AND NOT x IN n.aliases] AS added
  FOREACH (_ IN CASE WHEN size(added) > 0 OR n.nameKeys IS NULL THEN [1] ELSE [] END |
    SET n.aliases = reduce(acc = n.aliases, x IN added | CASE WHEN x IN acc THEN acc ELSE acc + x END)
    ${ALIAS_DERIVED})`;

/**
 * The article `a`'s statements (the list `statements`) and roles (`roles`), with `scope` carried
 * into the subqueries. They are new (the article is new, or its facts were just removed) and
 * unique in these lists, so CREATE, never MERGE: MERGE on a relationship takes exclusive locks on
 * both ends until commit, and hub entities (country:us) would serialise every writer naming them.
 */
export const statementsAndRoles = (statements: string, roles: string, scope = "a"): string[] => [
  `CALL (${scope}) {
  UNWIND ${statements} AS s
  CREATE (st:Statement {id: s.id, text: s.text, kind: s.kind, verb: s.verb, source: s.source, start: s.start, end: s.end, saidOn: date(s.saidOn)})
  CREATE (st)-[:REPORTED_IN]->(a)
  WITH st, s, ${statementDay("st", "a.publishedOn")} AS on
  CALL (st, s, on) {
    MATCH (sp:Entity {id: s.speakerId})
    CREATE (st)-[:SAID_BY ${linkProperties("sp", "on")}]->(sp)
  }
  CALL (st, s, on) {
    UNWIND s.aboutIds AS aboutId
    MATCH (ab:Entity {id: aboutId})
    CREATE (st)-[:ABOUT ${linkProperties("ab", "on")}]->(ab)
  }
}`,
  `CALL (${scope}) {
  UNWIND ${roles} AS r
  MATCH (p:Entity {id: r.personId})
  MATCH (o:Entity {id: r.ofId})
  CREATE (p)-[:HOLDS_ROLE {title: r.title, article: a.id}]->(o)
}`,
];

/** An article's statements and roles as the write query's parameters, with the graph ids `resolution` gave its entities. */
export function factsOf(x: Extraction, hash: string, resolution: Resolution) {
  const idByName = new Map<string, string>();
  for (const e of x.entities) if (!idByName.has(e.name)) idByName.set(e.name, resolution.idOf.get(e.id)!);
  const statementPrefix = `statement:${hash.slice(0, 16)}`;
  const statements = uniqueBy(
    x.statements.map((s) => ({
      id: `${statementPrefix}:${s.start}-${s.end}`,
      text: s.text,
      kind: s.kind,
      verb: s.verb,
      source: s.source ?? null,
      saidOn: s.saidOn,
      start: s.start,
      end: s.end,
      speakerId: (s.speakerId ? resolution.idOf.get(s.speakerId) : null) ?? (s.speaker ? idByName.get(s.speaker) : null) ?? null,
      aboutIds: [...new Set(s.about.map((name) => idByName.get(name)).filter((id): id is string => !!id))],
    })),
    (s) => s.id,
  );
  const roles = uniqueBy(
    x.entities.flatMap((e) =>
      (e.roles ?? []).map((r) => ({
        personId: resolution.idOf.get(e.id)!,
        title: r.title,
        ofId: r.of ? (idByName.get(r.of) ?? null) : null,
      })),
    ),
    (r) => `${r.personId}|${r.title}|${r.ofId}`,
  ).filter((r) => r.ofId !== null && r.ofId !== r.personId);
  return { statements, roles };
}

/** How many statements an extraction has (statements with the same span are one). */
export const statementCount = (x: Extraction): number => new Set(x.statements.map((s) => `${s.start}-${s.end}`)).size;

/** The one query that writes an article's facts once its entities are resolved: entities and mentions, statements, roles. */
export function articleWrite(x: Extraction, hash: string, resolution: Resolution): CypherQuery {
  const articleId = articleIdFor(hash);
  const { statements, roles } = factsOf(x, hash, resolution);

  // every part is always there (an empty list costs nothing), so the database plans one query shape, not sixteen
  const parts = [
    `CALL (a) {
  UNWIND $entities AS e
  ${entityUpsert("a, ")}
  // the article has no mentions at this point (new, or its facts were just removed)
  CREATE (a)-[:MENTIONS {count: size(e.starts), starts: e.starts, ends: e.ends}]->(n)
}`,
    ...(resolution.absorb.length > 0 ? [`CALL () {\n${ABSORB}\n}`] : []),
    ...statementsAndRoles("$statements", "$roles"),
  ];
  return {
    cypher: `MATCH (a:Article {id: $articleId})\n${parts.join("\n")}\nRETURN count(*) AS written`,
    params: { articleId, entities: resolution.entities, pairs: resolution.absorb, statements, roles },
  };
}

/** Folds surname-only people into the full-name person: mentions, statements and roles move; the name becomes an alias. */
export const ABSORB = `  UNWIND $pairs AS pair
  MATCH (s:Entity {id: pair.from})
  MATCH (n:Entity {id: pair.into})
  CALL (s, n) {
    MATCH (a:Article)-[r:MENTIONS]->(s)
    MERGE (a)-[m:MENTIONS]->(n)
    ON CREATE SET m.count = r.count, m.starts = r.starts, m.ends = r.ends
    ON MATCH SET m.count = m.count + r.count, m.starts = m.starts + r.starts, m.ends = m.ends + r.ends
  }
  CALL (s, n) { MATCH (st:Statement)-[r:SAID_BY]->(s) MERGE (st)-[m:SAID_BY]->(n) ON CREATE SET m = ${linkProperties("n", "r.on")} }
  CALL (s, n) { MATCH (st:Statement)-[r:ABOUT]->(s) MERGE (st)-[m:ABOUT]->(n) ON CREATE SET m = ${linkProperties("n", "r.on")} }
  CALL (s, n) { MATCH (s)-[r:HOLDS_ROLE]->(o) MERGE (n)-[:HOLDS_ROLE {title: r.title, article: r.article}]->(o) }
  SET n.aliases = reduce(acc = n.aliases, x IN [s.name] + coalesce(s.aliases, []) | CASE WHEN x = n.name OR x IN acc THEN acc ELSE acc + x END)
  ${ALIAS_DERIVED}
  DETACH DELETE s`;

export async function writeArticle(db: Db, x: Extraction, hash: string, options: WriteOptions = {}): Promise<WriteResult> {
  // a concurrent ingest of another text with the same URL can win the URL's uniqueness check; run again then
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.write((tx) => writeInTransaction(tx, x, hash, options), options.stats);
      if (result.outcome !== "unchanged" && options.awaitSearchIndexes !== false) await db.awaitSearchIndexes();
      return result;
    } catch (error) {
      if (attempt >= 3 || !isConstraintViolation(error)) throw error;
    }
  }
}

async function writeInTransaction(tx: WriteTx, x: Extraction, hash: string, options: WriteOptions): Promise<WriteResult> {
  const articleId = articleIdFor(hash);
  const [check] = await tx.run(articleCheck(x, hash, options.source ?? null));
  const stored = check?.extractor ?? null;
  const replaced = check?.replaces ?? null;
  if (stored === x.extractor) return { articleId, created: false, outcome: "unchanged", replaced: null, entities: 0, statements: 0 };

  const formerlyMentioned: string[] = [];
  if (check?.written !== true) {
    const remove = async (id: string, drop: boolean) => {
      const rows = await tx.run(removeArticleFacts(id, drop));
      formerlyMentioned.push(...(rows[0]?.mentioned ?? []));
    };
    if (replaced) await remove(replaced, true);
    if (stored !== null) await remove(articleId, false);
    await tx.run(articleUpsert(x, hash, options.source ?? null));
  }

  // read before the old facts went: removing them deletes no entity (orphans go after the write)
  const known = new Map<string, KnownSurname>();
  for (const row of check?.surnames ?? []) {
    known.set(row.key, { fullNames: row.fullNames, surnameOnly: row.surnameOnly === true });
  }
  const resolution = resolveEntities(x, known);
  await tx.run(articleWrite(x, hash, resolution));
  if (formerlyMentioned.length > 0) await tx.run(orphanCleanup(formerlyMentioned));
  await options.beforeCommit?.(tx);
  return {
    articleId,
    created: stored === null,
    outcome: stored === null ? "created" : "reextracted",
    replaced,
    entities: resolution.entities.length,
    statements: statementCount(x),
  };
}

function isConstraintViolation(error: unknown): boolean {
  return dbErrorKind(error) === "constraint";
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
