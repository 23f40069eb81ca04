import type { ArticleConnectionResolvers, ArticleResolvers, OutletConnectionResolvers, OutletResolvers } from "../generated/graphql.js";
import type { ArticleRecord, OutletRecord } from "../graph/read/articles.js";
import { connectionResolvers, pageArgs } from "./pagination.js";
import { entityFieldsAt, statementShapeAt } from "./projection.js";

export const Article: ArticleResolvers = {
  body: async (a, _args, ctx) => a.body ?? (await ctx.loaders.bodyOfArticle.load(a.id)) ?? "",
  outlet: (a, _args, ctx) => ctx.loaders.outletOfArticle.load(a.id),
  source: (a, _args, ctx) => ctx.loaders.sourceOfArticle.load(a.id),
  people: (a, _args, ctx, info) => ctx.loaders.entitiesOfArticle.load({ id: a.id, label: "Person", fields: entityFieldsAt(info, []) }),
  countries: (a, _args, ctx, info) => ctx.loaders.entitiesOfArticle.load({ id: a.id, label: "Country", fields: entityFieldsAt(info, []) }),
  organisations: (a, _args, ctx, info) =>
    ctx.loaders.entitiesOfArticle.load({ id: a.id, label: "Organisation", fields: entityFieldsAt(info, []) }),
  locations: (a, _args, ctx, info) => ctx.loaders.entitiesOfArticle.load({ id: a.id, label: "Location", fields: entityFieldsAt(info, []) }),
  statements: (a, { first, after }, ctx, info) =>
    ctx.loaders.statementsOfArticle.load({
      id: a.id,
      page: pageArgs(first, after, ctx.config.maxPageSize, info),
      shape: statementShapeAt(info, ["edges", "node"]),
    }),
};

export const Outlet: OutletResolvers = {
  articles: (o, { first, after }, ctx, info) =>
    ctx.loaders.articlesOfOutlet.load({ id: o.id, page: pageArgs(first, after, ctx.config.maxPageSize, info) }),
};

export const ArticleConnection: ArticleConnectionResolvers = connectionResolvers<ArticleRecord>();
export const OutletConnection: OutletConnectionResolvers = connectionResolvers<OutletRecord>();
