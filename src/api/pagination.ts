/** Turns connection arguments into a page request, and a page of records into a Relay connection. */
import { CursorError, decodeCursor, encodeCursor, type Page, type PageArgs } from "../graph/read/page.js";
import { BadUserInputError } from "./errors.js";

export function pageArgs(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): PageArgs {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0) throw new BadUserInputError(`first must be 0 or more, got ${n}`, "first");
  if (n > maxPageSize) throw new BadUserInputError(`first must be at most ${maxPageSize}, got ${n}`, "first");
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
