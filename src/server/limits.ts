/**
 * Query limits, checked while parsing and validating and once the operation is resolved, so a
 * query over a limit is refused with HTTP 400 before any resolver (and so Neo4j) runs. The error
 * names the limit: `extensions: { code: "QUERY_LIMIT", limit: "depth" | "aliases" | "cost" |
 * "directives" | "tokens" }`. The page size limit is checked by the connection resolvers
 * (src/api/pagination.ts).
 *
 * Generous enough for exploring in Sandbox: its introspection query passes (introspection is not
 * counted for depth and cost), and so do three levels of connections at their default page size.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { DocumentNode, GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { graphql } from "./graphql-runtime.js";
import { PAGE_ARGUMENT, withPageSizes } from "./page-sizes.js";

export const QUERY_LIMITS = {
  /** nesting of fields (connection levels count: `articles { edges { node { … } } }` is 3) */
  depth: 15,
  aliases: 30,
  /**
   * graphql-armor's cost: a field costs 1 (2 with a selection), its children count 1.5×, and a page
   * size multiplies its subtree: `first` as written, from a variable, or the argument's default.
   * A page of 100 articles costs ~5 000; people → statementsBy → about → articles at the default
   * 20 per page ~1.8 million (8 000 articles); the same at 100 per page ~220 million, refused.
   */
  cost: 3_000_000,
  directives: 30,
  /** lexical tokens in the document (graphql-js parse option) */
  tokens: 5_000,
} as const;

type LimitName = keyof typeof QUERY_LIMITS;

function reject(limit: LimitName) {
  return (ctx: ValidationContext | null, error: GraphQLError): void => {
    // graphql-armor prefixes "Syntax Error: ", which these are not
    ctx?.reportError(new graphql.GraphQLError(error.message.replace(/^Syntax Error: /, ""), { nodes: error.nodes, extensions: { limit } }));
  };
}

const checks = (limit: LimitName) => ({ propagateOnRejection: false, onReject: [reject(limit)], exposeLimits: true });

function armorRules(): { shape: ValidationRule[]; cost: ValidationRule[] } {
  const off = { enabled: false };
  const rules = (config: ConstructorParameters<typeof ApolloArmor>[0]) =>
    new ApolloArmor({
      maxTokens: off,
      blockFieldSuggestion: off,
      costLimit: off,
      maxDepth: off,
      maxAliases: off,
      maxDirectives: off,
      ...config,
    }).protect().validationRules;
  return {
    shape: rules({
      maxDepth: { n: QUERY_LIMITS.depth, ignoreIntrospection: true, flattenFragments: true, ...checks("depth") },
      maxAliases: { n: QUERY_LIMITS.aliases, allowList: [], ...checks("aliases") },
      maxDirectives: { n: QUERY_LIMITS.directives, ...checks("directives") },
    }),
    cost: rules({ costLimit: { maxCost: QUERY_LIMITS.cost, ignoreIntrospection: true, ...checks("cost") } }),
  };
}

/**
 * The cost needs the variables (page sizes), so it is checked when the operation is resolved, still
 * before execution. The verdict depends only on the document (which Apollo parses once and keeps)
 * and the values of the variables it passes as `first`, so it is kept per document and those values:
 * a repeated operation is not walked and validated again.
 */
function costPlugin(costRules: ValidationRule[]): ApolloServerPlugin {
  const verdicts = new WeakMap<DocumentNode, { pageVariables: string[]; byValues: Map<string, GraphQLError | null> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const variables = request.variables ?? {};
          let known = verdicts.get(document);
          if (!known) verdicts.set(document, (known = { pageVariables: pageVariables(document), byValues: new Map() }));
          const key = JSON.stringify(known.pageVariables.map((v) => variables[v] ?? null));
          let verdict = known.byValues.get(key);
          if (verdict === undefined) {
            verdict = graphql.validate(schema, withPageSizes(schema, document, variables), costRules)[0] ?? null;
            if (known.byValues.size >= 100) known.byValues.clear();
            known.byValues.set(key, verdict);
          }
          if (verdict)
            throw new graphql.GraphQLError(verdict.message, {
              extensions: { ...verdict.extensions, code: "QUERY_LIMIT", http: { status: 400 } },
            });
        },
      };
    },
  };
}

/** The variables a document passes as a `first` argument anywhere (the only ones the page sizes read). */
function pageVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  graphql.visit(document, {
    Argument(node) {
      if (node.name.value === PAGE_ARGUMENT && node.value.kind === graphql.Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

export function queryLimits(): { validationRules: ValidationRule[]; parseOptions: { maxTokens: number }; plugins: ApolloServerPlugin[] } {
  // field suggestions are stripped in production by formatError (src/server/errors.ts), kept in development
  const { shape, cost } = armorRules();
  return { validationRules: shape, parseOptions: { maxTokens: QUERY_LIMITS.tokens }, plugins: [costPlugin(cost)] };
}
