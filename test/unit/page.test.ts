import { Kind, parse, type FieldNode, type FragmentDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { selectsTotal } from "../../src/api/pagination.js";
import { listArticles } from "../../src/graph/read/articles.js";
import { afterCondition, dateKeys, decodeCursor, encodeCursor, toPage, BY_ID } from "../../src/graph/read/page.js";

describe("cursors", () => {
  it("hold the sort key of an item and give it back", () => {
    expect(decodeCursor(encodeCursor([0, "2021-12-07", "article:a"]))).toEqual([0, "2021-12-07", "article:a"]);
  });
  it("reject text that is not a cursor", () => {
    for (const bad of [
      "bm9wZQ",
      encodeCursor([]),
      Buffer.from("k:{}").toString("base64url"),
      Buffer.from("k:[null]").toString("base64url"),
    ])
      expect(() => decodeCursor(bad), bad).toThrow(/not a cursor this API returned/);
  });
  it("reject the offset cursors of earlier versions, saying so", () => {
    expect(() => decodeCursor(Buffer.from("o:4").toString("base64url"))).toThrow(/offset cursor from an earlier version/);
  });
});

describe("afterCondition", () => {
  it("compares key by key, ties broken by the next key, descending keys with <", () => {
    expect(afterCondition(dateKeys("node.on", "DESC", BY_ID), "c")).toBe(
      "(toInteger(node.on IS NULL) > $c[0]) OR " +
        "(toInteger(node.on IS NULL) = $c[0] AND coalesce(node.on, date('0001-01-01')) < date($c[1])) OR " +
        "(toInteger(node.on IS NULL) = $c[0] AND coalesce(node.on, date('0001-01-01')) = date($c[1]) AND node.id > $c[2])",
    );
  });
});

describe("listArticles", () => {
  it("builds one parameterised query with the filter as parameters, never as Cypher text", () => {
    const q = listArticles({ outlet: "x' OR 1=1 //", from: "2021-01-01" }, { first: 10, after: null });
    expect(q.cypher).not.toContain("OR 1=1");
    expect(q.params).toMatchObject({ outlet: "x' OR 1=1 //", from: "2021-01-01", pageTake: 11 });
    expect(q.cypher).toMatchSnapshot();
  });

  it("reads the dated articles in the date index's order, after the cursor's day, and the undated ones only when those do not fill the page", () => {
    const first = listArticles(null, { first: 10, after: null }, "DESC").cypher;
    expect(first).toContain(
      "MATCH (node:Article) WITH * WHERE node.publishedOn IS NOT NULL WITH node ORDER BY node.publishedOn DESC, node.id LIMIT",
    );
    expect(first).toContain("UNWIND CASE WHEN size(dated) < toInteger($pageTake) THEN [true] ELSE [] END AS more MATCH (node:Article)");
    // no sort of every article by the keys' expressions
    expect(first).not.toContain("ORDER BY toInteger(node.publishedOn IS NULL)");
    const next = listArticles(null, { first: 10, after: encodeCursor([0, "2021-12-07", "article:a"]) }, "ASC");
    expect(next.cypher).toContain(
      "$pageAfter[0] = 0 AND node.publishedOn >= date($pageAfter[1]) AND (node.publishedOn > date($pageAfter[1]) OR node.id > $pageAfter[2])",
    );
    expect(next.cypher).toContain("WHERE node.publishedOn IS NULL AND ($pageAfter[0] = 0 OR node.id > $pageAfter[2])");
    expect(next.params).toMatchObject({ pageAfter: [0, "2021-12-07", "article:a"], pageTake: 11 });
  });
});

describe("toPage", () => {
  it("uses the extra row only to tell that a next page exists, and gives each item the cursor of its sort key", () => {
    const page = toPage({ total: 5, items: [1, 2, 3], sortKeys: [["a"], ["b"], ["c"]] }, { first: 2, after: null });
    expect(page).toEqual({
      total: 5,
      items: [1, 2],
      cursors: [encodeCursor(["a"]), encodeCursor(["b"])],
      hasNextPage: true,
      hasPreviousPage: false,
    });
    expect(toPage({ total: 5, items: [3], sortKeys: [["c"]] }, { first: 2, after: encodeCursor(["b"]) })).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
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
