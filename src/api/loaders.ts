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
  type StatementRecord,
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

/** Same-speaker statements from other articles, with the text of the statement they were found for. */
export interface SameSpeakerCandidates {
  text: string;
  candidates: StatementRecord[];
}

export interface Loaders {
  /** primes `speakerOfStatement` from a page of statements that carries their speakers */
  primeSpeakers: (page: Page<StatementRecord>) => void;
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
  speakerOfStatement: DataLoader<string, EntityRecord | null>;
  aboutOfStatement: DataLoader<string, EntityRecord[]>;
  sameSpeakerStatements: DataLoader<string, SameSpeakerCandidates | null>;
  statementsOfArticle: DataLoader<PageKey, Page<StatementRecord>, string>;
  statementsByEntity: DataLoader<PageKey, Page<StatementRecord>, string>;
  statementsAboutEntity: DataLoader<PageKey, Page<StatementRecord>, string>;
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
   * (id and more) → a list: `field` of the row whose `id` matches, or empty; one query per group of
   * keys (`group` says which: the same arguments and projection), built from the group's first key.
   */
  const grouped = <K extends { id: string }, R extends { id: string } & Record<F, unknown[]>, F extends string>(
    group: (key: K) => string,
    query: (ids: readonly string[], key: K) => CypherQuery<R>,
    field: F,
  ) =>
    new DataLoader<K, R[F] | [], string>(
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
        return keys.map((k) => found.get(`${k.id}|${group(k)}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.id}|${group(k)}` },
    );
  /** (id, page) → a page: one query per distinct page arguments in the batch. */
  const paged = <T>(
    query: (ids: readonly string[], page: PageArgs) => CypherQuery<PageRow<T> & { id: string }>,
    onPage?: (page: Page<T>) => void,
  ) =>
    new DataLoader<PageKey, Page<T>, string>(
      async (keys) => {
        const groups = new Map<string, { page: PageArgs; ids: string[] }>();
        for (const k of keys) {
          const g = groups.get(pageKey(k.page)) ?? { page: k.page, ids: [] };
          g.ids.push(k.id);
          groups.set(pageKey(k.page), g);
        }
        const pages = new Map<string, Page<T>>();
        await Promise.all(
          [...groups.values()].map(async ({ page, ids }) => {
            const byId = byIdOf(await db.read(query(ids, page), stats));
            for (const id of ids) {
              const p = toPage<T>(byId.get(id), page);
              onPage?.(p);
              pages.set(`${id}|${pageKey(page)}`, p);
            }
          }),
        );
        return keys.map((k) => pages.get(`${k.id}|${pageKey(k.page)}`)!);
      },
      { cacheKeyFn: (k) => `${k.id}|${pageKey(k.page)}` },
    );

  const speakerOfStatement = one(speakersOfStatements, "entity");
  /** statement pages carry their speakers (PAGED_STATEMENT_PROJECTION): `speaker` fields then run no query */
  const primeSpeakers = (page: Page<StatementRecord>) => {
    for (const s of page.items) if (s.speaker !== undefined) speakerOfStatement.prime(s.id, s.speaker);
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
    ),
    rolesOfPerson: many(rolesOfPeople, "roles"),
    coMentions: grouped(
      (k: CoMentionKey) => `${k.first}|${coMentionShapeKey(k.shape)}`,
      (ids, k) => coMentionsOf(ids, k.first, k.shape),
      "items",
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
    statementsOfArticle: paged<StatementRecord>(statementsOfArticles, primeSpeakers),
    statementsByEntity: paged<StatementRecord>((ids, page) => statementsOfEntities("by", ids, page), primeSpeakers),
    statementsAboutEntity: paged<StatementRecord>((ids, page) => statementsOfEntities("about", ids, page), primeSpeakers),
    articlesOfEntity: paged<ArticleRecord>(articlesOfEntities),
    articlesOfOutlet: paged<ArticleRecord>(articlesOfOutlets),
    timeline: paged<TimelineRecord>(timelinesOf),
  };
}

const pageKey = (page: PageArgs): string => `${page.first}|${page.after ?? ""}|${page.total === false ? "" : "t"}`;

function byIdOf<R extends { id: string }>(rows: R[]): Map<string, R> {
  return new Map(rows.map((r) => [r.id as string, r]));
}
