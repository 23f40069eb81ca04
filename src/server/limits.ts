/**
 * Query limits, checked while parsing and validating, so a query over a limit is refused with
 * HTTP 400 before any resolver (and so Neo4j) runs. The error names the limit:
 * `extensions: { code: "QUERY_LIMIT", limit: "depth" | "aliases" | "cost" | "directives" | "tokens" }`.
 * The page size limit is checked by the connection resolvers (src/api/pagination.ts).
 *
 * Generous enough for exploring in Sandbox: its introspection query passes (introspection is not
 * counted for depth and cost), and a path like articles → statements → speaker → statementsBy →
 * about with its connection edges/node levels fits well within the depth limit.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";

export const QUERY_LIMITS = {
  /** nesting of fields (connection levels count: `articles { edges { node { … } } }` is 3) */
  depth: 15,
  aliases: 30,
  /**
   * graphql-armor's cost: a field costs 1 (2 with a selection), its children count 1.5×, and a literal
   * `first: n` multiplies its subtree by n. A page of 100 articles costs ~5 000; statements(first: 20)
   * with each speaker's statementsBy(first: 10) ~46 000; people(first: 100) × statementsBy(first: 100)
   * ~830 000 (refused: narrow it, or page).
   */
  cost: 100_000,
  directives: 30,
  /** lexical tokens in the document (graphql-js parse option) */
  tokens: 5_000,
} as const;

type LimitName = keyof typeof QUERY_LIMITS;

function reject(limit: LimitName) {
  return (ctx: ValidationContext | null, error: GraphQLError): void => {
    // graphql-armor prefixes "Syntax Error: ", which these are not
    ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { nodes: error.nodes, extensions: { limit } }));
  };
}

const checks = (limit: LimitName) => ({ propagateOnRejection: false, onReject: [reject(limit)], exposeLimits: true });

export function queryLimits(): { validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  const config: ConstructorParameters<typeof ApolloArmor>[0] = {
    maxDepth: { n: QUERY_LIMITS.depth, ignoreIntrospection: true, flattenFragments: true, ...checks("depth") },
    maxAliases: { n: QUERY_LIMITS.aliases, allowList: [], ...checks("aliases") },
    costLimit: { maxCost: QUERY_LIMITS.cost, ignoreIntrospection: true, ...checks("cost") },
    maxDirectives: { n: QUERY_LIMITS.directives, ...checks("directives") },
    // graphql-js counts tokens itself, while parsing (see parseOptions)
    maxTokens: { enabled: false },
    // suggestions are stripped in production by formatError (src/server/errors.ts), kept in development
    blockFieldSuggestion: { enabled: false },
  };
  const { validationRules } = new ApolloArmor(config).protect();
  return { validationRules, parseOptions: { maxTokens: QUERY_LIMITS.tokens } };
}
