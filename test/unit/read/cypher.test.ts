import { describe, expect, it } from "vitest";
import {
  ARTICLES_OF_ENTITY,
  articleWithExtras,
  articlesOfEntities,
  articlesOfOutlets,
  listArticles,
  listOutlets,
  outletOfArticleExtra,
  outletsByIds,
} from "../../../src/graph/read/articles.js";
import {
  coMentionsExtra,
  coMentionsOf,
  entitiesByIds,
  entitiesOfArticleExtra,
  entitiesOfArticles,
  entityWithExtras,
  listEntities,
  rolesExtra,
  rolesOfPeople,
  type EntityLabel,
} from "../../../src/graph/read/entities.js";
import { pathsBetween } from "../../../src/graph/read/paths.js";
import { searchQuery } from "../../../src/graph/read/search.js";
import { encodeCursor, pageExtra } from "../../../src/graph/read/page.js";
import {
  aboutOfStatementExtra,
  aboutOfStatements,
  articleOfStatementExtra,
  listStatements,
  STATEMENTS_OF_ARTICLE,
  statementWithExtras,
  sameSpeakerStatements,
  speakersOfStatements,
  statementsByIds,
  statementsOfArticles,
  statementsOfEntities,
} from "../../../src/graph/read/statements.js";
import { TIMELINE, timelinesOf } from "../../../src/graph/read/timeline.js";

const page = { first: 5, after: null };
const HOSTILE = "x' }) DETACH DELETE n //";

describe("read query builders", () => {
  it.each([
    ["listArticles ASC", listArticles({ outlet: "RT", title: "Biden" }, page, "ASC")],
    ["articlesOfEntities", articlesOfEntities(["person:a", "person:b"], page)],
    ["articlesOfOutlets", articlesOfOutlets(["outlet:rt"], page)],
    ["listOutlets", listOutlets(page)],
    ["outletsByIds", outletsByIds(["outlet:rt"])],
    ["listEntities", listEntities("Person", { name: "Biden" }, page)],
    ["entitiesByIds", entitiesByIds(["person:a"])],
    ["entitiesOfArticles", entitiesOfArticles(["article:1"], "Person")],
    ["rolesOfPeople", rolesOfPeople(["person:a"])],
    ["coMentionsOf", coMentionsOf(["person:a"], 10)],
    [
      "listStatements",
      listStatements(
        { speaker: "Peskov", about: "NATO", outlet: "RT", kind: "DIRECT", from: "2021-01-01", to: "2021-12-31", text: "red lines" },
        page,
        "DESC",
      ),
    ],
    ["statementsByIds", statementsByIds(["statement:1"])],
    ["statementsOfArticles", statementsOfArticles(["article:1"], page)],
    ["statementsOfEntities by", statementsOfEntities("by", ["person:a"], page)],
    ["statementsOfEntities about", statementsOfEntities("about", ["person:a"], page)],
    ["speakersOfStatements", speakersOfStatements(["statement:1"])],
    ["aboutOfStatements", aboutOfStatements(["statement:1"])],
    ["sameSpeakerStatements", sameSpeakerStatements(["statement:1"])],
    ["timelinesOf", timelinesOf(["person:a"], { first: 3, after: null })],
    ["searchQuery", searchQuery("peskov", 10)],
    ["pathsBetween", pathsBetween("person:a", "person:b", 3, 3)],
    [
      "listArticles with the fields of its articles",
      listArticles(null, page, "DESC", [
        entitiesOfArticleExtra("x0", "Country"),
        pageExtra("x1", STATEMENTS_OF_ARTICLE, { first: 2, after: null, total: false }),
        outletOfArticleExtra("x2"),
      ]),
    ],
    [
      "entityWithExtras",
      entityWithExtras("person:a", [
        pageExtra("x0", ARTICLES_OF_ENTITY, page),
        coMentionsExtra("x1", 3),
        rolesExtra("x2"),
        pageExtra("x3", TIMELINE, page),
      ]),
    ],
    ["articleWithExtras", articleWithExtras("article:1", [])],
    ["statementWithExtras", statementWithExtras("statement:1", [articleOfStatementExtra("x0"), aboutOfStatementExtra("x1")])],
  ])("%s: parameterised Cypher (snapshot of query and params)", (_name, q) => {
    expect(q).toMatchSnapshot();
  });

  it("keeps user text in parameters, never in the Cypher", () => {
    for (const q of [
      listStatements({ speaker: HOSTILE, about: HOSTILE, outlet: HOSTILE, text: HOSTILE }, page),
      listEntities("Country", { name: HOSTILE }, page),
      listArticles({ outlet: HOSTILE, title: HOSTILE }, page),
      pathsBetween(HOSTILE, HOSTILE, 2, 1),
    ]) {
      expect(q.cypher).not.toContain("DETACH DELETE");
      expect(JSON.stringify(q.params).toUpperCase()).toContain("DETACH");
    }
  });

  it("takes labels, directions and hop bounds from allow-lists only", () => {
    expect(() => listEntities("Person) DETACH DELETE (x" as EntityLabel, null, page)).toThrow(/not an entity label/);
    expect(() => pathsBetween("a", "b", 5, 1)).toThrow(/maxHops/);
    expect(() => listStatements({ kind: "ALL" as "DIRECT" }, page)).toThrow(/not a statement kind/);
  });

  it("reads speakers with a page of statements only when asked to, and bodies with articles only when asked to", () => {
    expect(listStatements({ kind: "DIRECT" }, page).cypher).toContain("speaker: [(node)-[:SAID_BY]->");
    expect(listStatements({ kind: "DIRECT" }, page, "DESC", [], false).cypher).not.toContain("SAID_BY");
    expect(listArticles(null, page).cypher).not.toContain(".body");
    expect(listArticles(null, page, "DESC", [], true).cypher).toContain(".body");
  });

  it("asks for one row more than the page to know whether another follows, after the cursor's position", () => {
    const q = statementsOfArticles(["a"], { first: 2, after: encodeCursor([40, "statement:x"]) });
    expect(q.params).toMatchObject({ ids: ["a"], pageAfter: [40, "statement:x"], pageTake: 3 });
    expect(q.cypher).toContain(
      "WHERE (coalesce(node.start, 0) > $pageAfter[0]) OR (coalesce(node.start, 0) = $pageAfter[0] AND node.id > $pageAfter[1])",
    );
    expect(q.cypher).not.toMatch(/SKIP/);
  });

  it("refuses a cursor of another list: an article's cursor for the statements of an article", () => {
    const articleCursor = encodeCursor([0, "2021-12-07", "article:a"]);
    expect(() => statementsOfArticles(["a"], { first: 2, after: articleCursor })).toThrow(/cursor of another list/);
    // a date the page query's date() would fail on
    expect(() => listArticles(null, { first: 2, after: encodeCursor([0, "2021-02-30", "article:a"]) })).toThrow(/cursor of another list/);
    expect(listArticles(null, { first: 2, after: encodeCursor([0, "2021-02-28", "article:a"]) }).params).toMatchObject({
      pageAfter: [0, "2021-02-28", "article:a"],
    });
  });
});
