import { describe, expect, it } from "vitest";
import { graphql } from "../../src/server/graphql-runtime.js";
import { withPageSizes } from "../../src/server/page-sizes.js";
import { buildSchema } from "../../src/server/schema.js";

const schema = buildSchema();
const sized = (query: string, variables: Record<string, unknown> = {}) =>
  graphql.print(withPageSizes(schema, graphql.parse(query), variables)).replace(/\s+/g, " ");

describe("withPageSizes (page sizes the cost limit multiplies by)", () => {
  it("keeps a literal first", () => {
    expect(sized("{ articles(first: 7) { totalCount } }")).toContain("articles(first: 7)");
  });

  it("writes in the value of a variable, or the operation's default for it", () => {
    expect(sized("query($n: Int) { articles(first: $n) { totalCount } }", { n: 100 })).toContain("articles(first: 100)");
    expect(sized("query($n: Int = 50) { articles(first: $n) { totalCount } }")).toContain("articles(first: 50)");
  });

  it("adds the argument's default page size where first is left out, on nested connections too", () => {
    const out = sized("{ people { edges { node { statementsBy { totalCount } } } } }");
    expect(out).toContain("people(first: 20)");
    expect(out).toContain("statementsBy(first: 20)");
  });

  it("leaves fields without a first argument, and values that are not whole numbers, alone", () => {
    expect(sized('{ node(id: "x") { id } }')).toContain('node(id: "x")');
    expect(sized("query($n: Int) { articles(first: $n) { totalCount } }", { n: "many" })).toContain("articles(first: $n)");
  });
});
