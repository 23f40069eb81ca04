/** Parameterised Cypher for articles and outlets. */
import type { CypherQuery } from "../neo4j.js";
import { BY_NAME } from "./entities.js";
import {
  BY_ID,
  dateKeys,
  oneWithExtras,
  pagePerParentQuery,
  pageQuery,
  type Direction,
  type Extra,
  type PageArgs,
  type PagePart,
  type PageRow,
  type PageWithExtrasRow,
  type SortKey,
} from "./page.js";

export interface ArticleRecord {
  id: string;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  /** only when asked for (it can be long): `Article.body` loads it otherwise */
  body?: string;
  extractor: string;
}

export interface OutletRecord {
  id: string;
  name: string;
}

export interface ArticleFilterInput {
  outlet?: string | null;
  from?: string | null;
  to?: string | null;
  title?: string | null;
}

/** The article bound to `v` without its body, which can be long and is rarely selected: `Article.body` loads it (bodiesOfArticles). */
export const articleProjection = (v: string): string => `${v} {.id, .title, .url, .extractor, publishedOn: toString(${v}.publishedOn)}`;
export const ARTICLE_PROJECTION = articleProjection("node");
const ARTICLE_WITH_BODY = "node {.id, .title, .url, .body, .extractor, publishedOn: toString(node.publishedOn)}";

/** By publication date (undated last), then id. */
const articleOrder = (direction: Direction): SortKey[] => dateKeys("node.publishedOn", direction, BY_ID);

/** A page of articles (with their bodies when `withBody`); `extras` run for each article on it (its entities, statements… in the same query). */
export function listArticles(
  filter: ArticleFilterInput | null | undefined,
  page: PageArgs,
  direction: Direction = "DESC",
  extras: readonly Extra[] = [],
  withBody = false,
): CypherQuery<PageWithExtrasRow<ArticleRecord>> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.outlet) {
    where.push("EXISTS { (node)-[:PUBLISHED_BY]->(o:Outlet) WHERE toLower(o.name) = toLower($outlet) }");
    params.outlet = filter.outlet;
  }
  if (filter?.from) {
    where.push("node.publishedOn >= date($from)");
    params.from = filter.from;
  }
  if (filter?.to) {
    where.push("node.publishedOn <= date($to)");
    params.to = filter.to;
  }
  if (filter?.title) {
    where.push("toLower(node.title) CONTAINS toLower($title)");
    params.title = filter.title;
  }
  const match = `MATCH (node:Article)${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`;
  return pageQuery<ArticleRecord>(
    {
      match,
      keys: articleOrder(direction),
      projection: withBody ? ARTICLE_WITH_BODY : ARTICLE_PROJECTION,
      // the newest (or oldest) articles come from the index article_published in its order (migrate.ts), not a sort of all
      indexedDate: { expr: "node.publishedOn", direction },
    },
    params,
    page,
    extras,
  );
}

export function articlesByIds(ids: readonly string[]): CypherQuery<{ article: ArticleRecord }> {
  return {
    cypher: `UNWIND $ids AS id MATCH (node:Article {id: id}) RETURN ${ARTICLE_PROJECTION} AS article`,
    params: { ids: [...ids] },
  };
}

/** The article `id` (with its body when `withBody`) and the extras of its fields (`oneWithExtras`). */
export const articleWithExtras = (id: string, extras: readonly Extra[], withBody = false) =>
  oneWithExtras<ArticleRecord>("MATCH (node:Article {id: id})", withBody ? ARTICLE_WITH_BODY : ARTICLE_PROJECTION, id, extras);

/**
 * The articles that mention the entity `id`, newest first. A MENTIONS relationship always leads from
 * an article (the write path creates no other, one per article and entity), so the total is the
 * entity's degree, which the store answers without reading the articles (Reagan: 311 of them).
 */
export const ARTICLES_OF_ENTITY: PagePart<ArticleRecord> = {
  match: "MATCH (:Entity {id: id})<-[:MENTIONS]-(node:Article)",
  count: "COUNT { (:Entity {id: id})<-[:MENTIONS]-() }",
  keys: articleOrder("DESC"),
  projection: ARTICLE_PROJECTION,
};

/** The articles the outlet `id` published, newest first. */
export const ARTICLES_OF_OUTLET: PagePart<ArticleRecord> = {
  match: "MATCH (:Outlet {id: id})<-[:PUBLISHED_BY]-(node:Article)",
  count: "COUNT { (:Outlet {id: id})<-[:PUBLISHED_BY]-(:Article) }",
  keys: articleOrder("DESC"),
  projection: ARTICLE_PROJECTION,
};

/** Articles that mention each entity, newest first. */
export function articlesOfEntities(ids: readonly string[], page: PageArgs): CypherQuery<PageRow<ArticleRecord> & { id: string }> {
  return pagePerParentQuery(ARTICLES_OF_ENTITY, ids, page);
}

/** Articles each outlet published, newest first. */
export function articlesOfOutlets(ids: readonly string[], page: PageArgs): CypherQuery<PageRow<ArticleRecord> & { id: string }> {
  return pagePerParentQuery(ARTICLES_OF_OUTLET, ids, page);
}

/** Each article's body. */
export function bodiesOfArticles(ids: readonly string[]): CypherQuery<{ id: string; body: string | null }> {
  return {
    cypher: `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.body AS body`,
    params: { ids: [...ids] },
  };
}

/** The text each article's offsets point into (kept apart from the article record: it can be long). */
export function sourcesOfArticles(ids: readonly string[]): CypherQuery<{ id: string; source: string | null }> {
  return {
    cypher: `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.source AS source`,
    params: { ids: [...ids] },
  };
}

/** `outletsOfArticles` for the article `id`, as an extra binding `name` to the outlet or null. */
export function outletOfArticleExtra(name: string): Extra<OutletRecord | null> {
  return {
    name,
    cypher: `CALL (id) { OPTIONAL MATCH (:Article {id: id})-[:PUBLISHED_BY]->(o:Outlet) RETURN head(collect(o {.id, .name})) AS ${name} }`,
    params: {},
  };
}

export function outletsOfArticles(ids: readonly string[]): CypherQuery<{ id: string; outlet: OutletRecord }> {
  return {
    cypher: `UNWIND $ids AS id MATCH (:Article {id: id})-[:PUBLISHED_BY]->(o:Outlet) RETURN id, o {.id, .name} AS outlet`,
    params: { ids: [...ids] },
  };
}

export function outletsByIds(ids: readonly string[]): CypherQuery<{ id: string; outlet: OutletRecord }> {
  return {
    cypher: `UNWIND $ids AS id MATCH (o:Outlet {id: id}) RETURN id, o {.id, .name} AS outlet`,
    params: { ids: [...ids] },
  };
}

export function listOutlets(page: PageArgs): CypherQuery<PageWithExtrasRow<OutletRecord>> {
  return pageQuery<OutletRecord>({ match: "MATCH (node:Outlet)", keys: BY_NAME, projection: "node {.id, .name}" }, {}, page);
}
