/** Global ids: `node(id)` and the type of whatever record a `Node` field returns. */
import type { NodeResolvers } from "../generated/graphql.js";
import type { Context } from "./context.js";
import type { ArticleRecord, EntityRecord, OutletRecord, StatementRecord } from "./records.js";

type NodeRecord = ArticleRecord | EntityRecord | OutletRecord | StatementRecord;
type NodeType = "Article" | "Outlet" | "Statement" | EntityRecord["label"];

/** Ids of articles, outlets and statements start with their type; anything else may be an entity. */
const prefixOf = (id: string): string => id.slice(0, Math.max(0, id.indexOf(":")));

export async function nodeById(id: string, ctx: Context): Promise<NodeRecord | null> {
  switch (prefixOf(id)) {
    case "article":
      return ctx.loaders.article.load(id);
    case "outlet":
      return ctx.loaders.outlet.load(id);
    case "statement":
      return ctx.loaders.statement.load(id);
    default:
      return ctx.loaders.entity.load(id);
  }
}

export function typeOf(obj: NodeRecord): NodeType {
  if ("label" in obj) return obj.label;
  if ("body" in obj) return "Article";
  if ("kind" in obj) return "Statement";
  return "Outlet";
}

export const Node: NodeResolvers = {
  __resolveType: (obj) => typeOf(obj),
};
