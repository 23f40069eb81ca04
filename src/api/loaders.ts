/**
 * DataLoaders, one set per request: every field that fans out over a list of parents is fetched
 * in one query for all of them (UNWIND $ids), so the number of queries an operation runs follows
 * its shape, never the number of results. Paged fields batch per distinct page arguments.
 */
import DataLoader from "dataloader";
import type { CypherQuery, Db, QueryStats } from "../graph/neo4j.js";
import {
  articlesByIds,
  articlesOfEntities,
  bodiesOfArticles,
  articlesOfOutlets,
  outletsByIds,
  outletsOfArticles,
  sourcesOfArticles,
  type ArticleRecord,
  type OutletRecord,
} from "../graph/read/articles.js";
import {
  coMentionsOf,
  entitiesByIds,
  entitiesOfArticles,
  rolesOfPeople,
  coMentionShapeKey,
  type CoMentionRecord,
  type CoMentionShape,
  type EntityField,
  type EntityLabel,
  type EntityRecord,
  type RoleRecord,
} from "../graph/read/entities.js";
import { toPage, type Page, type PageArgs, type PageRow } from "../graph/read/page.js";
import {
  aboutOfStatements,
  sameSpeakerStatements,
  speakersOfStatements,
  statementsByIds,
  statementsOfArticles,
  statementsOfEntities,
  statementShapeKey,
  type StatementRecord,
  type StatementShape,
} from "../graph/read/statements.js";
import { timelinesOf, type TimelineRecord } from "../graph/read/timeline.js";

/** The entities of one label an article mentions, read with the fields selected. */
export interface EntitiesOfArticleKey {
  id: string;
  label: EntityLabel;
  fields: readonly EntityField[];
}

/** An entity's co-mentions: how many, read with what (the selection's shape). */
export interface CoMentionKey {
  id: string;
  first: number;
  shape: CoMentionShape;
}

/** A per-parent page request: the parent's id and the page arguments. */
export interface PageKey {
  id: string;
  page: PageArgs;
}

/** A per-parent page of statements: read as the selection's shape (so two selections never share a partial record). */
export interface StatementPageKey extends PageKey {
  shape: StatementShape;
}

/** A statement's speaker, read with the fields selected. */
export interface SpeakerKey {
  id: string;
  fields: readonly EntityField[];
}

/** Same-speaker statements from other articles, with the text of the statement they were found for. */
export interface SameSpeakerCandidates {
  text: string;
  candidates: StatementRecord[];
}

export interface Loaders {
  /** primes `speakerOfStatement` from a page of statements read as `shape`, when it carries their speakers */
  primeSpeakers: (page: Page<StatementRecord>, shape: StatementShape) => void;
  article: DataLoader<string, ArticleRecord | null>;
  bodyOfArticle: DataLoader<string, string | null>;
  outlet: DataLoader<string, OutletRecord | null>;
  outletOfArticle: DataLoader<string, OutletRecord | null>;
  sourceOfArticle: DataLoader<string, string | null>;
  entity: DataLoader<string, EntityRecord | null>;
  /** the entities of one label an article mentions */
  entitiesOfArticle: DataLoader<EntitiesOfArticleKey, EntityRecord[], string>;
  rolesOfPerson: DataLoader<string, RoleRecord[]>;
  coMentions: DataLoader<CoMentionKey, CoMentionRecord[], string>;
  statement: DataLoader<string, StatementRecord | null>;
  speakerOfStatement: DataLoader<SpeakerKey, EntityRecord | null, string>;
  aboutOfStatement: DataLoader<string, EntityRecord[]>;
  sameSpeakerStatements: DataLoader<string, SameSpeakerCandidates | null>;
  statementsOfArticle: DataLoader<StatementPageKey, Page<StatementRecord>, string>;
  statementsByEntity: DataLoader<StatementPageKey, Page<StatementRecord>, string>;
  statementsAboutEntity: DataLoader<StatementPageKey, Page<StatementRecord>, string>;
  articlesOfEntity: DataLoader<PageKey, Page<ArticleRecord>, string>;
  articlesOfOutlet: DataLoader<PageKey, Page<ArticleRecord>, string>;
  timeline: DataLoader<PageKey, Page<TimelineRecord>, string>;
}

export function createLoaders(db: Db, stats: QueryStats): Loaders {
  /** id → one value: `field` of the row whose `id` matches. */
  const one = <R extends { id: string }, F extends keyof R>(query: (ids: readonly string[]) => CypherQuery<R>, field: F) =>
    new DataLoader<string, R[F] | null>(async (ids) => {
      const byId = byIdOf(await db.read(query(ids), stats));
      return ids.map((id) => byId.get(id)?.[field] ?? null);
    });
  /** id → a list: `field` of the row whose `id` matches, or empty. */
  const many = <R extends { id: string } & Record<F, unknown[]>, F extends string>(
    query: (ids: readonly string[]) => CypherQuery<R>,
    field: F,
  ) =>
    new DataLoader<string, R[F] | []>(async (ids) => {
      const byId = byIdOf(await db.read(query(ids), stats));
      return ids.map((id) => byId.get(id)?.[field] ?? []);
    });
  /**
   * (id and more) → `field` of the row whose `id` matches, or `missing`; one query per group of
   * keys (`group` says which: the same arguments and projection), built from the group's first key.
   */
  const grouped = <K extends { id: string }, R extends { id: string } & Record<F, unknown>, F extends string, M>(
    group: (key: K) => string,
    query: (ids: readonly string[], key: K) => CypherQuery<R>,
    field: F,
    missing: M,
  ) =>
    new DataLoader<K, R[F] | M, string>(
      async (keys) => {
        const groups = new Map<string, { key: K; ids: string[] }>();
        for (const k of keys) {
          const g = groups.get(group(k)) ?? { key: k, ids: [] };
          g.ids.push(k.id);
          groups.set(group(k), g);
        }
        const found = new Map<string, R[F]>();
        await Promise.all(
          [...groups].map(async ([name, { key, ids }]) => {
            for (const r of await db.read(query(ids, key), stats)) found.set(`${r.id}|${name}`, r[field]);
          }),
        );
        return keys.map((k) => found.get(`${k.id}|${group(k)}`) ?? missing);
      },
      { cacheKeyFn: (k) => `${k.id}|${group(k)}` },
    );
  /**
   * (id, page and more) → a page: one query per group of keys with the same page arguments (and
   * the same `shape`, e.g. the projection), built from the group's first key.
   */
  const paged = <T, K extends PageKey = PageKey>(
    query: (ids: readonly string[], key: K) => CypherQuery<PageRow<T> & { id: string }>,
    onPage?: (page: Page<T>, key: K) => void,
    shape: (key: K) => string = () => "",
  ) => {
    const group = (k: K) => `${pageKey(k.page)}|${shape(k)}`;
    return new DataLoader<K, Page<T>, string>(
      async (keys) => {
        const groups = new Map<string, { key: K; ids: string[] }>();
        for (const k of keys) {
          const g = groups.get(group(k)) ?? { key: k, ids: [] };
          g.ids.push(k.id);
          groups.set(group(k), g);
        }
        const pages = new Map<string, Page<T>>();
        await Promise.all(
          [...groups].map(async ([name, { key, ids }]) => {
            const byId = byIdOf(await db.read(query(ids, key), stats));
            for (const id of ids) {
              const p = toPage<T>(byId.get(id), key.page);
              onPage?.(p, key);
              pages.set(`${id}|${name}`, p);
            }
          }),
        );
        return keys.map((k) => pages.get(`${k.id}|${group(k)}`)!);
      },
      { cacheKeyFn: (k) => `${k.id}|${group(k)}` },
    );
  };
  /** a page of statements, by its page arguments and shape */
  const statementPages = (
    query: (ids: readonly string[], page: PageArgs, shape: StatementShape) => CypherQuery<PageRow<StatementRecord> & { id: string }>,
  ) =>
    paged<StatementRecord, StatementPageKey>(
      (ids, k) => query(ids, k.page, k.shape),
      (p, k) => primeSpeakers(p, k.shape),
      (k) => statementShapeKey(k.shape),
    );

  const speakerOfStatement = grouped(
    (k: SpeakerKey) => k.fields.join(","),
    (ids, k) => speakersOfStatements(ids, k.fields),
    "entity",
    null,
  );
  /** statement pages whose shape reads the speaker carry it: `speaker` fields of that selection then run no query */
  const primeSpeakers = (page: Page<StatementRecord>, shape: StatementShape) => {
    const fields = shape.speaker;
    if (fields === null) return;
    for (const s of page.items) if (s.speaker !== undefined) speakerOfStatement.prime({ id: s.id, fields }, s.speaker);
  };

  return {
    primeSpeakers,
    article: new DataLoader(async (ids) => {
      const rows = await db.read(articlesByIds(ids), stats);
      const byId = new Map(rows.map((r) => [r.article.id, r.article]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    bodyOfArticle: one(bodiesOfArticles, "body"),
    outlet: one(outletsByIds, "outlet"),
    outletOfArticle: one(outletsOfArticles, "outlet"),
    sourceOfArticle: one(sourcesOfArticles, "source"),
    entity: one(entitiesByIds, "entity"),
    entitiesOfArticle: grouped(
      (k: EntitiesOfArticleKey) => `${k.label}|${k.fields.join(",")}`,
      (ids, k) => entitiesOfArticles(ids, k.label, k.fields),
      "entities",
      [],
    ),
    rolesOfPerson: many(rolesOfPeople, "roles"),
    coMentions: grouped(
      (k: CoMentionKey) => `${k.first}|${coMentionShapeKey(k.shape)}`,
      (ids, k) => coMentionsOf(ids, k.first, k.shape),
      "items",
      [],
    ),
    statement: one(statementsByIds, "statement"),
    speakerOfStatement,
    aboutOfStatement: many(aboutOfStatements, "entities"),
    sameSpeakerStatements: new DataLoader(async (ids) => {
      const byId = byIdOf(await db.read(sameSpeakerStatements(ids), stats));
      return ids.map((id) => {
        const row = byId.get(id);
        return row ? { text: row.text, candidates: row.candidates } : null;
      });
    }),
    statementsOfArticle: statementPages(statementsOfArticles),
    statementsByEntity: statementPages((ids, page, shape) => statementsOfEntities("by", ids, page, shape)),
    statementsAboutEntity: statementPages((ids, page, shape) => statementsOfEntities("about", ids, page, shape)),
    articlesOfEntity: paged<ArticleRecord>((ids, k) => articlesOfEntities(ids, k.page)),
    articlesOfOutlet: paged<ArticleRecord>((ids, k) => articlesOfOutlets(ids, k.page)),
    timeline: paged<TimelineRecord>((ids, k) => timelinesOf(ids, k.page)),
  };
}

const pageKey = (page: PageArgs): string => `${page.first}|${page.after ?? ""}|${page.total === false ? "" : "t"}`;

function byIdOf<R extends { id: string }>(rows: R[]): Map<string, R> {
  return new Map(rows.map((r) => [r.id as string, r]));
}
