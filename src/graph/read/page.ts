/** Offset pagination shared by every connection: opaque cursors, one query for the page and its total. */
import type { CypherQuery } from "../neo4j.js";

export interface PageArgs {
  first: number;
  after: string | null;
  /** false when nobody asked for `totalCount`: the count is not run and `total` is 0 */
  total?: boolean;
}

export interface Page<T> {
  total: number;
  items: T[];
  /** offset of items[0] */
  offset: number;
  hasNextPage: boolean;
}

export class CursorError extends Error {
  constructor(cursor: string) {
    super(`"${cursor}" is not a cursor this API returned`);
    this.name = "CursorError";
  }
}

export const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString("base64url");

export function decodeCursor(cursor: string | null): number {
  if (cursor == null) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!m?.[1]) throw new CursorError(cursor);
  return Number(m[1]) + 1;
}

/** The Cypher fragments a paged query is made of: `match` binds `node` (and any sort keys `order` uses). */
export interface PagePart {
  match: string;
  order: string;
  projection: string;
  /** runs once before the count and the page, binding `scope` (one row), which `match` may use */
  prelude?: { cypher: string; scope: string };
  /** an expression for the total (e.g. a `COUNT { … }` the store answers from degrees), instead of counting `match` */
  count?: string;
}

/**
 * A subquery run for each item of a page (after SKIP/LIMIT, so only for the items returned): its
 * `cypher` is one or more `CALL (id) { … }` with `id` the item's id in scope, binding `name`. The
 * query then also returns `extras`, one map `{<name>: …}` per item, in the order of `items`.
 * Names and Cypher come from code, never from input; `params` are namespaced by the caller.
 */
export interface Extra {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** `CALL (node) { … } ` binding `extras` for the item bound to `node`, or nothing without extras. */
export function extrasCall(extras: readonly Extra[]): string {
  if (!extras.length) return "";
  return ` CALL (node) { WITH node.id AS id
${extras.map((e) => e.cypher).join("\n")}
RETURN {${extras.map((e) => `${e.name}: ${e.name}`).join(", ")}} AS extras }`;
}

const extrasParams = (extras: readonly Extra[]): Record<string, unknown> => Object.assign({}, ...extras.map((e) => e.params));

/** The items subquery of a page: `match`, ordered and cut, each item's extras, collected. */
function itemsCall(part: PagePart, scope: string, skip: string, take: string, extras: readonly Extra[], items = "items"): string {
  return `CALL (${scope}) { ${part.match} WITH * ORDER BY ${part.order} SKIP toInteger($${skip}) LIMIT toInteger($${take})${extrasCall(extras)} RETURN collect(${part.projection}) AS ${items}${extras.length ? ", collect(extras) AS extras" : ""} }`;
}

/**
 * Wraps a `MATCH … WHERE …` part binding `node` into a query returning `total` and one
 * page of `items`, fetching one more than asked to know whether a next page exists.
 */
export function pageQuery(part: PagePart, params: Record<string, unknown>, page: PageArgs, extras: readonly Extra[] = []): CypherQuery {
  const scope = part.prelude?.scope ?? "";
  return {
    cypher: `${part.prelude ? `${part.prelude.cypher}\n` : ""}${totalCall(part, scope, page)}${itemsCall(part, scope, "skip", "take", extras)}
RETURN total, items${extras.length ? ", extras" : ""}`,
    params: { ...params, ...extrasParams(extras), skip: decodeCursor(page.after), take: page.first + 1 },
  };
}

/**
 * The same page for many parents in one query: `match` may use `id`, the parent's id, and binds
 * `node`. Rows come back as `{id, total, items}`, one per parent that has any.
 */
export function pagePerParentQuery(
  part: PagePart,
  ids: readonly string[],
  page: PageArgs,
  params: Record<string, unknown> = {},
): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
${totalCall(part, "id", page)}${itemsCall(part, "id", "skip", "take", [])}
RETURN id, total, items`,
    params: { ...params, ids: [...ids], skip: decodeCursor(page.after), take: page.first + 1 },
  };
}

/**
 * One record by its id with the extras of its fields: `match` binds `node` from `id`; the row is
 * `{record, extras}`, or there is none when nothing has the id.
 */
export function oneWithExtras(match: string, projection: string, id: string, extras: readonly Extra[]): CypherQuery {
  return {
    cypher: `WITH $id AS id ${match} WITH * LIMIT 1${extrasCall(extras)}
RETURN ${projection} AS record, ${extras.length ? "extras" : "{} AS extras"}`,
    params: { ...extrasParams(extras), id },
  };
}

/**
 * The page of `part` for the parent whose id is `id`, as an `Extra` binding `name` to `{total, items}`
 * (read with `toPage`): so a parent's paged field comes with the parent, in its query.
 */
export function pageExtra(name: string, part: PagePart, page: PageArgs, params: Record<string, unknown> = {}): Extra {
  const count = page.total === false ? "" : `${totalCall(part, "id", page).trimEnd()} `;
  return {
    name,
    cypher: `CALL (id) { ${count}${itemsCall(part, "id", `${name}Skip`, `${name}Take`, [])} RETURN {total: ${count ? "total" : "0"}, items: items} AS ${name} }`,
    params: { ...params, [`${name}Skip`]: decodeCursor(page.after), [`${name}Take`]: page.first + 1 },
  };
}

/** The subquery binding `total`: `part.count`, else a count of `match`; 0 when the page does not want it. */
function totalCall(part: PagePart, scope: string, page: PageArgs): string {
  if (page.total === false) return `WITH ${scope ? `${scope}, ` : ""}0 AS total\n`;
  return part.count
    ? `CALL (${scope}) { RETURN ${part.count} AS total }\n`
    : `CALL (${scope}) { ${part.match} RETURN count(node) AS total }\n`;
}

/** Cypher for a sort direction; the text comes from this map, never from input. */
export const DIRECTION = { ASC: "ASC", DESC: "DESC" } as const;
export type Direction = keyof typeof DIRECTION;

export function toPage<T>(row: Record<string, unknown> | undefined, page: PageArgs): Page<T> {
  const items = ((row?.items as T[] | undefined) ?? []).slice();
  const hasNextPage = items.length > page.first;
  return {
    total: Number(row?.total ?? 0),
    items: items.slice(0, page.first),
    offset: decodeCursor(page.after),
    hasNextPage,
  };
}
