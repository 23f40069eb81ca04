/** Turns connection arguments into a page request, and a page of records into a Relay connection. */
import { CursorError, decodeCursor, encodeCursor, type Page, type PageArgs } from "../graph/read/page.js";
import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import { BadUserInputError } from "./errors.js";

/** Checks `first` against 0…maxPageSize; a clear BAD_USER_INPUT otherwise. */
export function checkFirst(first: number | null | undefined, fallback: number, maxPageSize: number, argument = "first"): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw new BadUserInputError(`${argument} must be 0 or more, got ${n}`, argument);
  if (n > maxPageSize) throw new BadUserInputError(`${argument} must be at most ${maxPageSize}, got ${n}`, argument);
  return n;
}

/**
 * Whether the connection a resolver returns has `totalCount` selected (directly, or in an inline
 * fragment or fragment spread): when it has not, the count query is left out.
 */
export function selectsTotal(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === "Field") return s.name.value === "totalCount";
      if (s.kind === "InlineFragment") return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment = info.fragments[s.name.value];
      // a spread we cannot see: count, to be safe
      return fragment ? walk(fragment.selectionSet) : true;
    });
  return info.fieldNodes.some((f) => walk(f.selectionSet));
}

export function pageArgs(
  first: number | null | undefined,
  after: string | null | undefined,
  maxPageSize: number,
  info?: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
): PageArgs {
  const n = checkFirst(first, 20, maxPageSize);
  try {
    decodeCursor(after ?? null);
  } catch (e) {
    if (e instanceof CursorError) throw new BadUserInputError(e.message, "after");
    throw e;
  }
  return info && !selectsTotal(info) ? { first: n, after: after ?? null, total: false } : { first: n, after: after ?? null };
}

export function connection<T>(page: Page<T>) {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    totalCount: page.total,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.offset > 0,
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
