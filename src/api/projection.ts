/**
 * Reads projected from the selection: which fields of an entity or a statement record the operation
 * selects at a place, so the query reads those and the record carries nothing else.
 */
import type { CoMentionShape } from "../graph/read/entities.js";
import { ENTITY_FIELDS, type EntityField } from "../graph/read/entities.js";
import type { SearchShape } from "../graph/read/search.js";
import { STATEMENT_FIELDS, type StatementField, type StatementShape } from "../graph/read/statements.js";
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";
import { selectsField } from "./pagination.js";

type Selection = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/**
 * The fields selected at `path` below the resolver's field: `[]` for its own children, e.g.
 * `["edges", "node"]` for the fields of a connection's nodes; through inline fragments and fragment
 * spreads (whatever their type condition: a field of another type only costs a subquery).
 */
export function fieldsAt(info: Selection, path: readonly string[]): FieldNode[] {
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

const names = (info: Selection, path: readonly string[]): Set<string> => new Set(fieldsAt(info, path).map((f) => f.name.value));

/**
 * What `compute` makes of the selection at `path`, once per field of the operation: graphql-js
 * hands every item of a list the same `fieldNodes`, so the twenty articles of a page (and their
 * hundred statements' speakers) walk their selection once, not each. Results are shared: never mutated.
 */
const memo = new WeakMap<readonly FieldNode[], Map<string, unknown>>();
function once<T>(what: string, info: Selection, path: readonly string[], compute: () => T): T {
  let byPath = memo.get(info.fieldNodes);
  if (!byPath) memo.set(info.fieldNodes, (byPath = new Map()));
  const key = `${what}|${path.join(".")}`;
  if (!byPath.has(key)) byPath.set(key, compute());
  return byPath.get(key) as T;
}

/** The entity fields selected at `path` (fragments of any entity type count). */
export function entityFieldsAt(info: Selection, path: readonly string[]): readonly EntityField[] {
  return once("entity", info, path, () => {
    const selected = names(info, path);
    return ENTITY_FIELDS.filter((f) => selected.has(f));
  });
}

/** GraphQL fields of a Statement and the record fields each reads (`evidence` is the span and the text). */
const STATEMENT_NEEDS: Record<string, readonly StatementField[]> = {
  text: ["text"],
  verb: ["verb"],
  source: ["source"],
  saidOn: ["saidOn"],
  evidence: ["span", "text"],
};

/** The statement record fields the selection at `path` needs. */
export function statementFieldsAt(info: Selection, path: readonly string[]): readonly StatementField[] {
  return once("statement", info, path, () => {
    const needed = new Set([...names(info, path)].flatMap((n) => STATEMENT_NEEDS[n] ?? []));
    return STATEMENT_FIELDS.filter((f) => needed.has(f));
  });
}

/**
 * What a page of statements whose nodes are at `path` reads of each: the statement fields selected,
 * when `speaker` is selected the speaker's selected fields (else the speaker is not read), and the
 * article when `article` is selected.
 */
export const statementShapeAt = (info: Selection, path: readonly string[]): StatementShape =>
  once("statementShape", info, path, () => ({
    fields: statementFieldsAt(info, path),
    speaker: selectsField(info, [...path, "speaker"]) ? entityFieldsAt(info, [...path, "speaker"]) : null,
    ...(selectsField(info, [...path, "article"]) ? { article: true } : {}),
  }));

/** What `search` reads of its hits: the fields selected under `node`. */
export const searchShapeOf = (info: Selection): SearchShape => ({
  entity: entityFieldsAt(info, ["node"]),
  statement: statementFieldsAt(info, ["node"]),
});

/** What `coMentions` reads: the fields selected under `entity`, and the shared articles only when `articles` is selected. */
export const coMentionShapeOf = (info: Selection): CoMentionShape => ({
  entity: entityFieldsAt(info, ["entity"]),
  articles: selectsField(info, ["articles"]),
});
