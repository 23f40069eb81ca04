import type { HopResolvers, PathResolvers, SearchHitResolvers } from "../generated/graphql.js";
import type { Context } from "./context.js";
import { isRecord } from "./entity.js";

async function entity(id: string, ctx: Context) {
  const e = await ctx.loaders.entity.load(id);
  if (!e) throw new Error(`path entity ${id} vanished`);
  return e;
}

export const Path: PathResolvers = {
  length: (p) => p.hops.length,
  entities: async (p, _args, ctx) => (await ctx.loaders.entity.loadMany(p.entityIds)).filter(isRecord),
  hops: (p) => p.hops,
};

export const Hop: HopResolvers = {
  from: (h, _args, ctx) => entity(h.fromId, ctx),
  to: (h, _args, ctx) => entity(h.toId, ctx),
  articles: async (h, _args, ctx) => (await ctx.loaders.article.loadMany(h.articleIds)).filter(isRecord),
  statements: async (h, _args, ctx) => (await ctx.loaders.statement.loadMany(h.statementIds)).filter(isRecord),
};

export const SearchHit: SearchHitResolvers = {};
