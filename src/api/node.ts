/** Global ids: the prefix before the first colon names the type. */
import type { NodeResolvers } from "../generated/graphql.js";
import type { Context } from "./context.js";

const TYPE_BY_PREFIX: Record<string, "Article" | "Outlet"> = {
  article: "Article",
  outlet: "Outlet",
};

export function typeOfId(id: string): (typeof TYPE_BY_PREFIX)[string] | null {
  return TYPE_BY_PREFIX[id.slice(0, id.indexOf(":"))] ?? null;
}

export async function nodeById(id: string, ctx: Context) {
  switch (typeOfId(id)) {
    case "Article":
      return ctx.loaders.article.load(id);
    default:
      return null;
  }
}

export const Node: NodeResolvers = {
  __resolveType: (obj) => typeOfId(obj.id) ?? null,
};
