/** Parameterised Cypher for articles. */
import type { CypherQuery } from "../neo4j.js";
import { pageQuery, type PageArgs } from "./page.js";

export interface ArticleRecord {
  id: string;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  body: string;
  extractor: string;
}

export interface ArticleFilterInput {
  outlet?: string | null;
  from?: string | null;
  to?: string | null;
  title?: string | null;
}

export const ARTICLE_PROJECTION =
  "node {.id, .title, .url, .body, .extractor, publishedOn: toString(node.publishedOn)}";

export function listArticles(filter: ArticleFilterInput | null | undefined, page: PageArgs): CypherQuery {
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
  return pageQuery({ match, order: "node.publishedOn DESC, node.id", projection: ARTICLE_PROJECTION }, params, page);
}

export function articlesByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (node:Article {id: id}) RETURN ${ARTICLE_PROJECTION} AS article`,
    params: { ids: [...ids] },
  };
}

export interface OutletRecord {
  id: string;
  name: string;
}

export function outletsOfArticles(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (:Article {id: id})-[:PUBLISHED_BY]->(o:Outlet) RETURN id, o {.id, .name} AS outlet`,
    params: { ids: [...ids] },
  };
}
