/**
 * The bulk write path: many new articles in one transaction, with the same outcome as writing them
 * one after another (`writeArticle`), in two queries whatever their number. Neo4j's fixed cost of a
 * transaction (BEGIN, planning look-ups, the commit and its log flush) was most of an article's
 * database time; a batch pays it once.
 *
 * 1. `batchCheck`: every article's key is locked (MERGE under the uniqueness constraint, in id
 *    order), a new one is written with its outlet, and the known people of every surname the batch
 *    names are read under the surnames' locks.
 * 2. In code: entities are resolved article by article, each seeing what the ones before it wrote
 *    (the known surnames are updated as `writeArticle` would have left them in the graph).
 * 3. `batchWrite`: every entity of the batch once (sorted by id, so concurrent batches take their
 *    locks in one order), then each article's mentions, statements and roles, then the surname-only
 *    people the batch folds into full names.
 *
 * Both queries keep their first plan (`CYPHER replan=skip`, `PLAN_ONCE`), and `planBatchShapes`
 * plans them before the first batch. Neo4j replans a cached query when the statistics it was
 * planned with diverge (every 10 s at most), which is all the time while a bulk ingest grows the
 * graph from nothing: each batch shape was planned again and again, cold, by the writers at once.
 * These queries find everything through unique-index seeks (the URL look-up by hint) and expansions
 * from the nodes found, so their plans do not depend on the graph's size: the same operators on an
 * empty graph as on a grown one (bench/plans.ts), but for the fold of surname-only people
 * (`ABSORB`), whose role MERGE seeks the role index by article on an empty graph and expands between
 * the two people on a grown one, neither of them a scan.
 *
 * Anything that is not a plain new article (another extractor's version to re-extract, another
 * article with the same URL to replace, a surname-only person a later article would bring back
 * after an earlier one folded it) throws `NotABatch`; the transaction rolls back, and the caller
 * writes those articles one by one.
 */
import type { Extraction } from "../extract/types.js";
import type { CypherQuery, Db, QueryStats, WriteTx } from "./neo4j.js";
import { resolveEntities, surnameKeysOf, type EntityRow, type KnownSurname, type Resolution } from "./resolve-entities.js";
import {
  ABSORB,
  articleIdFor,
  articleParams,
  articleSet,
  entityUpsert,
  factsOf,
  statementCount,
  statementsAndRoles,
  SURNAME_LOOKUP,
  type WriteResult,
} from "./write.js";

export interface BatchArticle {
  extraction: Extraction;
  hash: string;
  /** the text as extracted, kept on the article (see WriteOptions.source) */
  source: string | null;
}

/** The batch holds an article that must be written on its own (see the module's comment). */
export class NotABatch extends Error {
  constructor(reason: string) {
    super(`not a batch of new articles: ${reason}`);
    this.name = "NotABatch";
  }
}

/** Keeps the first plan of a query (see the module's comment). */
const PLAN_ONCE = "CYPHER replan=skip ";

/**
 * Plans the bulk queries (the check and the write) without writing anything: over empty lists
 * they find nothing and change nothing, and their plans stay in Neo4j's query cache for the
 * batches to come. Bulk ingestion runs it while the extraction workers start and the first texts
 * are read. The write's other shape, with folds, is planned when a batch first folds a person.
 */
export function planBatchShapes(db: Db): Promise<void> {
  return db.write(async (tx) => {
    await tx.run(batchCheck([]));
    await tx.run(batchWrite([], [], []));
  });
}

interface CheckedArticle {
  id: string;
  extractor: string | null;
  replaces: string | null;
  written: boolean;
}

interface BatchCheckRow {
  articles: CheckedArticle[];
  surnames: { key: string; fullNames: string[]; surnameOnly: boolean }[];
}

/** Locks and checks the articles (writing the new ones), then locks and looks up the surnames of all of them. */
export function batchCheck(articles: readonly BatchArticle[]): CypherQuery<BatchCheckRow> {
  const rows = articles
    .map((b) => articleParams(b.extraction, b.hash, b.source))
    .sort((x, y) => (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0));
  return {
    cypher: `${PLAN_ONCE}UNWIND $articles AS art
MERGE (a:Article {id: art.article.id})
WITH art, a, a.extractor AS extractor
OPTIONAL MATCH (old:Article {url: art.article.url}) USING INDEX SEEK old:Article(url) WHERE old.id <> a.id
WITH art, a, extractor, old.id AS replaces
CALL (a, art, extractor, replaces) {
  WITH a, art WHERE extractor IS NULL AND replaces IS NULL
  ${articleSet("art.article", "art.outlet", "a, art")}
  RETURN true AS written
  UNION
  WITH a, art WHERE NOT (extractor IS NULL AND replaces IS NULL)
  RETURN false AS written
}
WITH collect({id: a.id, extractor: extractor, replaces: replaces, written: written}) AS articles
CALL () {
${SURNAME_LOOKUP}
}
RETURN articles, surnames`,
    params: { articles: rows, keys: [...new Set(articles.flatMap((b) => surnameKeysOf(b.extraction)))].sort() },
  };
}

/** One article's part of the batch write: its mentions (entity id and spans), statements and roles. */
interface ArticleFacts {
  articleId: string;
  mentions: { id: string; starts: number[]; ends: number[] }[];
  statements: ReturnType<typeof factsOf>["statements"];
  roles: ReturnType<typeof factsOf>["roles"];
}

/** Writes the entities once, then each article's facts, then folds the surname-only people `pairs` names. */
export function batchWrite(entities: EntityRow[], articles: ArticleFacts[], pairs: Resolution["absorb"]): CypherQuery<{ written: number }> {
  return {
    cypher: `${PLAN_ONCE}CALL () {
  UNWIND $entities AS e
  ${entityUpsert("")}
  RETURN count(*) AS entityRows
}
UNWIND $articles AS art
MATCH (a:Article {id: art.articleId})
CALL (a, art) {
  UNWIND art.mentions AS m
  MATCH (n:Entity {id: m.id})
  // the article is new: it has no mentions yet
  CREATE (a)-[:MENTIONS {count: size(m.starts), starts: m.starts, ends: m.ends}]->(n)
}
${statementsAndRoles("art.statements", "art.roles", "a, art").join("\n")}
WITH count(*) AS written
${pairs.length > 0 ? `CALL () {\n${ABSORB}\n}\n` : ""}RETURN written`,
    params: { entities, articles, pairs },
  };
}

/**
 * The entity rows of many articles as one row per entity, sorted by id: the names in the order the
 * articles gave them (so aliases grow as they would article by article), the first code and
 * surname key given.
 */
export function mergeEntityRows(rows: readonly EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) {
      byId.set(row.id, { ...row, names: [...row.names] });
      continue;
    }
    for (const name of row.names) if (!seen.names.includes(name)) seen.names.push(name);
    seen.code ??= row.code;
    seen.surnameKey ??= row.surnameKey;
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the graph says of the surname `key` once `resolution`'s entities and folds are written (SURNAME_LOOKUP's view). */
function learn(known: Map<string, KnownSurname>, resolution: Resolution): void {
  const entry = (key: string) => {
    const found = known.get(key) ?? { fullNames: [], surnameOnly: false };
    known.set(key, found);
    return found;
  };
  for (const row of resolution.entities) {
    if (row.type !== "PERSON" || !row.surnameKey) continue;
    const k = entry(row.surnameKey);
    if (row.id === `person:${row.surnameKey}`) k.surnameOnly = true;
    else if (!k.fullNames.includes(row.id)) k.fullNames = [...k.fullNames, row.id];
  }
  for (const pair of resolution.absorb) entry(pair.from.slice("person:".length)).surnameOnly = false;
}

/** The batch's queries in the transaction `tx`; one result per article, in the order given. */
async function writeBatchIn(tx: WriteTx, articles: readonly BatchArticle[]): Promise<WriteResult[]> {
  const [check] = await tx.run(batchCheck(articles));
  if (!check) throw new NotABatch("the check returned nothing");
  const checked = new Map(check.articles.map((a) => [a.id, a]));
  const known = new Map<string, KnownSurname>(
    check.surnames.map((s) => [s.key, { fullNames: s.fullNames, surnameOnly: s.surnameOnly === true }]),
  );

  const results: WriteResult[] = [];
  const rows: EntityRow[] = [];
  const facts: ArticleFacts[] = [];
  const folded = new Set<string>();
  const pairs: Resolution["absorb"] = [];
  for (const { extraction: x, hash } of articles) {
    const articleId = articleIdFor(hash);
    const stored = checked.get(articleId);
    if (!stored) throw new NotABatch(`${articleId} was not checked`);
    if (!stored.written) {
      // written by someone else meanwhile (the same text, e.g. a concurrent ingest): nothing to do
      if (stored.extractor === x.extractor) {
        results.push({ articleId, created: false, outcome: "unchanged", replaced: null, entities: 0, statements: 0 });
        continue;
      }
      throw new NotABatch(stored.replaces ? `${articleId} replaces ${stored.replaces}` : `${articleId} has another extractor's facts`);
    }
    const resolution = resolveEntities(x, known);
    const back = resolution.entities.find((e) => folded.has(e.id));
    if (back) throw new NotABatch(`${articleId} names ${back.id}, which an earlier article of the batch folds into a full name`);
    for (const pair of resolution.absorb) folded.add(pair.from);
    learn(known, resolution);
    rows.push(...resolution.entities);
    pairs.push(...resolution.absorb);
    facts.push({
      articleId,
      mentions: resolution.entities.map((e) => ({ id: e.id, starts: e.starts, ends: e.ends })),
      ...factsOf(x, hash, resolution),
    });
    results.push({
      articleId,
      created: true,
      outcome: "created",
      replaced: null,
      entities: resolution.entities.length,
      statements: statementCount(x),
    });
  }
  if (facts.length > 0) await tx.run(batchWrite(mergeEntityRows(rows), facts, pairs));
  return results;
}

/**
 * Writes new articles in one transaction: all of them, or (on any error, NotABatch included) none.
 * The same text twice in `articles` is written once (the later one answers "unchanged").
 */
export function writeArticles(db: Db, articles: readonly BatchArticle[], stats?: QueryStats): Promise<WriteResult[]> {
  return db.write((tx) => writeBatchIn(tx, dedupe(articles)).then((results) => expand(articles, results)), stats);
}

function dedupe(articles: readonly BatchArticle[]): BatchArticle[] {
  const seen = new Set<string>();
  return articles.filter((b) => !seen.has(b.hash) && (seen.add(b.hash), true));
}

/** Results for every article given: a repeated text gets "unchanged". */
function expand(articles: readonly BatchArticle[], results: readonly WriteResult[]): WriteResult[] {
  const byId = new Map(results.map((r) => [r.articleId, r]));
  const first = new Set<string>();
  return articles.map((b) => {
    const id = articleIdFor(b.hash);
    if (first.has(id)) return { articleId: id, created: false, outcome: "unchanged", replaced: null, entities: 0, statements: 0 };
    first.add(id);
    return byId.get(id)!;
  });
}
