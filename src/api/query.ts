import type { QueryResolvers } from "../generated/graphql.js";
import { listArticles, type ArticleRecord } from "../graph/read/articles.js";
import { toPage } from "../graph/read/page.js";
import { nodeById } from "./node.js";
import { pageArgs } from "./pagination.js";

export const Query: QueryResolvers = {
  node: (_root, { id }, ctx) => nodeById(id, ctx),
  articles: async (_root, { filter, first, after }, ctx) => {
    const page = pageArgs(first, after, ctx.config.maxPageSize);
    const rows = await ctx.db.read(listArticles(filter, page), ctx.stats);
    return toPage<ArticleRecord>(rows[0], page);
  },
};
