import type { ArticleConnectionResolvers, ArticleResolvers, OutletConnectionResolvers, OutletResolvers } from "../generated/graphql.js";
import type { ArticleRecord, OutletRecord } from "../graph/read/articles.js";
import { connectionResolvers, pageArgs } from "./pagination.js";

export const Article: ArticleResolvers = {
  outlet: (a, _args, ctx) => ctx.loaders.outletOfArticle.load(a.id),
  source: (a, _args, ctx) => ctx.loaders.sourceOfArticle.load(a.id),
  people: async (a, _args, ctx) => (await ctx.loaders.entitiesOfArticle.load(a.id)).filter((e) => e.label === "Person"),
  countries: async (a, _args, ctx) => (await ctx.loaders.entitiesOfArticle.load(a.id)).filter((e) => e.label === "Country"),
  organisations: async (a, _args, ctx) => (await ctx.loaders.entitiesOfArticle.load(a.id)).filter((e) => e.label === "Organisation"),
  locations: async (a, _args, ctx) => (await ctx.loaders.entitiesOfArticle.load(a.id)).filter((e) => e.label === "Location"),
  statements: (a, { first, after }, ctx, info) =>
    ctx.loaders.statementsOfArticle.load({ id: a.id, page: pageArgs(first, after, ctx.config.maxPageSize, info) }),
};

export const Outlet: OutletResolvers = {
  articles: (o, { first, after }, ctx, info) =>
    ctx.loaders.articlesOfOutlet.load({ id: o.id, page: pageArgs(first, after, ctx.config.maxPageSize, info) }),
};

export const ArticleConnection: ArticleConnectionResolvers = connectionResolvers<ArticleRecord>();
export const OutletConnection: OutletConnectionResolvers = connectionResolvers<OutletRecord>();
