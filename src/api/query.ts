import type { QueryResolvers } from "../generated/graphql.js";
import { listArticles, listOutlets, type ArticleRecord, type OutletRecord } from "../graph/read/articles.js";
import { listEntities, type EntityLabel, type EntityRecord } from "../graph/read/entities.js";
import { toPage, type PageArgs } from "../graph/read/page.js";
import { luceneQuery, searchQuery } from "../graph/read/search.js";
import { listStatements, type StatementRecord } from "../graph/read/statements.js";
import type { Context } from "./context.js";
import { nodeById } from "./node.js";
import { connectionPaths } from "./path.js";
import { checkFirst, pageArgs } from "./pagination.js";
import type { SearchHitRecord } from "./records.js";

async function entities(label: EntityLabel, filter: { name?: string | null } | null | undefined, page: PageArgs, ctx: Context) {
  const rows = await ctx.db.read(listEntities(label, filter, page), ctx.stats);
  return toPage<EntityRecord>(rows[0], page);
}

export const Query: QueryResolvers = {
  node: (_root, { id }, ctx, info) => nodeById(id, ctx, info),
  articles: async (_root, { filter, first, after, order }, ctx, info) => {
    const page = pageArgs(first, after, ctx.config.maxPageSize, info);
    const rows = await ctx.db.read(listArticles(filter, page, order ?? "DESC"), ctx.stats);
    return toPage<ArticleRecord>(rows[0], page);
  },
  outlets: async (_root, { first, after }, ctx, info) => {
    const page = pageArgs(first, after, ctx.config.maxPageSize, info);
    return toPage<OutletRecord>((await ctx.db.read(listOutlets(page), ctx.stats))[0], page);
  },
  people: (_root, { filter, first, after }, ctx, info) =>
    entities("Person", filter, pageArgs(first, after, ctx.config.maxPageSize, info), ctx),
  countries: (_root, { filter, first, after }, ctx, info) =>
    entities("Country", filter, pageArgs(first, after, ctx.config.maxPageSize, info), ctx),
  organisations: (_root, { filter, first, after }, ctx, info) =>
    entities("Organisation", filter, pageArgs(first, after, ctx.config.maxPageSize, info), ctx),
  locations: (_root, { filter, first, after }, ctx, info) =>
    entities("Location", filter, pageArgs(first, after, ctx.config.maxPageSize, info), ctx),
  statements: async (_root, { filter, first, after, order }, ctx, info) => {
    const page = pageArgs(first, after, ctx.config.maxPageSize, info);
    const rows = await ctx.db.read(listStatements(filter, page, order ?? "DESC"), ctx.stats);
    const statements = toPage<StatementRecord>(rows[0], page);
    ctx.loaders.primeSpeakers(statements);
    return statements;
  },
  search: async (_root, { query, first }, ctx) => {
    const n = checkFirst(first, 10, ctx.config.maxPageSize);
    const lucene = luceneQuery(query);
    if (!lucene || n === 0) return [];
    const rows = await ctx.db.read(searchQuery(lucene, n), ctx.stats);
    return rows.map((r): SearchHitRecord => ({ score: Number(r.score), node: (r.entity ?? r.statement) as SearchHitRecord["node"] }));
  },
  connection: (_root, args, ctx, info) => connectionPaths(args, ctx, info),
};
