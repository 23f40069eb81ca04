/** Parameterised Cypher for statements: lists, filters, and the statements of articles and entities. */
import type { CypherQuery } from "../neo4j.js";
import { STATEMENT_LINK, statementDay } from "../statement-links.js";
import { ENTITY_FIELDS, entityProjection, type EntityField, type EntityRecord } from "./entities.js";
import { idOrNameMatches, idOrNameParams, namedEntities, noEntityWithId } from "./names.js";
import { articleProjection } from "./articles.js";
import {
  BY_ID,
  dateKeys,
  oneWithExtras,
  pagePerParentQuery,
  pageQuery,
  type Direction,
  type Extra,
  type PageArgs,
  type PagePart,
  type PageRow,
  type PageWithExtrasRow,
  type SortKey,
} from "./page.js";
import type { ArticleRecord } from "./articles.js";

export type StatementKindValue = "DIRECT" | "INDIRECT" | "MIXED";

export interface StatementRecord {
  id: string;
  text: string;
  kind: StatementKindValue;
  verb: string | null;
  /** the source phrase as written; null for statements written before sources were kept */
  source: string | null;
  saidOn: string | null;
  start: number;
  end: number;
  articleId: string;
  /** on pages whose shape reads it (`StatementShape.speaker`): the speaker, or null; the loaders prime `speakerOfStatement` with it */
  speaker?: EntityRecord | null;
  /** on pages and look-ups whose shape reads it (`StatementShape.article`): the article it was reported in (`Statement.article` then runs no query) */
  article?: ArticleRecord;
}

export interface StatementFilterInput {
  speaker?: string | null;
  about?: string | null;
  outlet?: string | null;
  kind?: StatementKindValue | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
}

/**
 * The date a statement (bound to `node`) sorts by: the day it was said, else the day its article was
 * published, the article read only for a statement without `saidOn`. Every statement has one article
 * (the write path creates and deletes the two together), so the pages find and sort statements
 * without reading their articles and read the article of the items returned alone (`ARTICLE_OF_ITEM`):
 * the statements about the United States in five weeks of 1987, 1,887 of its 3,667, were 34,000
 * database hits with the article of each, 9,700 without.
 */
const ON = statementDay("node", "COLLECT { MATCH (node)-[:REPORTED_IN]->(a:Article) RETURN a.publishedOn }[0]");

/** Binds `art`, the article of the statement `node`, for each item of a page (`PagePart.itemMatch`). */
const ARTICLE_OF_ITEM = "MATCH (node)-[:REPORTED_IN]->(art:Article)";

/** Binds `node` (the statement) and `on` (said on, else published on); `ARTICLE_OF_ITEM` binds its article. */
const STATEMENT_MATCH = `MATCH (node:Statement) WITH node, ${ON} AS on`;

export const STATEMENT_PROJECTION =
  "node {.id, .text, .kind, .verb, .source, start: coalesce(node.start, 0), end: coalesce(node.end, 0), saidOn: toString(node.saidOn), articleId: art.id}";

/** The fields of a StatementRecord read only when selected (`span` is start and end); `id`, `kind` and `articleId` always come. */
export const STATEMENT_FIELDS = ["text", "verb", "source", "saidOn", "span"] as const;
export type StatementField = (typeof STATEMENT_FIELDS)[number];

const STATEMENT_FIELD_CYPHER: Record<StatementField, string> = {
  text: ".text, ",
  verb: ".verb, ",
  source: ".source, ",
  saidOn: "saidOn: toString(node.saidOn), ",
  span: "start: coalesce(node.start, 0), end: coalesce(node.end, 0), ",
};

/** Projects `node` (its article bound to `art`) into a StatementRecord with the fields `fields`. */
export const statementProjection = (fields: readonly StatementField[]): string =>
  `node {.id, .kind, ${STATEMENT_FIELDS.filter((f) => fields.includes(f))
    .map((f) => STATEMENT_FIELD_CYPHER[f])
    .join("")}articleId: art.id}`;

/**
 * What a page of statements reads of each one: the statement fields selected, its speaker's
 * fields when `speaker` is selected (null: not read with the page, `Statement.speaker` loads it),
 * and its article when `article` is selected (the page binds it anyway, as `art`).
 */
export interface StatementShape {
  fields: readonly StatementField[];
  speaker: readonly EntityField[] | null;
  article?: boolean;
}

/** Every field, with the speaker and all of its fields (a page read for no particular selection). */
export const ALL_OF_A_STATEMENT: StatementShape = { fields: STATEMENT_FIELDS, speaker: ENTITY_FIELDS };

/** A key telling shapes apart (loaders batch and cache by it). */
export const statementShapeKey = (shape: StatementShape): string =>
  `${shape.fields.join(",")}|${shape.speaker === null ? "-" : shape.speaker.join(",")}${shape.article ? "|article" : ""}`;

/**
 * A statement (bound to `node`, its article to `art`) as `shape` has it: the statement's fields
 * and, when the shape reads them, its speaker (or null) with its fields and its article.
 */
const shapedStatementProjection = (shape: StatementShape): string => {
  const more = [
    ...(shape.speaker === null ? [] : [`speaker: [(node)-[:SAID_BY]->(sp:Entity) | ${entityProjection("sp", shape.speaker)}][0]`]),
    ...(shape.article ? [`article: ${articleProjection("art")}`] : []),
  ];
  const plain = statementProjection(shape.fields);
  return more.length ? `${plain.slice(0, -1)}, ${more.join(", ")}}` : plain;
};

/** By the date said, else published (undated last), then id. */
const statementOrder = (direction: Direction): SortKey[] => dateKeys("on", direction, BY_ID);

const KINDS: readonly StatementKindValue[] = ["DIRECT", "INDIRECT", "MIXED"];

/**
 * The entity with the id `$<param>Id`, else the entities named `$<param>Name`, found once (the id
 * through its constraint index, the name through the full-text index `entity_names`, confirmed by
 * the whole-word regex) and collected as `anchors`; the page and its count then expand from them,
 * so no per-statement name test runs over the whole graph.
 */
const anchorsOf = (param: string) => ({
  cypher: `CALL () { MATCH (x:Entity {id: $${param}Id}) RETURN x UNION ${namedEntities("x", `${param}Name`, noEntityWithId(param))} RETURN x }
WITH collect(x) AS anchors`,
  scope: "anchors",
});

/**
 * How many statements are linked (`by`/`about`) to the entity `entity` (a variable or a node
 * pattern), from its relationships alone: every SAID_BY and ABOUT leads from a statement, which has
 * one article, one speaker at most and is about an entity once at most (the write path creates them
 * together, deletes them together and merges links when it merges entities), so this is the number
 * of statements its pages list, without reading them (a speaker with 381 statements: 2,900 database
 * hits fewer, ~2 ms of its CPU).
 */
const linkCount = (link: keyof typeof STATEMENT_LINK, entity: string): string => `COUNT { (${entity})<-[:${STATEMENT_LINK[link]}]-() }`;

/** Binds `node` and `on` like STATEMENT_MATCH, for the statements linked (`by`/`about`) to `anchors`. */
const anchoredMatch = (link: keyof typeof STATEMENT_LINK): string =>
  `UNWIND anchors AS x MATCH (x)<-[:${STATEMENT_LINK[link]}]-(node:Statement) WITH DISTINCT node WITH node, ${ON} AS on`;

/**
 * `anchoredMatch` for the statements of a window of days (`$from`, `$to`, either may be absent):
 * each link holds its entity's id and the statement's day (`on`, the day it sorts by), and the
 * composite index on the two (src/graph/migrate.ts) finds the window's links of each anchor alone.
 * Expanding every link of the anchor grew with its statements: the United States' 311 statements
 * in three days of 1987 were read among its 386 at 2,000 articles and its 3,667 at 19,043.
 */
const anchoredWindowMatch = (link: keyof typeof STATEMENT_LINK, from: boolean, to: boolean): string => {
  const type = STATEMENT_LINK[link];
  const window = [...(from ? ["r.on >= date($from)"] : []), ...(to ? ["r.on <= date($to)"] : [])].join(" AND ");
  return `UNWIND anchors AS x MATCH (x)<-[r:${type}]-(node:Statement) USING INDEX r:${type}(entity, on) WHERE r.entity = x.id AND ${window} WITH DISTINCT node, r.on AS on`;
};

/**
 * A page of statements read as `shape` says (the selected fields, the speaker when selected);
 * `extras` run for each statement on it (its article, about… in the same query).
 */
export function listStatements(
  filter: StatementFilterInput | null | undefined,
  page: PageArgs,
  direction: Direction = "DESC",
  extras: readonly Extra[] = [],
  shape: StatementShape = ALL_OF_A_STATEMENT,
): CypherQuery<PageWithExtrasRow<StatementRecord>> {
  const where: string[] = [];
  let params: Record<string, unknown> = {};
  // the most selective filter given anchors the match; the other one is tested on what it finds
  let anchor: { link: keyof typeof STATEMENT_LINK; param: string } | null = null;
  if (filter?.speaker) {
    anchor = { link: "by", param: "speaker" };
    params = { ...params, ...idOrNameParams("speaker", filter.speaker) };
  }
  if (filter?.about) {
    if (anchor) where.push(`EXISTS { (node)-[:ABOUT]->(ab:Entity) WHERE ${idOrNameMatches("ab", "about")} }`);
    else anchor = { link: "about", param: "about" };
    params = { ...params, ...idOrNameParams("about", filter.about) };
  }
  if (filter?.outlet) {
    where.push(
      "EXISTS { (node)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(o:Outlet) WHERE o.id = $outlet OR toLower(o.name) = toLower($outlet) }",
    );
    params.outlet = filter.outlet;
  }
  if (filter?.kind) {
    if (!KINDS.includes(filter.kind)) throw new Error(`not a statement kind: ${filter.kind}`);
    where.push("node.kind = $kind");
    params.kind = filter.kind;
  }
  // anchored, the window is the index's range (anchoredWindowMatch); else a test of each statement's day
  const windowed = anchor !== null && !!(filter?.from || filter?.to);
  if (filter?.from) {
    if (!windowed) where.push("on >= date($from)");
    params.from = filter.from;
  }
  if (filter?.to) {
    if (!windowed) where.push("on <= date($to)");
    params.to = filter.to;
  }
  if (filter?.text) {
    where.push("toLower(node.text) CONTAINS toLower($text)");
    params.text = filter.text;
  }
  const found = !anchor
    ? STATEMENT_MATCH
    : windowed
      ? anchoredWindowMatch(anchor.link, !!filter?.from, !!filter?.to)
      : anchoredMatch(anchor.link);
  const match = `${found}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`;
  const onePass = anchor !== null && (where.length > 0 || windowed);
  return pageQuery<StatementRecord>(
    {
      match,
      keys: statementOrder(direction),
      projection: shapedStatementProjection(shape),
      itemMatch: ARTICLE_OF_ITEM,
      // anchored and filtered further or to a window of days, the match (bounded by the anchors' statements) is counted and paged in one pass;
      // anchored only, counting apart is cheaper than collecting them all (a speaker's 1,500 statements: 19.1 ms in one pass, 16.7 apart),
      // and a speaker's statements are counted from the degrees (no statement has two speakers, so no anchor counts one twice)
      ...(anchor ? { prelude: anchorsOf(anchor.param), ...(onePass ? { binds: ["node", "on"] } : {}) } : {}),
      ...(anchor?.link === "by" && !onePass ? { count: `reduce(n = 0, x IN anchors | n + ${linkCount("by", "x")})` } : {}),
    },
    params,
    page,
    extras,
  );
}

export function statementsByIds(ids: readonly string[]): CypherQuery<{ id: string; statement: StatementRecord }> {
  return {
    cypher: `UNWIND $ids AS id MATCH (node:Statement {id: id})-[:REPORTED_IN]->(art:Article) RETURN id, ${STATEMENT_PROJECTION} AS statement`,
    params: { ids: [...ids] },
  };
}

const ABOUT = (id: string) => `MATCH (:Statement {id: ${id}})-[:ABOUT]->(e:Entity)`;

/** The statements reported in the article `id`, in text order, read as `shape` says. */
export const statementsOfArticle = (shape: StatementShape = ALL_OF_A_STATEMENT): PagePart<StatementRecord> => ({
  match: "MATCH (node:Statement)-[:REPORTED_IN]->(art:Article {id: id})",
  count: "COUNT { (:Statement)-[:REPORTED_IN]->(:Article {id: id}) }",
  keys: [{ expr: "coalesce(node.start, 0)", type: "number" }, BY_ID],
  projection: shapedStatementProjection(shape),
});

/** The statements made by (`by`) or about (`about`) the entity `id`, newest first, read as `shape` says. */
export function statementsOfEntity(
  link: keyof typeof STATEMENT_LINK,
  shape: StatementShape = ALL_OF_A_STATEMENT,
): PagePart<StatementRecord> {
  return {
    match: `MATCH (:Entity {id: id})<-[:${STATEMENT_LINK[link]}]-(node:Statement) WITH node, ${ON} AS on`,
    count: linkCount(link, ":Entity {id: id}"),
    keys: statementOrder("DESC"),
    projection: shapedStatementProjection(shape),
    itemMatch: ARTICLE_OF_ITEM,
  };
}

/** The statement `id` (with its article when `withArticle`) and the extras of its fields (`oneWithExtras`). */
export const statementWithExtras = (id: string, extras: readonly Extra[], withArticle = false) =>
  oneWithExtras<StatementRecord>(
    "MATCH (node:Statement {id: id})-[:REPORTED_IN]->(art:Article)",
    shapedStatementProjection({ fields: STATEMENT_FIELDS, speaker: null, article: withArticle }),
    id,
    extras,
  );

/** Statements reported in each article, in text order. */
export function statementsOfArticles(
  ids: readonly string[],
  page: PageArgs,
  shape: StatementShape = ALL_OF_A_STATEMENT,
): CypherQuery<PageRow<StatementRecord> & { id: string }> {
  return pagePerParentQuery(statementsOfArticle(shape), ids, page);
}

/** Statements made by (`by`) or about (`about`) each entity, newest first. */
export function statementsOfEntities(
  link: keyof typeof STATEMENT_LINK,
  ids: readonly string[],
  page: PageArgs,
  shape: StatementShape = ALL_OF_A_STATEMENT,
): CypherQuery<PageRow<StatementRecord> & { id: string }> {
  return pagePerParentQuery(statementsOfEntity(link, shape), ids, page);
}

/** `aboutOfStatements` for the statement `id`, as an extra binding `name` to the list. */
export function aboutOfStatementExtra(name: string): Extra<EntityRecord[]> {
  return {
    name,
    cypher: `CALL (id) { ${ABOUT("id")} WITH e ORDER BY e.name, e.id RETURN collect(${entityProjection("e")}) AS ${name} }`,
    params: {},
  };
}

/** The speaker of each statement, with the fields `fields`. */
export function speakersOfStatements(
  ids: readonly string[],
  fields: readonly EntityField[] = ENTITY_FIELDS,
): CypherQuery<{ id: string; entity: EntityRecord }> {
  return {
    cypher: `UNWIND $ids AS id MATCH (:Statement {id: id})-[:SAID_BY]->(e:Entity) RETURN id, ${entityProjection("e", fields)} AS entity`,
    params: { ids: [...ids] },
  };
}

export function aboutOfStatements(ids: readonly string[]): CypherQuery<{ id: string; entities: EntityRecord[] }> {
  return {
    cypher: `UNWIND $ids AS id
${ABOUT("id")}
WITH id, e ORDER BY e.name, e.id
RETURN id, collect(${entityProjection("e")}) AS entities`,
    params: { ids: [...ids] },
  };
}

/**
 * For each statement, the statements other articles attribute to the same speaker (the same entity,
 * or one sharing a name key while cross-article resolution is incomplete): candidates for
 * `alsoReportedIn`, whose texts are compared in code.
 */
export function sameSpeakerStatements(ids: readonly string[]): CypherQuery<{ id: string; text: string; candidates: StatementRecord[] }> {
  return {
    cypher: `UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:SAID_BY]->(sp:Entity), (s)-[:REPORTED_IN]->(a:Article)
CALL (sp) {
  MATCH (sp)<-[:SAID_BY]-(node:Statement) RETURN node
  UNION
  MATCH (other:Entity)<-[:SAID_BY]-(node:Statement)
  WHERE other <> sp AND any(k IN coalesce(other.nameKeys, []) WHERE k IN coalesce(sp.nameKeys, []) AND size(k) > 3)
  RETURN node
}
MATCH (node)-[:REPORTED_IN]->(art:Article)
WHERE node <> s AND art <> a
WITH id, s, node, art, coalesce(node.saidOn, art.publishedOn) AS on ORDER BY on, node.id
RETURN id, s.text AS text, collect(${STATEMENT_PROJECTION}) AS candidates`,
    params: { ids: [...ids] },
  };
}
