/**
 * Writes every page size into the document as a literal, so the cost limit multiplies by the
 * real size of each page: `first: $n` becomes `first: <value of n>`, and a connection field
 * without `first` gets the argument's default (20).
 */
import type { ArgumentNode, DocumentNode, FieldNode, GraphQLSchema } from "graphql";
import { graphql } from "./graphql-runtime.js";

const { Kind, TypeInfo, visit, visitWithTypeInfo } = graphql;

export const PAGE_ARGUMENT = "first";

export function withPageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const values = { ...variableDefaults(document), ...variables };
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        const definition = typeInfo.getFieldDef()?.args.find((a) => a.name === PAGE_ARGUMENT);
        if (!definition) return undefined;
        const given = node.arguments?.find((a) => a.name.value === PAGE_ARGUMENT);
        if (given?.value.kind === Kind.INT) return undefined;
        const size =
          given?.value.kind === Kind.VARIABLE ? (values[given.value.name.value] ?? definition.defaultValue) : definition.defaultValue;
        if (typeof size !== "number" || !Number.isInteger(size)) return undefined;
        const literal: ArgumentNode = {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: PAGE_ARGUMENT },
          value: { kind: Kind.INT, value: String(size) },
        };
        return { ...node, arguments: [...(node.arguments ?? []).filter((a) => a !== given), literal] };
      },
    }),
  );
}

/** `query($n: Int = 50)`: the defaults the operation gives its variables. */
function variableDefaults(document: DocumentNode): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      if (v.defaultValue?.kind === Kind.INT) defaults[v.variable.name.value] = Number(v.defaultValue.value);
    }
  }
  return defaults;
}
