import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphql } from "../../src/server/graphql-runtime.js";
import { buildSchema } from "../../src/server/schema.js";

/** Every GraphQL example in the README must run against the schema as it is. */
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split(/\n\s*\n/).filter((q) => q.trim()));

describe("README example queries", () => {
  it("are there", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  const schema = buildSchema();
  it.each(examples.map((q) => [q.split("\n")[0]!, q]))("%s — validates against the schema", (_title, query) => {
    expect(graphql.validate(schema, graphql.parse(query)).map((e) => e.message)).toEqual([]);
  });
});
