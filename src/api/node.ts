/** Global ids: `node(id)` and the type of whatever record a `Node` field returns. */
import { valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { NodeResolvers } from "../generated/graphql.js";
import type { Context } from "./context.js";
import { checkFirst, pageArgs } from "./pagination.js";
import type { ArticleRecord, EntityRecord, OutletRecord, StatementRecord } from "./records.js";

type NodeRecord = ArticleRecord | EntityRecord | OutletRecord | StatementRecord;
type NodeType = "Article" | "Outlet" | "Statement" | EntityRecord["label"];

/** Ids of articles, outlets and statements start with their type; anything else may be an entity. */
const prefixOf = (id: string): string => id.slice(0, Math.max(0, id.indexOf(":")));

type Info = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "variableValues">;

/** The fields selected under `node(id)` (through fragments), the entity fields among them started from the id. */
function childFields(info: Info): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === "Field") out.push(s);
      else if (s.kind === "InlineFragment") walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const f of info.fieldNodes) walk(f.selectionSet);
  return out;
}

/**
 * Starts the loads an entity's paged and co-mention fields will ask for (the same loader keys the
 * resolvers compute, in entity.ts) while the entity itself is looked up, so they run alongside it,
 * not after it. A key that turns out different, or an id that is no entity, only costs a query.
 */
function prefetchEntityFields(id: string, ctx: Context, info: Info): void {
  for (const field of childFields(info)) {
    const arg = (name: string): unknown => {
      const node = field.arguments?.find((a) => a.name.value === name);
      return node ? valueFromASTUntyped(node.value, info.variableValues) : undefined;
    };
    const first = arg("first") as number | null | undefined;
    const after = arg("after") as string | null | undefined;
    const sub = { fieldNodes: [field], fragments: info.fragments };
    const max = ctx.config.maxPageSize;
    try {
      const load = (() => {
        switch (field.name.value) {
          case "articles":
            return ctx.loaders.articlesOfEntity.load({ id, page: pageArgs(first, after, max, sub) });
          case "statementsBy":
            return ctx.loaders.statementsByEntity.load({ id, page: pageArgs(first, after, max, sub) });
          case "statementsAbout":
            return ctx.loaders.statementsAboutEntity.load({ id, page: pageArgs(first, after, max, sub) });
          case "coMentions":
            return ctx.loaders.coMentions.load({ id, first: checkFirst(first, 10, max) });
          case "roles":
            return ctx.loaders.rolesOfPerson.load(id);
          default:
            return null;
        }
      })();
      // the resolver that asks for it gets any error; an unused load's is dropped
      load?.catch(() => undefined);
    } catch {
      // bad arguments: the field's resolver reports them
    }
  }
}

export async function nodeById(id: string, ctx: Context, info?: Info): Promise<NodeRecord | null> {
  switch (prefixOf(id)) {
    case "article":
      return ctx.loaders.article.load(id);
    case "outlet":
      return ctx.loaders.outlet.load(id);
    case "statement":
      return ctx.loaders.statement.load(id);
    default:
      if (info) prefetchEntityFields(id, ctx, info);
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
