/**
 * Fields fetched with their parents. When a page of articles, statements or entities (or one node
 * by id) is read, the fields its items select that a loader would otherwise fetch in a second round
 * trip (an article's people and statements, a statement's article, an entity's articles and
 * co-mentions…) are added to the same Cypher query as per-item subqueries (`Extra`), and their
 * loaders are primed with the answers under the very keys the field resolvers then ask for. One
 * level deep: whatever those fields select in turn, and every field not listed here, goes through
 * the loaders as before (batched, so still no N+1).
 */
import {
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import { ARTICLES_OF_ENTITY, outletOfArticleExtra } from "../graph/read/articles.js";
import { coMentionsExtra, coMentionShapeKey, entitiesOfArticleExtra, rolesExtra, type EntityLabel } from "../graph/read/entities.js";
import { answerOf, pageExtra, toPage, type Extra, type Page, type PageArgs, type PagePart } from "../graph/read/page.js";
import {
  aboutOfStatementExtra,
  statementsOfArticle,
  statementsOfEntity,
  statementShapeKey,
  type StatementRecord,
  type StatementShape,
} from "../graph/read/statements.js";
import { TIMELINE } from "../graph/read/timeline.js";
import type { Context } from "./context.js";
import type { PageKey, StatementPageKey } from "./loaders.js";
import { checkFirst, pageArgs, type FieldInfo } from "./pagination.js";
import { coMentionShapeOf, entityFieldsAt, statementShapeAt } from "./projection.js";

export type Info = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "variableValues" | "schema">;

/** The records whose fields can come with them. */
export type ParentType = "Article" | "Entity" | "Statement";

/** One field fetched with its parents: the subquery, and what to do with each parent's answers (its map of extras). */
export interface Prefetch {
  extra: Extra;
  prime(parentId: string, extras: Record<string, unknown> | undefined): void;
}

/** What a field fetched with its parents primes: a loader (typed by its key and value). */
interface Primeable<K, V> {
  prime(key: K, value: V): unknown;
}

/** One way to fetch a field with its parents; fields whose plans have the same `key` share one subquery. */
interface FieldPlan {
  key: string;
  prefetch(name: string): Prefetch;
}

/**
 * A field fetched by the subquery `extra` makes: the loader it primes, the key its resolver asks
 * for (from the parent's id, or the answer), and the loader's value from the answer.
 */
function fieldPlan<K, V, A>(
  key: string,
  loader: Primeable<K, V>,
  extra: (name: string) => Extra<A>,
  keyOf: (parentId: string, answer: A) => K | null,
  value: (answer: A) => V,
): FieldPlan {
  return {
    key,
    prefetch: (name) => {
      const made = extra(name);
      return {
        extra: made,
        prime: (parentId, extras) => {
          const answer = answerOf(made, extras);
          if (answer === undefined) return;
          const k = keyOf(parentId, answer);
          if (k !== null) loader.prime(k, value(answer));
        },
      };
    },
  };
}

const itself = <A>(answer: A): A => answer;

/**
 * A paged field: the page arguments as its resolver computes them (pageArgs), the page part of its
 * parent; `more` adds to the loader's key what else it is keyed by (a statement page's shape), and
 * `shape` tells those apart in the plan's key.
 */
function paged<T, K extends PageKey = PageKey>(
  name: string,
  loader: Primeable<K, Page<T>>,
  part: PagePart<T>,
  page: PageArgs,
  more: Omit<K, keyof PageKey>,
  shape = "",
  onPage?: (p: Page<T>) => void,
): FieldPlan {
  return fieldPlan(
    `${name}|${page.first}|${page.after ?? ""}|${page.total === false ? "" : "t"}|${shape}`,
    loader,
    (extraName) => pageExtra(extraName, part, page),
    (id) => ({ ...more, id, page }) as K,
    (answer) => {
      const p = toPage(answer, page);
      onPage?.(p);
      return p;
    },
  );
}

/** The definition of `name` on `type` (an interface's field, or one of its implementations' when only they have it). */
function definitionOf(schema: GraphQLSchema, type: ParentType, name: string): GraphQLField<unknown, unknown> | undefined {
  const parent = schema.getType(type) as GraphQLObjectType | GraphQLInterfaceType | undefined;
  const own = parent?.getFields()[name];
  if (own || !parent) return own;
  // an object type has no implementations: the loop below finds nothing for it
  for (const impl of schema.getPossibleTypes(parent as GraphQLInterfaceType)) {
    const field = impl.getFields()[name];
    if (field) return field;
  }
  return undefined;
}

/** What fetching `field` of a `type` record with its parent takes, or null when it is not fetched that way. */
function plan(type: ParentType, field: FieldNode, info: Info, ctx: Context): FieldPlan | null {
  const definition = definitionOf(info.schema, type, field.name.value);
  if (!definition) return null;
  // the field as its own resolver sees it: its selection, and its definition for the schema's defaults
  const sub: FieldInfo = {
    fieldNodes: [field],
    fragments: info.fragments,
    fieldName: definition.name,
    parentType: { getFields: () => ({ [definition.name]: definition }) },
  };
  const arg = (name: string): unknown => {
    const node = field.arguments?.find((a) => a.name.value === name);
    return node ? valueFromASTUntyped(node.value, info.variableValues) : definition.args.find((a) => a.name === name)?.defaultValue;
  };
  const max = ctx.config.maxPageSize;
  const page = () => pageArgs(arg("first") as number | null | undefined, arg("after") as string | null | undefined, max, sub);
  const { loaders } = ctx;
  // a statement page reads what its nodes select, its speakers only when selected (else `speaker` goes to its loader)
  const statements = (
    name: string,
    loader: Primeable<StatementPageKey, Page<StatementRecord>>,
    part: (s: StatementShape) => PagePart<StatementRecord>,
  ) => {
    const shape = statementShapeAt(sub, ["edges", "node"]);
    return paged(name, loader, part(shape), page(), { shape }, statementShapeKey(shape), (p) => loaders.primeSpeakers(p, shape));
  };
  const entitiesOf = (label: EntityLabel) => {
    const fields = entityFieldsAt(sub, []);
    return fieldPlan(
      `entitiesOfArticle|${label}|${fields.join(",")}`,
      loaders.entitiesOfArticle,
      (name) => entitiesOfArticleExtra(name, label, fields),
      (id) => ({ id, label, fields }),
      itself,
    );
  };
  switch (`${type}.${field.name.value}`) {
    case "Article.people":
      return entitiesOf("Person");
    case "Article.countries":
      return entitiesOf("Country");
    case "Article.organisations":
      return entitiesOf("Organisation");
    case "Article.locations":
      return entitiesOf("Location");
    case "Article.outlet":
      return fieldPlan("outletOfArticle", loaders.outletOfArticle, outletOfArticleExtra, itself, itself);
    case "Article.statements":
      return statements("statementsOfArticle", loaders.statementsOfArticle, statementsOfArticle);
    case "Statement.about":
      return fieldPlan("aboutOfStatement", loaders.aboutOfStatement, aboutOfStatementExtra, itself, itself);
    case "Entity.articles":
      return paged("articlesOfEntity", loaders.articlesOfEntity, ARTICLES_OF_ENTITY, page(), {});
    case "Entity.statementsBy":
      return statements("statementsByEntity", loaders.statementsByEntity, (shape) => statementsOfEntity("by", shape));
    case "Entity.statementsAbout":
      return statements("statementsAboutEntity", loaders.statementsAboutEntity, (shape) => statementsOfEntity("about", shape));
    case "Entity.timeline":
      return paged("timeline", loaders.timeline, TIMELINE, page(), {});
    case "Entity.roles":
      return fieldPlan("rolesOfPerson", loaders.rolesOfPerson, rolesExtra, itself, itself);
    case "Entity.coMentions": {
      const first = checkFirst(arg("first") as number | null | undefined, sub, max);
      const shape = coMentionShapeOf(sub);
      return fieldPlan(
        `coMentions|${first}|${coMentionShapeKey(shape)}`,
        loaders.coMentions,
        (name) => coMentionsExtra(name, first, shape),
        (id) => ({ id, first, shape }),
        itself,
      );
    }
    default:
      return null;
  }
}

/**
 * The prefetches for the fields `fields` of `type` records: one per loader and key, named `x0`, `x1`…
 * A field whose arguments are invalid is left to its resolver, which reports them.
 */
export function prefetches(type: ParentType, fields: readonly FieldNode[], info: Info, ctx: Context): Prefetch[] {
  const plans = new Map<string, FieldPlan>();
  for (const field of fields) {
    try {
      const p = plan(type, field, info, ctx);
      if (p) plans.set(p.key, p);
    } catch {
      // bad arguments: the field's resolver reports them
    }
  }
  const out: Prefetch[] = [];
  for (const p of plans.values()) {
    try {
      out.push(p.prefetch(`x${out.length}`));
    } catch {
      // a cursor of another list: the field's resolver reports it
    }
  }
  return out;
}

/** Primes the loaders with what a query that ran `prefetched` answered for each of `items` (the `extras` of the same rows). */
export function primeAll(
  prefetched: readonly Prefetch[],
  items: readonly { id: string }[],
  extras: readonly (Record<string, unknown> | undefined)[] | undefined,
): void {
  if (!prefetched.length || !extras) return;
  items.forEach((item, i) => {
    for (const p of prefetched) p.prime(item.id, extras[i]);
  });
}
