/** Turns connection arguments into a page request, and a page of records into a Relay connection. */
import { CursorError, decodeCursor, type Page, type PageArgs } from "../graph/read/page.js";
import type { GraphQLField, GraphQLResolveInfo, SelectionSetNode } from "graphql";
import { BadUserInputError } from "./errors.js";

/**
 * What pagination reads of the field being resolved: its selection (is `totalCount` asked for?) and
 * its definition, whose argument defaults (schema/*.graphql) are the page sizes: said there once.
 */
export type FieldInfo = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "fieldName"> & {
  parentType: { getFields(): Record<string, GraphQLField<unknown, unknown>> };
};

/** The schema's default for `argument` of the field `info` resolves (an integer, or this throws: the schema says one). */
export function schemaDefault(info: FieldInfo, argument: string): number {
  const value = info.parentType.getFields()[info.fieldName]?.args.find((a) => a.name === argument)?.defaultValue;
  if (typeof value !== "number" || !Number.isInteger(value)) throw new Error(`the schema gives ${info.fieldName}(${argument}:) no default`);
  return value;
}

/**
 * Checks `first` against 0…maxPageSize; a clear BAD_USER_INPUT otherwise. An explicit null means the
 * schema's default (graphql-js applies defaults only to arguments left out).
 */
export function checkFirst(first: number | null | undefined, info: FieldInfo, maxPageSize: number, argument = "first"): number {
  const n = first ?? schemaDefault(info, argument);
  if (!Number.isInteger(n) || n < 0) throw new BadUserInputError(`${argument} must be 0 or more, got ${n}`, argument);
  if (n > maxPageSize) throw new BadUserInputError(`${argument} must be at most ${maxPageSize}, got ${n}`, argument);
  return n;
}

/**
 * Whether the field a resolver resolves selects the nested field `path` (e.g. `["hops", "statements"]`),
 * directly or through inline fragments and fragment spreads at any level. A spread whose fragment
 * cannot be found counts as selecting it, to be safe.
 */
export function selectsField(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: readonly string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, depth: number, seen: ReadonlySet<string>): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === "Field")
        return s.name.value === path[depth] && (depth === path.length - 1 || walk(s.selectionSet, depth + 1, new Set()));
      if (s.kind === "InlineFragment") return walk(s.selectionSet, depth, seen);
      if (seen.has(s.name.value)) return false;
      const fragment = info.fragments[s.name.value];
      return fragment ? walk(fragment.selectionSet, depth, new Set([...seen, s.name.value])) : true;
    });
  return path.length > 0 && info.fieldNodes.some((f) => walk(f.selectionSet, 0, new Set()));
}

/**
 * Whether the connection a resolver returns has `totalCount` selected (directly, or in an inline
 * fragment or fragment spread): when it has not, the count query is left out.
 */
export function selectsTotal(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): boolean {
  return selectsField(info, ["totalCount"]);
}

export function pageArgs(
  first: number | null | undefined,
  after: string | null | undefined,
  maxPageSize: number,
  info: FieldInfo,
): PageArgs {
  const n = checkFirst(first, info, maxPageSize);
  try {
    if (after != null) decodeCursor(after);
  } catch (e) {
    if (e instanceof CursorError) throw new BadUserInputError(e.message, "after");
    throw e;
  }
  return !selectsTotal(info) ? { first: n, after: after ?? null, total: false } : { first: n, after: after ?? null };
}

export function connection<T>(page: Page<T>) {
  const edges = page.items.map((node, i) => ({ cursor: page.cursors[i]!, node }));
  return {
    totalCount: page.total,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The resolvers of any `XConnection` type whose parent is a `Page` record. */
export function connectionResolvers<T>() {
  return {
    totalCount: (p: Page<T>) => connection(p).totalCount,
    edges: (p: Page<T>) => connection(p).edges,
    pageInfo: (p: Page<T>) => connection(p).pageInfo,
  };
}
