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
  type CoMentionRecord,
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
  entitiesOfArticle: DataLoader<{ id: string; label: EntityLabel }, EntityRecord[], string>;
  rolesOfPerson: DataLoader<string, RoleRecord[]>;
  coMentions: DataLoader<{ id: string; first: number }, CoMentionRecord[], string>;
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
  /** (id, argument) → a list: `field` of the row whose `id` matches, or empty; one query per distinct argument in the batch. */
  const manyPer = <K extends string, A extends string | number, R extends { id: string } & Record<F, unknown[]>, F extends string>(
    argument: K,
    query: (ids: readonly string[], arg: A) => CypherQuery<R>,
    field: F,
  ) =>
    new DataLoader<{ id: string } & Record<K, A>, R[F] | [], string>(
      async (keys) => {
        const groups = new Map<A, string[]>();
        for (const k of keys) groups.set(k[argument], [...(groups.get(k[argument]) ?? []), k.id]);
        const found = new Map<string, R[F]>();
        await Promise.all(
          [...groups].map(async ([arg, ids]) => {
            for (const r of await db.read(query(ids, arg), stats)) found.set(`${r.id}|${arg}`, r[field]);
          }),
        );
        return keys.map((k) => found.get(`${k.id}|${k[argument]}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.id}|${k[argument]}` },
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
    entitiesOfArticle: manyPer("label", entitiesOfArticles, "entities"),
    rolesOfPerson: many(rolesOfPeople, "roles"),
    coMentions: manyPer("first", coMentionsOf, "items"),
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
