/** DataLoaders, one set per request: every field that fans out over a list is fetched in one query. */
import DataLoader from "dataloader";
import type { Db, QueryStats } from "../graph/neo4j.js";
import { articlesByIds, outletsOfArticles, type ArticleRecord, type OutletRecord } from "../graph/read/articles.js";

export interface Loaders {
  article: DataLoader<string, ArticleRecord | null>;
  outletOfArticle: DataLoader<string, OutletRecord | null>;
}

export function createLoaders(db: Db, stats: QueryStats): Loaders {
  return {
    article: new DataLoader(async (ids) => {
      const rows = await db.read(articlesByIds(ids), stats);
      const byId = new Map(rows.map((r) => [(r.article as ArticleRecord).id, r.article as ArticleRecord]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    outletOfArticle: new DataLoader(async (ids) => {
      const rows = await db.read(outletsOfArticles(ids), stats);
      const byId = new Map(rows.map((r) => [r.id as string, r.outlet as OutletRecord]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
