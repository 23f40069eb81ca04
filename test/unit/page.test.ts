import { Kind, parse, type FieldNode, type FragmentDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { selectsTotal } from "../../src/api/pagination.js";
import { listArticles } from "../../src/graph/read/articles.js";
import { decodeCursor, encodeCursor, toPage } from "../../src/graph/read/page.js";

describe("cursors", () => {
  it("round-trip: the cursor of item n continues after it", () => {
    expect(decodeCursor(encodeCursor(9))).toBe(10);
    expect(decodeCursor(null)).toBe(0);
  });
  it("reject text that is not a cursor", () => {
    expect(() => decodeCursor("bm9wZQ")).toThrow(/not a cursor/);
  });
});

describe("listArticles", () => {
  it("builds one parameterised query with the filter as parameters, never as Cypher text", () => {
    const q = listArticles({ outlet: "x' OR 1=1 //", from: "2021-01-01" }, { first: 10, after: null });
    expect(q.cypher).not.toContain("OR 1=1");
    expect(q.params).toMatchObject({ outlet: "x' OR 1=1 //", from: "2021-01-01", skip: 0, take: 11 });
    expect(q.cypher).toMatchSnapshot();
  });
});

describe("toPage", () => {
  it("uses the extra row only to tell that a next page exists", () => {
    const page = toPage({ total: 5, items: [1, 2, 3] }, { first: 2, after: null });
    expect(page).toEqual({ total: 5, items: [1, 2], offset: 0, hasNextPage: true });
  });
});

describe("totals only when asked for", () => {
  const info = (query: string) => {
    const doc = parse(query);
    const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const field = op.selectionSet.selections[0] as FieldNode;
    const fragments = Object.fromEntries(
      doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return { fieldNodes: [field], fragments };
  };
  it("sees totalCount directly, in inline fragments and in fragment spreads", () => {
    expect(selectsTotal(info("{ articles { totalCount } }"))).toBe(true);
    expect(selectsTotal(info("{ articles { ... on ArticleConnection { totalCount } } }"))).toBe(true);
    expect(selectsTotal(info("{ articles { ...F } } fragment F on ArticleConnection { totalCount }"))).toBe(true);
    expect(selectsTotal(info("{ articles { edges { node { id } } } }"))).toBe(false);
  });
  it("leaves the count out of the query when the page does not want it", () => {
    const q = listArticles(null, { first: 10, after: null, total: false });
    expect(q.cypher).not.toContain("count(");
    expect(q.cypher).toContain("0 AS total");
    expect(listArticles(null, { first: 10, after: null }).cypher).toContain("count(node) AS total");
  });
});
