/** Page sizes are said once, in the schema: an explicit `first: null` and a prefetched field get the schema's default too. */
import { describe, expect, it } from "vitest";
import type { GraphQLObjectType } from "graphql";
import { checkFirst, pageArgs, schemaDefault } from "../../src/api/pagination.js";
import { buildSchema } from "../../src/server/schema.js";

const schema = buildSchema();
const field = (type: string, name: string) => ({
  fieldNodes: [],
  fragments: {},
  fieldName: name,
  parentType: schema.getType(type) as GraphQLObjectType,
});

describe("page-size defaults from the schema", () => {
  it("reads each field's default for first (and maxHops) from the SDL", () => {
    expect(schemaDefault(field("Query", "articles"), "first")).toBe(20);
    expect(schemaDefault(field("Query", "search"), "first")).toBe(10);
    expect(schemaDefault(field("Person", "coMentions"), "first")).toBe(10);
    expect(schemaDefault(field("Query", "connection"), "first")).toBe(3);
    expect(schemaDefault(field("Query", "connection"), "maxHops")).toBe(3);
  });

  it("answers an explicit null with the schema's default, and a given size as given", () => {
    expect(checkFirst(null, field("Query", "search"), 100)).toBe(10);
    expect(checkFirst(7, field("Query", "search"), 100)).toBe(7);
    expect(pageArgs(null, null, 100, field("Query", "statements")).first).toBe(20);
  });

  it("follows a changed default: a schema whose default is 5 pages by 5", () => {
    const changed = field("Query", "articles");
    const definition = changed.parentType.getFields().articles!;
    const arg = definition.args.find((a) => a.name === "first")!;
    const was = arg.defaultValue;
    try {
      (arg as { defaultValue: unknown }).defaultValue = 5;
      expect(pageArgs(undefined, null, 100, changed).first).toBe(5);
    } finally {
      (arg as { defaultValue: unknown }).defaultValue = was;
    }
  });

  it("throws for a field whose schema gives no default, rather than guessing one", () => {
    expect(() => schemaDefault(field("Query", "node"), "first")).toThrow(/no default/);
  });
});
