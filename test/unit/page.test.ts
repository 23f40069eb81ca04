import { describe, expect, it } from "vitest";
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
