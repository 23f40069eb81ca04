/**
 * Fields fetched with their parents. When a page of articles, statements or entities (or one node
 * by id) is read, the fields its items select that a loader would otherwise fetch in a second round
 * trip (an article's people and statements, a statement's article, an entity's articles and
 * co-mentions…) are added to the same Cypher query as per-item subqueries (`Extra`), and their
 * loaders are primed with the answers under the very keys the field resolvers then ask for. One
 * level deep: whatever those fields select in turn, and every field not listed here, goes through
 * the loaders as before (batched, so still no N+1).
 */
import { valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { ARTICLES_OF_ENTITY, outletOfArticleExtra } from "../graph/read/articles.js";
import { coMentionsExtra, entitiesOfArticleExtra, rolesExtra, type EntityLabel } from "../graph/read/entities.js";
import { pageExtra, toPage, type Extra, type Page, type PageArgs, type PagePart } from "../graph/read/page.js";
import {
  aboutOfStatementExtra,
  articleOfStatementExtra,
  STATEMENTS_OF_ARTICLE,
  statementsOfEntity,
  withoutSpeakers,
  type StatementRecord,
} from "../graph/read/statements.js";
import { TIMELINE } from "../graph/read/timeline.js";
import type { Context } from "./context.js";
import type { Loaders, PageKey } from "./loaders.js";
import { checkFirst, pageArgs, selectsField } from "./pagination.js";

export type Info = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "variableValues">;

/** The records whose fields can come with them. */
export type ParentType = "Article" | "Entity" | "Statement";

/** One field fetched with its parents: the subquery, and what to do with each parent's answer. */
export interface Prefetch {
  extra: Extra;
  prime(parentId: string, value: unknown): void;
}

/**
 * The fields selected at `path` below the resolver's field: `[]` for its own children, e.g.
 * `["edges", "node"]` for the fields of a connection's nodes; through inline fragments and fragment
 * spreads (whatever their type condition: a field of another type only costs a subquery).
 */
export function fieldsAt(info: Pick<Info, "fieldNodes" | "fragments">, path: readonly string[]): FieldNode[] {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  const fieldsOf = (set: SelectionSetNode | undefined, seen: Set<string>, out: FieldNode[]): FieldNode[] => {
    for (const s of set?.selections ?? []) {
      if (s.kind === "Field") out.push(s);
      else if (s.kind === "InlineFragment") fieldsOf(s.selectionSet, seen, out);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        fieldsOf(info.fragments[s.name.value]?.selectionSet, seen, out);
      }
    }
    return out;
  };
  for (const name of path) {
    sets = sets
      .flatMap((set) => fieldsOf(set, new Set(), []))
      .filter((f) => f.name.value === name)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return sets.flatMap((set) => fieldsOf(set, new Set(), []));
}

type Loader = keyof Omit<Loaders, "primeSpeakers">;

interface FieldPlan {
  /** the loader the field resolver reads, and the key it asks for (from the parent's id, or the answer) */
  loader: Loader;
  key: (id: string, answer: unknown) => unknown;
  /** distinguishes plans of one field with different arguments */
  variant: string;
  extra: (name: string) => Extra;
  /** the loader's value from the subquery's answer */
  value?: (answer: unknown) => unknown;
}

/** A paged field: the page arguments as its resolver computes them (pageArgs), the page part of its parent. */
function paged(loader: Loader, part: PagePart, page: PageArgs, prime?: (p: Page<StatementRecord>) => void): FieldPlan {
  return {
    loader,
    key: (id): PageKey => ({ id, page }),
    variant: `${page.first}|${page.after ?? ""}|${page.total === false ? "" : "t"}`,
    extra: (name) => pageExtra(name, part, page),
    value: (answer) => {
      const p = toPage<StatementRecord>(answer as Record<string, unknown>, page);
      prime?.(p);
      return p;
    },
  };
}

/** What fetching `field` of a `type` record with its parent takes, or null when it is not fetched that way. */
function plan(type: ParentType, field: FieldNode, info: Info, ctx: Context): FieldPlan | null {
  const arg = (name: string): unknown => {
    const node = field.arguments?.find((a) => a.name.value === name);
    return node ? valueFromASTUntyped(node.value, info.variableValues) : undefined;
  };
  const max = ctx.config.maxPageSize;
  const sub = { fieldNodes: [field], fragments: info.fragments };
  const page = () => pageArgs(arg("first") as number | null | undefined, arg("after") as string | null | undefined, max, sub);
  // a statement page carries its speakers only when they are selected (a page without them leaves `speaker` to its loader)
  const speakers = (part: PagePart): PagePart => (selectsField(sub, ["edges", "node", "speaker"]) ? part : withoutSpeakers(part));
  const primeSpeakers = ctx.loaders.primeSpeakers;
  const simple = (loader: Loader, extra: (name: string) => Extra): FieldPlan => ({ loader, key: (id) => id, variant: "", extra });
  const entitiesOf = (label: EntityLabel): FieldPlan => ({
    loader: "entitiesOfArticle",
    key: (id) => ({ id, label }),
    variant: label,
    extra: (name) => entitiesOfArticleExtra(name, label),
  });
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
      return simple("outletOfArticle", outletOfArticleExtra);
    case "Article.statements":
      return paged("statementsOfArticle", speakers(STATEMENTS_OF_ARTICLE), page(), primeSpeakers);
    case "Statement.article":
      // the article loader's key is the article's id, which comes with the answer
      return { ...simple("article", articleOfStatementExtra), key: (_id, answer) => (answer as { id: string } | null)?.id ?? null };
    case "Statement.about":
      return simple("aboutOfStatement", aboutOfStatementExtra);
    case "Entity.articles":
      return paged("articlesOfEntity", ARTICLES_OF_ENTITY, page());
    case "Entity.statementsBy":
      return paged("statementsByEntity", speakers(statementsOfEntity("by")), page(), primeSpeakers);
    case "Entity.statementsAbout":
      return paged("statementsAboutEntity", speakers(statementsOfEntity("about")), page(), primeSpeakers);
    case "Entity.timeline":
      return paged("timeline", TIMELINE, page());
    case "Entity.roles":
      return simple("rolesOfPerson", rolesExtra);
    case "Entity.coMentions": {
      const first = checkFirst(arg("first") as number | null | undefined, 10, max);
      return { loader: "coMentions", key: (id) => ({ id, first }), variant: String(first), extra: (name) => coMentionsExtra(name, first) };
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
      if (p) plans.set(`${p.loader}|${p.variant}`, p);
    } catch {
      // bad arguments: the field's resolver reports them
    }
  }
  const out: Prefetch[] = [];
  for (const p of plans.values()) {
    let extra: Extra;
    try {
      extra = p.extra(`x${out.length}`);
    } catch {
      continue; // a cursor of another list: the field's resolver reports it
    }
    const loader = ctx.loaders[p.loader] as unknown as { prime(key: unknown, value: unknown): unknown };
    out.push({
      extra,
      prime: (id, answer) => {
        const key = p.key(id, answer);
        if (key !== null) loader.prime(key, p.value ? p.value(answer) : answer);
      },
    });
  }
  return out;
}

/** Primes the loaders with what a query that ran `prefetched` answered for each of `items` (the `extras` of the same rows). */
export function primeAll(prefetched: readonly Prefetch[], items: readonly { id: string }[], extras: unknown): void {
  if (!prefetched.length || !Array.isArray(extras)) return;
  items.forEach((item, i) => {
    const answers = extras[i] as Record<string, unknown> | undefined;
    if (answers) for (const p of prefetched) p.prime(item.id, answers[p.extra.name]);
  });
}
