/**
 * Keyset pagination shared by every connection: a cursor holds the sort key of an item (its values
 * in the connection's order, the id last), and the next page is what sorts after it. Pages neither
 * repeat nor skip items when others are added between requests. One query for the page and its total.
 */
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
  /** the cursor of each item, in the order of `items` */
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export class CursorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CursorError";
  }
}

/**
 * One column of a connection's order: a Cypher expression that is never null (nullable values sort
 * through a null flag and a coalesce), its direction, and the type its cursor value has.
 */
export interface SortKey {
  expr: string;
  direction?: "ASC" | "DESC";
  type: "string" | "number" | "date";
}

type CursorValue = string | number;

const CURSOR_PREFIX = "k:";
const OFFSET_CURSOR = /^o:\d{1,9}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as Neo4j's `toString` writes it (years 0001–9999), so `date()` in the page query cannot fail on it. */
const isIsoDate = (v: unknown): boolean =>
  typeof v === "string" && ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** The cursor of an item whose sort key has the values `values` (as the page query collects them, see `keyValues`). */
export const encodeCursor = (values: readonly unknown[]): string =>
  Buffer.from(`${CURSOR_PREFIX}${JSON.stringify(values)}`).toString("base64url");

/** The values a cursor holds; CursorError for text that is not one of this API's cursors (old offset cursors included). */
export function decodeCursor(cursor: string): CursorValue[] {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (OFFSET_CURSOR.test(text)) {
    throw new CursorError(
      `"${cursor}" is an offset cursor from an earlier version of this API; cursors now hold the position of an item: start again without \`after\``,
    );
  }
  let values: unknown = null;
  if (text.startsWith(CURSOR_PREFIX)) {
    try {
      values = JSON.parse(text.slice(CURSOR_PREFIX.length));
    } catch {
      values = null;
    }
  }
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === "string" || typeof v === "number")) {
    throw new CursorError(`"${cursor}" is not a cursor this API returned`);
  }
  return values as CursorValue[];
}

/** The values of `cursor` for a connection ordered by `keys`; CursorError when it is another connection's cursor. */
function cursorFor(cursor: string, keys: readonly SortKey[]): CursorValue[] {
  const values = decodeCursor(cursor);
  const fits =
    values.length === keys.length && keys.every((k, i) => (k.type === "date" ? isIsoDate(values[i]) : typeof values[i] === k.type));
  if (!fits) throw new CursorError(`"${cursor}" is a cursor of another list: pass a cursor this field returned`);
  return values;
}

/** `ORDER BY` text for `keys`. */
const orderOf = (keys: readonly SortKey[]): string => keys.map((k) => `${k.expr}${k.direction === "DESC" ? " DESC" : ""}`).join(", ");

/** The list of an item's sort-key values, dates as ISO text (what a cursor holds). */
const keyValues = (keys: readonly SortKey[]): string =>
  `[${keys.map((k) => (k.type === "date" ? `toString(${k.expr})` : k.expr)).join(", ")}]`;

/**
 * Cypher that holds for the items sorting after the item whose key values are in `$<param>`:
 * (k0 after v0) OR (k0 = v0 AND k1 after v1) OR …, "after" being > for ascending keys, < for descending.
 */
export function afterCondition(keys: readonly SortKey[], param: string): string {
  const value = (k: SortKey, i: number) => (k.type === "date" ? `date($${param}[${i}])` : `$${param}[${i}]`);
  return keys
    .map((k, i) => {
      const equal = keys.slice(0, i).map((e, j) => `${e.expr} = ${value(e, j)}`);
      return `(${[...equal, `${k.expr} ${k.direction === "DESC" ? "<" : ">"} ${value(k, i)}`].join(" AND ")})`;
    })
    .join(" OR ");
}

/** What a page query returns for one page: the items (one more than asked, when another page follows) and their sort keys. */
export interface PageRow<T> {
  total: number;
  items: T[];
  sortKeys: unknown[][];
}

/** A page query's row: the page and, with extras, one map of their answers per item (`extrasCall`). */
export type PageWithExtrasRow<T> = PageRow<T> & { extras?: Record<string, unknown>[] };

/** The Cypher fragments a paged query is made of: `match` binds `node` (and anything `keys` use); `T` is what `projection` makes of it. */
export interface PagePart<T = unknown> {
  match: string;
  /** the order of the connection, unique per item (the id, or what makes an item unique, last) */
  keys: readonly SortKey[];
  projection: string;
  /** runs once before the count and the page, binding `scope` (one row), which `match` may use */
  prelude?: { cypher: string; scope: string };
  /** an expression for the total (e.g. a `COUNT { … }` the store answers from degrees), instead of counting `match` */
  count?: string;
  /**
   * The variables `match` binds that `keys` and `projection` use. Given (for matches bounded by
   * their prelude's anchors), a page with a total runs `match` once: its rows are collected, counted
   * and the page sorted from them, where otherwise the count and the page each run it.
   */
  binds?: readonly string[];
  /**
   * The nullable date its keys are `dateKeys` of (then the id), when a range index on it gives that
   * order and `match` binds `node` alone: the page is read as the dated items in the index's order,
   * and the undated ones (which the index does not hold) only when those do not fill it, where
   * otherwise every item `match` finds is read and sorted (the newest 20 of 19,043 articles: 650
   * index entries, those of the newest day, instead of 56,000 database hits).
   */
  indexedDate?: { expr: string; direction: Direction };
  /**
   * Cypher run for each item of the page after the cut, binding what `projection` uses and `match`
   * does not need to sort or filter (a statement's article): so it is read for the items returned,
   * not for every item `match` finds. It must find exactly one row per item.
   */
  itemMatch?: string;
  /** never set: carries the item type */
  readonly item?: T;
}

/** The id as the last sort key, for orders whose other keys do not make an item unique. */
export const BY_ID: SortKey = { expr: "node.id", type: "string" };

/** Sort keys for a nullable date `expr` (`direction`, then undated items last), then `rest`. */
export function dateKeys(expr: string, direction: "ASC" | "DESC", ...rest: SortKey[]): SortKey[] {
  return [
    { expr: `toInteger(${expr} IS NULL)`, type: "number" },
    { expr: `coalesce(${expr}, date('0001-01-01'))`, direction, type: "date" },
    ...rest,
  ];
}

/**
 * A subquery run for each item of a page (after LIMIT, so only for the items returned): its
 * `cypher` is one or more `CALL (id) { … }` with `id` the item's id in scope, binding `name`. The
 * query then also returns `extras`, one map `{<name>: …}` per item, in the order of `items`.
 * Names and Cypher come from code, never from input; `params` are namespaced by the caller.
 */
export interface Extra<A = unknown> {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
  /** never set: carries the type of the answer */
  readonly answer?: A;
}

/** The answer to `extra` in one item's map of extras (as `extrasCall` returns them), or undefined without one. */
export function answerOf<A>(extra: Extra<A>, extras: Record<string, unknown> | undefined): A | undefined {
  return extras?.[extra.name] as A | undefined;
}

/** `CALL (node) { … } ` binding `extras` for the item bound to `node`, or nothing without extras. */
export function extrasCall(extras: readonly Extra[]): string {
  if (!extras.length) return "";
  return ` CALL (node) { WITH node.id AS id
${extras.map((e) => e.cypher).join("\n")}
RETURN {${extras.map((e) => `${e.name}: ${e.name}`).join(", ")}} AS extras }`;
}

const extrasParams = (extras: readonly Extra[]): Record<string, unknown> => Object.assign({}, ...extras.map((e) => e.params));

/** The items subquery of a page: `match` after the cursor, ordered and cut, each item's extras and sort keys, collected. */
function itemsCall(part: PagePart, scope: string, param: string, page: PageArgs, extras: readonly Extra[], items = "items"): string {
  const collected = `${part.itemMatch ? ` ${part.itemMatch}` : ""}${extrasCall(extras)} RETURN collect(${part.projection}) AS ${items}, collect(${keyValues(part.keys)}) AS sortKeys${extras.length ? ", collect(extras) AS extras" : ""} }`;
  if (part.indexedDate) return `CALL (${scope}) { ${indexedDateItems(part.match, part.indexedDate, scope, param, page)}${collected}`;
  const after = page.after === null ? "" : ` WITH * WHERE ${afterCondition(part.keys, `${param}After`)}`;
  return `CALL (${scope}) { ${part.match}${after} WITH * ORDER BY ${orderOf(part.keys)} LIMIT toInteger($${param}Take)${collected}`;
}

/**
 * The page's items bound to `node`, in the order of `dateKeys(expr, direction, BY_ID)` (`PagePart.indexedDate`): the dated
 * items after the cursor in the index's order, then, only when they do not fill the page, the undated ones by id. The cursor
 * holds the keys' values (undated flag, date, id), so cursors are those of the plain sort; a range on the date lets the
 * index seek to the cursor's day.
 */
function indexedDateItems(
  match: string,
  dated: { expr: string; direction: Direction },
  scope: string,
  param: string,
  page: PageArgs,
): string {
  const { expr, direction } = dated;
  const take = `toInteger($${param}Take)`;
  const a = `$${param}After`;
  const [within, beyond] = direction === "DESC" ? ["<=", "<"] : [">=", ">"];
  const afterDated =
    page.after === null
      ? ""
      : ` AND ${a}[0] = 0 AND ${expr} ${within} date(${a}[1]) AND (${expr} ${beyond} date(${a}[1]) OR node.id > ${a}[2])`;
  const afterUndated = page.after === null ? "" : ` AND (${a}[0] = 0 OR node.id > ${a}[2])`;
  // the UNWIND of one row or none keeps the planner from scanning for undated items before it knows they are needed
  return `CALL (${scope}) { ${match} WITH * WHERE ${expr} IS NOT NULL${afterDated} WITH node ORDER BY ${expr} ${DIRECTION[direction]}, node.id LIMIT ${take} RETURN collect(node) AS dated }
CALL (${[scope, "dated"].filter(Boolean).join(", ")}) { UNWIND CASE WHEN size(dated) < ${take} THEN [true] ELSE [] END AS more ${match} WITH * WHERE ${expr} IS NULL${afterUndated} WITH node ORDER BY node.id LIMIT ${take} RETURN collect(node) AS undated }
UNWIND (dated + undated)[..${take}] AS node`;
}

/** The parameters `itemsCall` uses: the cursor's values and one item more than the page, to know whether another follows. */
function itemsParams(part: PagePart, param: string, page: PageArgs): Record<string, unknown> {
  return { ...(page.after === null ? {} : { [`${param}After`]: cursorFor(page.after, part.keys) }), [`${param}Take`]: page.first + 1 };
}

/**
 * Wraps a `MATCH … WHERE …` part binding `node` into a query returning `total` and one
 * page of `items`, fetching one more than asked to know whether a next page exists.
 */
export function pageQuery<T>(
  part: PagePart<T>,
  params: Record<string, unknown>,
  page: PageArgs,
  extras: readonly Extra[] = [],
): CypherQuery<PageWithExtrasRow<T>> {
  const scope = part.prelude?.scope ?? "";
  const prelude = part.prelude ? `${part.prelude.cypher}\n` : "";
  const returned = `RETURN total, items, sortKeys${extras.length ? ", extras" : ""}`;
  const allParams = { ...params, ...extrasParams(extras), ...itemsParams(part, "page", page) };
  if (part.binds?.length && page.total !== false && !part.count) {
    // one pass: the rows found are collected once, counted, and the page sorted from them
    const row = `{${part.binds.map((b) => `${b}: ${b}`).join(", ")}}`;
    const fromRows: PagePart<T> = { ...part, match: `UNWIND found AS r WITH ${part.binds.map((b) => `r.${b} AS ${b}`).join(", ")}` };
    return {
      cypher: `${prelude}CALL (${scope}) { ${part.match} RETURN collect(${row}) AS found }
WITH found, size(found) AS total
${itemsCall(fromRows, "found", "page", page, extras)}
${returned}`,
      params: allParams,
    };
  }
  return {
    cypher: `${prelude}${totalCall(part, scope, page)}${itemsCall(part, scope, "page", page, extras)}
${returned}`,
    params: allParams,
  };
}

/**
 * The same page for many parents in one query: `match` may use `id`, the parent's id, and binds
 * `node`. Rows come back as `{id, total, items}`, one per parent that has any.
 */
export function pagePerParentQuery<T>(
  part: PagePart<T>,
  ids: readonly string[],
  page: PageArgs,
  params: Record<string, unknown> = {},
): CypherQuery<PageRow<T> & { id: string }> {
  return {
    cypher: `UNWIND $ids AS id
${totalCall(part, "id", page)}${itemsCall(part, "id", "page", page, [])}
RETURN id, total, items, sortKeys`,
    params: { ...params, ids: [...ids], ...itemsParams(part, "page", page) },
  };
}

/**
 * One record by its id with the extras of its fields: `match` binds `node` from `id`; the row is
 * `{record, extras}`, or there is none when nothing has the id.
 */
export function oneWithExtras<T>(
  match: string,
  projection: string,
  id: string,
  extras: readonly Extra[],
): CypherQuery<{ record: T; extras: Record<string, unknown> }> {
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
export function pageExtra<T>(name: string, part: PagePart<T>, page: PageArgs, params: Record<string, unknown> = {}): Extra<PageRow<T>> {
  const count = page.total === false ? "" : `${totalCall(part, "id", page).trimEnd()} `;
  return {
    name,
    cypher: `CALL (id) { ${count}${itemsCall(part, "id", name, page, [])} RETURN {total: ${count ? "total" : "0"}, items: items, sortKeys: sortKeys} AS ${name} }`,
    params: { ...params, ...itemsParams(part, name, page) },
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

export function toPage<T>(row: PageRow<T> | undefined, page: PageArgs): Page<T> {
  const items = row?.items ?? [];
  const keys = row?.sortKeys ?? [];
  return {
    total: Number(row?.total ?? 0),
    items: items.slice(0, page.first),
    cursors: keys.slice(0, page.first).map(encodeCursor),
    hasNextPage: items.length > page.first,
    hasPreviousPage: page.after !== null,
  };
}
