/** Parameterised Cypher for entities: people, countries, organisations and places. */
import type { CypherQuery } from "../neo4j.js";
import { BY_ID, oneWithExtras, pageQuery, type Extra, type PageArgs, type PageWithExtrasRow, type SortKey } from "./page.js";
import { namedEntities, nameKeyPattern, nameWord } from "./names.js";

/** Entity labels; Cypher labels come from this list only, never from input. */
export const ENTITY_LABELS = ["Person", "Country", "Organisation", "Location"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export interface EntityRecord {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  code: string | null;
}

export interface RoleRecord {
  title: string;
  of: EntityRecord | null;
}

export interface CoMentionRecord {
  entity: EntityRecord;
  count: number;
  articleIds: string[];
}

const LABEL_LIST = `[${ENTITY_LABELS.map((l) => `'${l}'`).join(", ")}]`;

/** The `EntityRecord` label of entity variable `v`. */
const labelOf = (v: string): string => `[l IN labels(${v}) WHERE l IN ${LABEL_LIST}][0]`;

/** The fields of an EntityRecord that are read only when selected; `id` and `label` always come. */
export const ENTITY_FIELDS = ["name", "aliases", "code"] as const;
export type EntityField = (typeof ENTITY_FIELDS)[number];

const ENTITY_FIELD_CYPHER: Record<EntityField, (v: string) => string> = {
  name: () => ".name",
  aliases: (v) => `aliases: coalesce(${v}.aliases, [])`,
  code: () => ".code",
};

/**
 * Projects entity variable `v` into an `EntityRecord` with the fields `fields` (all by default): a
 * record carries what the operation selects, since decoding what nobody asked for (a hub's long
 * list of aliases) cost the server more than the query did.
 */
export const entityProjection = (v: string, fields: readonly EntityField[] = ENTITY_FIELDS): string =>
  `${v} {.id, ${ENTITY_FIELDS.filter((f) => fields.includes(f))
    .map((f) => `${ENTITY_FIELD_CYPHER[f](v)}, `)
    .join("")}label: ${labelOf(v)}}`;

/** By name, case-insensitively, then id (entities and outlets). */
export const BY_NAME: readonly SortKey[] = [{ expr: "toLower(node.name)", type: "string" }, BY_ID];

export interface EntityFilterInput {
  name?: string | null;
}

/** A page of entities; `extras` run for each entity on it (its articles, co-mentions… in the same query). */
export function listEntities(
  label: EntityLabel,
  filter: EntityFilterInput | null | undefined,
  page: PageArgs,
  extras: readonly Extra[] = [],
): CypherQuery<PageWithExtrasRow<EntityRecord>> {
  if (!ENTITY_LABELS.includes(label)) throw new Error(`not an entity label: ${label}`);
  const pattern = filter?.name ? nameKeyPattern(filter.name) : null;
  // a name narrows through the full-text index on Entity names and aliases (every labelled entity is an Entity)
  const match = pattern ? `${namedEntities("node", "name")} AND node:${label}` : `MATCH (node:${label})`;
  return pageQuery<EntityRecord>(
    { match, keys: BY_NAME, projection: entityProjection("node") },
    pattern ? { name: pattern, nameWord: nameWord(filter!.name!) } : {},
    page,
    extras,
  );
}

export function entitiesByIds(ids: readonly string[]): CypherQuery<{ id: string; entity: EntityRecord }> {
  return {
    cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, ${entityProjection("e")} AS entity`,
    params: { ids: [...ids] },
  };
}

/** The entity `id` with the extras of its fields (`oneWithExtras`). */
export const entityWithExtras = (id: string, extras: readonly Extra[]) =>
  oneWithExtras<EntityRecord>("MATCH (node:Entity {id: id})", entityProjection("node"), id, extras);

/** Binds `e`, each entity with the label `$label` the article `id` mentions, and `m`, the mention; ENTITIES_ORDER orders them. */
const ENTITIES_OF_ARTICLE = (label: string) => `MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity) WHERE ${labelOf("e")} = $${label}`;
const ENTITIES_ORDER = "coalesce(m.count, 0) DESC, e.name, e.id";

const checkLabel = (label: EntityLabel): EntityLabel => {
  if (!ENTITY_LABELS.includes(label)) throw new Error(`not an entity label: ${label}`);
  return label;
};

/** The entities with `label` each article mentions, most mentioned first. */
export function entitiesOfArticles(
  ids: readonly string[],
  label: EntityLabel,
  fields: readonly EntityField[] = ENTITY_FIELDS,
): CypherQuery<{ id: string; entities: EntityRecord[] }> {
  return {
    cypher: `UNWIND $ids AS id
${ENTITIES_OF_ARTICLE("label")}
WITH id, m, e ORDER BY ${ENTITIES_ORDER}
RETURN id, collect(${entityProjection("e", fields)}) AS entities`,
    params: { ids: [...ids], label: checkLabel(label) },
  };
}

/** `entitiesOfArticles` for the article `id` of a page item, as an extra binding `name` to the list. */
export function entitiesOfArticleExtra(
  name: string,
  label: EntityLabel,
  fields: readonly EntityField[] = ENTITY_FIELDS,
): Extra<EntityRecord[]> {
  return {
    name,
    cypher: `CALL (id) { ${ENTITIES_OF_ARTICLE(`${name}Label`)} WITH m, e ORDER BY ${ENTITIES_ORDER} RETURN collect(${entityProjection("e", fields)}) AS ${name} }`,
    params: { [`${name}Label`]: checkLabel(label) },
  };
}

const ROLES = (id: string) => `MATCH (:Entity {id: ${id}})-[h:HOLDS_ROLE]->(o:Entity)`;
const ROLE = `collect(DISTINCT {title: title, of: ${entityProjection("o")}})`;

export function rolesOfPeople(ids: readonly string[]): CypherQuery<{ id: string; roles: RoleRecord[] }> {
  return {
    cypher: `UNWIND $ids AS id
${ROLES("id")}
WITH id, h.title AS title, o ORDER BY title, o.name
RETURN id, ${ROLE} AS roles`,
    params: { ids: [...ids] },
  };
}

/** `rolesOfPeople` for the entity `id`, as an extra binding `name` to the list. */
export function rolesExtra(name: string): Extra<RoleRecord[]> {
  return {
    name,
    cypher: `CALL (id) { ${ROLES("id")} WITH h.title AS title, o ORDER BY title, o.name RETURN ${ROLE} AS ${name} }`,
    params: {},
  };
}

/** What co-mentions are read with: the fields of their entities, and whether the shared articles (`articleIds`) are wanted. */
export interface CoMentionShape {
  entity: readonly EntityField[];
  articles: boolean;
}

const ALL_OF_A_CO_MENTION: CoMentionShape = { entity: ENTITY_FIELDS, articles: true };

/** A key telling shapes apart (loaders batch and cache by it). */
export const coMentionShapeKey = (shape: CoMentionShape): string => `${shape.entity.join(",")}|${shape.articles ? "a" : ""}`;

/**
 * The co-mentions of the entity `id` as `out`, at most `$<first>`: counted and cut first, so only
 * the entities returned are projected and, when wanted, only theirs get the ten newest shared articles.
 * The others are told from the entity by identity, not by reading the id of every pair found, and
 * the labels of what the mentions lead to are not checked: a MENTIONS relationship always leads from
 * an article to an entity (the write path creates no other), and Reagan's 311 articles name 2,946
 * entities (10,100 database hits with the two label checks, 7,200 without). Ties are broken by name,
 * so names are read only for the entities counted at least as often as the last one returned: the
 * others are ranked by their counts alone (Reagan's 783 co-mentioned entities: 5,700 database hits
 * where sorting all of them by count and name read every name). That threshold is the least of the
 * `first + 1` highest counts, the entity itself among them (every article of its own counts it), and
 * the entity is dropped only then, from the few left, not from every pair found: 9.1 against 10.6 ms
 * of Neo4j CPU per call on Reagan, the same results for the 400 most-mentioned entities.
 */
// An article has one MENTIONS to each entity it names (the write path creates one per entity, and
// folding a surname into a full name merges the two; test/integration/news-graph.test.ts holds it
// to that), so counting the rows counts the articles, without a set of them per entity (a fifth of
// the query's time on a much-mentioned person).
const coMentionsCall = (out: string, first: string, shape: CoMentionShape): string => `CALL (id) {
  MATCH (self:Entity {id: id})<-[:MENTIONS]-(a)-[:MENTIONS]->(other)
  WITH id, self, other, count(*) AS count
  WITH id, self, collect([count, other]) AS counted
  CALL (counted) {
    UNWIND counted AS c
    WITH c[0] AS count ORDER BY count DESC LIMIT toInteger($${first}) + 1
    RETURN min(count) AS least
  }
  UNWIND [c IN counted WHERE c[0] >= least AND c[1] <> self] AS c
  WITH id, c[1] AS other, c[0] AS count
  ORDER BY count DESC, other.name, other.id
  LIMIT toInteger($${first})${
    shape.articles
      ? `
  CALL (id, other) {
    MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other)
    WITH DISTINCT a ORDER BY a.publishedOn DESC, a.id LIMIT 10
    RETURN collect(a.id) AS articleIds
  }`
      : ""
  }
  RETURN collect({entity: ${entityProjection("other", shape.entity)}, count: count, articleIds: ${shape.articles ? "articleIds" : "[]"}}) AS ${out}
}`;

/** For each entity, the `first` entities that share the most articles with it. */
export function coMentionsOf(
  ids: readonly string[],
  first: number,
  shape: CoMentionShape = ALL_OF_A_CO_MENTION,
): CypherQuery<{ id: string; items: CoMentionRecord[] }> {
  return {
    cypher: `UNWIND $ids AS id
${coMentionsCall("items", "first", shape)}
RETURN id, items`,
    params: { ids: [...ids], first },
  };
}

/** `coMentionsOf` for the entity `id`, as an extra binding `name` to the list. */
export function coMentionsExtra(name: string, first: number, shape: CoMentionShape = ALL_OF_A_CO_MENTION): Extra<CoMentionRecord[]> {
  return { name, cypher: coMentionsCall(name, `${name}First`, shape), params: { [`${name}First`]: first } };
}
