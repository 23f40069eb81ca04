/** Global ids: `node(id)` and the type of whatever record a `Node` field returns. */
import type DataLoader from "dataloader";
import type { NodeResolvers } from "../generated/graphql.js";
import type { CypherQuery } from "../graph/neo4j.js";
import { articleWithExtras } from "../graph/read/articles.js";
import { entityWithExtras } from "../graph/read/entities.js";
import type { Extra } from "../graph/read/page.js";
import { statementWithExtras } from "../graph/read/statements.js";
import type { Context } from "./context.js";
import { selectsField } from "./pagination.js";
import { prefetches, primeAll, type Info, type ParentType } from "./prefetch.js";
import { fieldsAt } from "./projection.js";
import type { ArticleRecord, EntityRecord, OutletRecord, StatementRecord } from "./records.js";

type NodeRecord = ArticleRecord | EntityRecord | OutletRecord | StatementRecord;
type NodeType = "Article" | "Outlet" | "Statement" | EntityRecord["label"];

/** Ids of articles, outlets and statements start with their type; anything else may be an entity. */
const prefixOf = (id: string): string => id.slice(0, Math.max(0, id.indexOf(":")));

/**
 * An article, statement or entity by id with, in the same query, the fields selected under it that
 * would otherwise each take a loader round trip after it (prefetch.ts, and what its own record
 * `carries` when selected: a statement's article); its loader is primed too. Nothing selected that
 * way: the plain loader, batched with other look-ups.
 */
async function withFields<T extends { id: string }>(
  type: ParentType,
  id: string,
  loader: DataLoader<string, T | null>,
  query: (id: string, extras: Extra[]) => CypherQuery<{ record: T; extras: Record<string, unknown> }>,
  ctx: Context,
  info: Info | undefined,
  carries = false,
): Promise<T | null> {
  const fields = info ? prefetches(type, fieldsAt(info, []), info, ctx) : [];
  if (!fields.length && !carries) return loader.load(id);
  const [row] = await ctx.db.read(
    query(
      id,
      fields.map((f) => f.extra),
    ),
    ctx.stats,
  );
  if (!row) return null;
  loader.prime(id, row.record);
  primeAll(fields, [row.record], [row.extras]);
  return row.record;
}

export async function nodeById(id: string, ctx: Context, info?: Info): Promise<NodeRecord | null> {
  switch (prefixOf(id)) {
    case "article":
      return withFields(
        "Article",
        id,
        ctx.loaders.article,
        (id, extras) => articleWithExtras(id, extras, !!info && selectsField(info, ["body"])),
        ctx,
        info,
      );
    case "outlet":
      return ctx.loaders.outlet.load(id);
    case "statement": {
      // its article comes with it when selected, in the same query
      const withArticle = !!info && selectsField(info, ["article"]);
      return withFields(
        "Statement",
        id,
        ctx.loaders.statement,
        (id, extras) => statementWithExtras(id, extras, withArticle),
        ctx,
        info,
        withArticle,
      );
    }
    default:
      return withFields("Entity", id, ctx.loaders.entity, entityWithExtras, ctx, info);
  }
}

export function typeOf(obj: NodeRecord): NodeType {
  if ("label" in obj) return obj.label;
  if ("extractor" in obj) return "Article";
  if ("kind" in obj) return "Statement";
  return "Outlet";
}

export const Node: NodeResolvers = {
  __resolveType: (obj) => typeOf(obj),
};
