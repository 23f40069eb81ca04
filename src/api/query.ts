import type { QueryResolvers } from "../generated/graphql.js";
import { listArticles, listOutlets, type ArticleRecord, type OutletRecord } from "../graph/read/articles.js";
import type { CypherQuery } from "../graph/neo4j.js";
import { listEntities, type EntityFilterInput, type EntityLabel, type EntityRecord } from "../graph/read/entities.js";
import { toPage, type Extra, type Page, type PageArgs, type PageWithExtrasRow } from "../graph/read/page.js";
import { luceneQuery, searchQuery } from "../graph/read/search.js";
import { listStatements, type StatementRecord } from "../graph/read/statements.js";
import type { Context } from "./context.js";
import { nodeById } from "./node.js";
import { connectionPaths } from "./path.js";
import { checkFirst, pageArgs, selectsField } from "./pagination.js";
import { prefetches, primeAll, type Info, type ParentType } from "./prefetch.js";
import { fieldsAt, searchShapeOf, statementShapeAt } from "./projection.js";
import type { SearchHitRecord } from "./records.js";

/**
 * A page read with the fields its nodes select that can come in the same query (prefetch.ts):
 * `query` builds it from their subqueries; their loaders are primed from its answer.
 */
async function pageWithFields<T extends { id: string }>(
  type: ParentType,
  page: PageArgs,
  query: (extras: Extra[]) => CypherQuery<PageWithExtrasRow<T>>,
  ctx: Context,
  info: Info,
): Promise<Page<T>> {
  const fields = prefetches(type, fieldsAt(info, ["edges", "node"]), info, ctx);
  const [row] = await ctx.db.read(query(fields.map((f) => f.extra)), ctx.stats);
  const result = toPage<T>(row, page);
  primeAll(fields, result.items, row?.extras);
  return result;
}

const entities = (label: EntityLabel, filter: EntityFilterInput | null | undefined, page: PageArgs, ctx: Context, info: Info) =>
  pageWithFields<EntityRecord>("Entity", page, (extras) => listEntities(label, filter, page, extras), ctx, info);

export const Query: QueryResolvers = {
  node: (_root, { id }, ctx, info) => nodeById(id, ctx, info),
  articles: (_root, { filter, first, after, order }, ctx, info) => {
    const page = pageArgs(first, after, ctx.config.maxPageSize, info);
    const withBody = selectsField(info, ["edges", "node", "body"]);
    return pageWithFields<ArticleRecord>(
      "Article",
      page,
      (extras) => listArticles(filter, page, order ?? "DESC", extras, withBody),
      ctx,
      info,
    );
  },
  outlets: async (_root, { first, after }, ctx, info) => {
    const page = pageArgs(first, after, ctx.config.maxPageSize, info);
    return toPage<OutletRecord>((await ctx.db.read(listOutlets(page), ctx.stats))[0], page);
  },
  people: (_root, { filter, first, after }, ctx, info) =>
    entities("Person", filter, pageArgs(first, after, ctx.config.maxPageSize, info), ctx, info),
  countries: (_root, { filter, first, after }, ctx, info) =>
    entities("Country", filter, pageArgs(first, after, ctx.config.maxPageSize, info), ctx, info),
  organisations: (_root, { filter, first, after }, ctx, info) =>
    entities("Organisation", filter, pageArgs(first, after, ctx.config.maxPageSize, info), ctx, info),
  locations: (_root, { filter, first, after }, ctx, info) =>
    entities("Location", filter, pageArgs(first, after, ctx.config.maxPageSize, info), ctx, info),
  statements: async (_root, { filter, first, after, order }, ctx, info) => {
    const page = pageArgs(first, after, ctx.config.maxPageSize, info);
    const shape = statementShapeAt(info, ["edges", "node"]);
    const statements = await pageWithFields<StatementRecord>(
      "Statement",
      page,
      (extras) => listStatements(filter, page, order ?? "DESC", extras, shape),
      ctx,
      info,
    );
    ctx.loaders.primeSpeakers(statements, shape);
    return statements;
  },
  search: async (_root, { query, first }, ctx, info) => {
    const n = checkFirst(first, info, ctx.config.maxPageSize);
    const lucene = luceneQuery(query);
    if (!lucene || n === 0) return [];
    const rows = await ctx.db.read(searchQuery(lucene, n, searchShapeOf(info)), ctx.stats);
    return rows.flatMap((r): SearchHitRecord[] => {
      const node = r.entity ?? r.statement;
      return node ? [{ score: r.score, node }] : [];
    });
  },
  connection: (_root, args, ctx, info) => connectionPaths(args, ctx, info),
};
