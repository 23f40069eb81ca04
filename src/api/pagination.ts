/** Turns connection arguments into a page request, and a page of records into a Relay connection. */
import { CursorError, decodeCursor, encodeCursor, type Page, type PageArgs } from "../graph/read/page.js";
import { BadUserInputError } from "./errors.js";

/** Checks `first` against 0…maxPageSize; a clear BAD_USER_INPUT otherwise. */
export function checkFirst(first: number | null | undefined, fallback: number, maxPageSize: number, argument = "first"): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw new BadUserInputError(`${argument} must be 0 or more, got ${n}`, argument);
  if (n > maxPageSize) throw new BadUserInputError(`${argument} must be at most ${maxPageSize}, got ${n}`, argument);
  return n;
}

export function pageArgs(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): PageArgs {
  const n = checkFirst(first, 20, maxPageSize);
  try {
    decodeCursor(after ?? null);
  } catch (e) {
    if (e instanceof CursorError) throw new BadUserInputError(e.message, "after");
    throw e;
  }
  return { first: n, after: after ?? null };
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
