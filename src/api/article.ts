import type { ArticleConnectionResolvers, ArticleResolvers, OutletResolvers } from "../generated/graphql.js";
import { connection } from "./pagination.js";

export const Article: ArticleResolvers = {
  outlet: (a, _args, ctx) => ctx.loaders.outletOfArticle.load(a.id),
};

export const Outlet: OutletResolvers = {};

export const ArticleConnection: ArticleConnectionResolvers = {
  totalCount: (p) => connection(p).totalCount,
  edges: (p) => connection(p).edges,
  pageInfo: (p) => connection(p).pageInfo,
};
