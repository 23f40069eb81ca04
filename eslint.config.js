import graphql from "@graphql-eslint/eslint-plugin";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", "neo4j/", ".data/", "bench/results/", "schema.graphql"] },
  {
    files: ["**/*.{ts,js}"],
    extends: [...tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // no module imports itself through others: a cycle hides which stage comes first (type-only imports count too)
    files: ["src/**/*.ts", "bench/**/*.ts", "test/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/extensions": [".ts", ".js"],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // the SDL in schema/ (schema.graphql is printed from it): @graphql-eslint's schema-recommended and Relay rules
    files: ["schema/**/*.graphql"],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: "schema/*.graphql" } } },
    plugins: { "@graphql-eslint": graphql },
    rules: {
      ...graphql.configs["flat/schema-recommended"].rules,
      ...graphql.configs["flat/schema-relay"].rules,
      // connections page forwards only (first/after); backward paging (last/before) is not offered yet
      "@graphql-eslint/relay-arguments": ["error", { includeBoth: false }],
      // short bounded lists (an article's people, aliases, roles, co-mentions, a path's hops) are plain lists by design, not
      // connections; and a timeline's events (TimelineEdge.node) are not Nodes: they have no id to refetch, every other edge's node is one
      "@graphql-eslint/relay-edge-types": ["error", { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: false }],
      "@graphql-eslint/strict-id-in-types": [
        "error",
        {
          exceptions: {
            // Relay's page types belong to their connection and have no identity of their own
            suffixes: ["Edge", "Connection", "Payload"],
            types: [
              "PageInfo",
              // value objects of their parent, cached inside it: a role of a person, a co-mention of an entity,
              // an event of a timeline, a hit of one search, a path and its hops between two entities, a span of an article
              "Role",
              "CoMention",
              "TimelineEvent",
              "SearchHit",
              "Path",
              "Hop",
              "Evidence",
            ],
          },
        },
      ],
    },
  },
);
