import type { QueryResolvers } from "../generated/graphql.js";
import { listArticles, listOutlets, type ArticleRecord, type OutletRecord } from "../graph/read/articles.js";
import { listEntities, type EntityLabel, type EntityRecord } from "../graph/read/entities.js";
import { toPage, type PageArgs } from "../graph/read/page.js";
import { MAX_HOPS, MAX_PATHS, pathsBetween, type PathRecord } from "../graph/read/paths.js";
import { luceneQuery, searchQuery } from "../graph/read/search.js";
import { listStatements, type StatementRecord } from "../graph/read/statements.js";
import type { Context } from "./context.js";
import { BadUserInputError } from "./errors.js";
import { nodeById } from "./node.js";
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
  connection: async (_root, { from, to, maxHops, first }, ctx) => {
    const hops = maxHops ?? 3;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS)
      throw new BadUserInputError(`maxHops must be 1 to ${MAX_HOPS}, got ${hops}`, "maxHops");
    const n = checkFirst(first, 3, MAX_PATHS);
    if (n === 0 || from === to) return [];
    const rows = await ctx.db.read(pathsBetween(from, to, hops, n), ctx.stats);
    return rows.map((r): PathRecord => ({ entityIds: r.entityIds as string[], hops: r.hops as PathRecord["hops"] }));
  },
};
