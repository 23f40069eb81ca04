import { describe, expect, it } from "vitest";
import type { CypherQuery } from "../../../src/graph/neo4j.js";
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
import { chainDegrees, chainStep, hopEvidence } from "../../../src/graph/read/paths.js";
import { searchQuery } from "../../../src/graph/read/search.js";
import { encodeCursor, pageExtra } from "../../../src/graph/read/page.js";
import {
  aboutOfStatementExtra,
  aboutOfStatements,
  listStatements,
  statementsOfArticle,
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
/** the take of a first page (no cursor, so no position to start after): one row more than the page, to know whether another follows */
const PAGED = { pageTake: 6 };

/** Node labels and relationship types a Cypher text names (`(x:Label)`, `[:TYPE]`), sorted, each once. */
function touched(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(/(?<=[(\[\w]):(\w+(?:\|\w+)*)/g)].flatMap((m) => m[1]!.split("|")))].sort();
}

function parametersNamed(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]!))];
}

/** What a builder's query must do: the labels and relationships it touches, its parameters, the user text it carries. */
interface Must {
  touches: string;
  params: Record<string, unknown>;
  userText?: string[];
}

const namePattern = (word: string) => expect.stringMatching(new RegExp(`\\(\\?<!.*\\]\\)${word}\\(\\?!`));

const CASES: [string, CypherQuery, Must][] = [
  [
    "listArticles ASC",
    listArticles({ outlet: "RT", title: "Biden" }, page, "ASC"),
    { touches: "Article Outlet PUBLISHED_BY", params: { outlet: "RT", title: "Biden", ...PAGED }, userText: ["RT", "Biden"] },
  ],
  [
    "articlesOfEntities",
    articlesOfEntities(["person:a", "person:b"], page),
    { touches: "Article Entity MENTIONS", params: { ids: ["person:a", "person:b"], ...PAGED }, userText: ["person:a"] },
  ],
  [
    "articlesOfOutlets",
    articlesOfOutlets(["outlet:rt"], page),
    { touches: "Article Outlet PUBLISHED_BY", params: { ids: ["outlet:rt"], ...PAGED } },
  ],
  ["listOutlets", listOutlets(page), { touches: "Outlet", params: PAGED }],
  ["outletsByIds", outletsByIds(["outlet:rt"]), { touches: "Outlet", params: { ids: ["outlet:rt"] } }],
  [
    "listEntities",
    listEntities("Person", { name: "Biden" }, page),
    { touches: "Person", params: { name: namePattern("biden"), nameWord: '"biden"', ...PAGED }, userText: ["Biden"] },
  ],
  ["entitiesByIds", entitiesByIds(["person:a"]), { touches: "Entity", params: { ids: ["person:a"] } }],
  [
    "entitiesOfArticles",
    entitiesOfArticles(["article:1"], "Person"),
    { touches: "Article Entity MENTIONS", params: { ids: ["article:1"], label: "Person" } },
  ],
  ["rolesOfPeople", rolesOfPeople(["person:a"]), { touches: "Entity HOLDS_ROLE", params: { ids: ["person:a"] } }],
  ["coMentionsOf", coMentionsOf(["person:a"], 10), { touches: "Article Entity MENTIONS", params: { ids: ["person:a"], first: 10 } }],
  [
    "listStatements",
    listStatements(
      { speaker: "Peskov", about: "NATO", outlet: "RT", kind: "DIRECT", from: "2021-01-01", to: "2021-12-31", text: "red lines" },
      page,
      "DESC",
    ),
    {
      touches: "ABOUT Article Entity Outlet PUBLISHED_BY REPORTED_IN SAID_BY Statement",
      params: {
        speakerId: "Peskov",
        speakerName: namePattern("peskov"),
        speakerNameWord: '"peskov"',
        aboutId: "NATO",
        aboutName: namePattern("nato"),
        aboutNameWord: '"nato"',
        outlet: "RT",
        kind: "DIRECT",
        from: "2021-01-01",
        to: "2021-12-31",
        text: "red lines",
        ...PAGED,
      },
      userText: ["Peskov", "NATO", "RT", "red lines", "2021-01-01"],
    },
  ],
  ["statementsByIds", statementsByIds(["statement:1"]), { touches: "Article REPORTED_IN Statement", params: { ids: ["statement:1"] } }],
  [
    "statementsOfArticles",
    statementsOfArticles(["article:1"], page),
    { touches: "Article Entity REPORTED_IN SAID_BY Statement", params: { ids: ["article:1"], ...PAGED } },
  ],
  [
    "statementsOfEntities by",
    statementsOfEntities("by", ["person:a"], page),
    { touches: "Article Entity REPORTED_IN SAID_BY Statement", params: { ids: ["person:a"], ...PAGED } },
  ],
  [
    "statementsOfEntities about",
    statementsOfEntities("about", ["person:a"], page),
    { touches: "ABOUT Article Entity REPORTED_IN SAID_BY Statement", params: { ids: ["person:a"], ...PAGED } },
  ],
  [
    "speakersOfStatements",
    speakersOfStatements(["statement:1"]),
    { touches: "Entity SAID_BY Statement", params: { ids: ["statement:1"] } },
  ],
  ["aboutOfStatements", aboutOfStatements(["statement:1"]), { touches: "ABOUT Entity Statement", params: { ids: ["statement:1"] } }],
  [
    "sameSpeakerStatements",
    sameSpeakerStatements(["statement:1"]),
    { touches: "Article Entity REPORTED_IN SAID_BY Statement", params: { ids: ["statement:1"] } },
  ],
  [
    "timelinesOf",
    timelinesOf(["person:a"], { first: 3, after: null }),
    { touches: "ABOUT Article Entity MENTIONS REPORTED_IN SAID_BY Statement", params: { ids: ["person:a"], pageTake: 4 } },
  ],
  [
    "searchQuery",
    searchQuery("peskov", 10),
    { touches: "Article REPORTED_IN", params: { query: "peskov", first: 10 }, userText: ["peskov"] },
  ],
  [
    "chainDegrees",
    chainDegrees(["person:a", "person:b"]),
    { touches: "ABOUT Entity MENTIONS SAID_BY", params: { ids: ["person:a", "person:b"] }, userText: ["person:b"] },
  ],
  [
    "chainStep",
    chainStep(["person:a"], ["person:b", "country:c"]),
    { touches: "ABOUT Entity MENTIONS SAID_BY", params: { ids: ["person:a"], others: ["person:b", "country:c"] }, userText: ["person:b"] },
  ],
  [
    "chainStep, the last",
    chainStep(["person:a"], ["person:b"], true),
    { touches: "ABOUT Entity MENTIONS SAID_BY", params: { ids: ["person:a"], others: ["person:b"] }, userText: ["person:b"] },
  ],
  [
    "hopEvidence",
    hopEvidence([
      ["person:a", "country:c"],
      ["country:c", "person:b"],
    ]),
    {
      touches: "ABOUT Article Entity MENTIONS SAID_BY Statement",
      params: {
        hops: [
          ["person:a", "country:c"],
          ["country:c", "person:b"],
        ],
        evidence: 10,
      },
      userText: ["person:b"],
    },
  ],
  [
    "listArticles with the fields of its articles",
    listArticles(null, page, "DESC", [
      entitiesOfArticleExtra("x0", "Country"),
      pageExtra("x1", statementsOfArticle(), { first: 2, after: null, total: false }),
      outletOfArticleExtra("x2"),
    ]),
    {
      touches: "Article Entity MENTIONS Outlet PUBLISHED_BY REPORTED_IN SAID_BY Statement",
      params: { ...PAGED, x0Label: "Country", x1Take: 3 },
    },
  ],
  [
    "entityWithExtras",
    entityWithExtras("person:a", [
      pageExtra("x0", ARTICLES_OF_ENTITY, page),
      coMentionsExtra("x1", 3),
      rolesExtra("x2"),
      pageExtra("x3", TIMELINE, page),
    ]),
    {
      touches: "ABOUT Article Entity HOLDS_ROLE MENTIONS REPORTED_IN SAID_BY Statement",
      params: { id: "person:a", x0Take: 6, x1First: 3, x3Take: 6 },
    },
  ],
  ["articleWithExtras", articleWithExtras("article:1", []), { touches: "Article", params: { id: "article:1" } }],
  [
    "statementWithExtras",
    statementWithExtras("statement:1", [aboutOfStatementExtra("x1")], true),
    { touches: "ABOUT Article Entity REPORTED_IN Statement", params: { id: "statement:1" } },
  ],
];

describe("read query builders", () => {
  it.each(CASES)("%s: parameterised Cypher (snapshot of query and params)", (_name, q, must) => {
    // the labels and relationship types it reads, no more and no fewer
    expect(touched(q.cypher)).toEqual(must.touches.split(" ").sort());
    // exactly these parameters, and every one the Cypher names is given
    expect(q.params).toEqual(must.params);
    for (const name of parametersNamed(q.cypher)) expect(Object.keys(q.params)).toContain(name);
    // a read changes nothing
    expect(q.cypher).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE)\b/);
    // what the user typed arrives as a parameter only
    for (const text of must.userText ?? []) {
      expect(q.cypher).not.toMatch(new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i"));
      expect(JSON.stringify(q.params).toLowerCase()).toContain(text.toLowerCase());
    }
    expect(q).toMatchSnapshot();
  });

  it("keeps user text in parameters, never in the Cypher", () => {
    for (const q of [
      listStatements({ speaker: HOSTILE, about: HOSTILE, outlet: HOSTILE, text: HOSTILE }, page),
      listEntities("Country", { name: HOSTILE }, page),
      listArticles({ outlet: HOSTILE, title: HOSTILE }, page),
      chainStep([HOSTILE], [HOSTILE]),
      hopEvidence([[HOSTILE, HOSTILE]]),
    ]) {
      expect(q.cypher).not.toContain("DETACH DELETE");
      expect(JSON.stringify(q.params).toUpperCase()).toContain("DETACH");
    }
  });

  it("takes labels and directions from allow-lists only", () => {
    expect(() => listEntities("Person) DETACH DELETE (x" as EntityLabel, null, page)).toThrow(/not an entity label/);
    expect(() => listStatements({ kind: "ALL" as "DIRECT" }, page)).toThrow(/not a statement kind/);
  });

  it("reads speakers with a page of statements only when asked to, and bodies with articles only when asked to", () => {
    expect(listStatements({ kind: "DIRECT" }, page).cypher).toContain("speaker: [(node)-[:SAID_BY]->");
    expect(listStatements({ kind: "DIRECT" }, page, "DESC", [], { fields: ["text"], speaker: null }).cypher).not.toContain("SAID_BY");
    expect(listArticles(null, page).cypher).not.toContain(".body");
    expect(listArticles(null, page, "DESC", [], true).cypher).toContain(".body");
  });

  it("reads the article with a page of statements only when asked to, where the page binds it", () => {
    const withArticle = listStatements({ kind: "DIRECT" }, page, "DESC", [], { fields: ["text"], speaker: null, article: true });
    expect(withArticle.cypher).toContain(
      "articleId: art.id, article: art {.id, .title, .url, .extractor, publishedOn: toString(art.publishedOn)}}",
    );
    expect(listStatements({ kind: "DIRECT" }, page, "DESC", [], { fields: ["text"], speaker: null }).cypher).not.toContain("article:");
    expect(statementsOfEntities("by", ["person:a"], page, { fields: [], speaker: null, article: true }).cypher).toContain("article: art {");
    expect(statementWithExtras("statement:1", []).cypher).not.toContain("article:");
  });

  it("counts a speaker's statements from its SAID_BY relationships, and looks a filter up as a name only when no entity has it as id", () => {
    const bySpeaker = listStatements({ speaker: "person:a" }, page);
    expect(bySpeaker.cypher).toContain("CALL (anchors) { RETURN reduce(n = 0, x IN anchors | n + COUNT { (x)<-[:SAID_BY]-() }) AS total }");
    expect(bySpeaker.cypher.split("<-[:SAID_BY]-(node:Statement)").length - 1).toBe(1);
    expect(bySpeaker.cypher).toContain(
      "WHERE word IS NOT NULL AND NOT EXISTS { (:Entity {id: $speakerId}) } CALL db.index.fulltext.queryNodes",
    );
    // about an entity, a statement is counted once however many anchors it is about: counted from the match
    expect(listStatements({ about: "country:us" }, page).cypher).not.toContain("reduce(");
    expect(statementsOfEntities("by", ["person:a"], page).cypher).toContain("RETURN COUNT { (:Entity {id: id})<-[:SAID_BY]-() } AS total");
  });

  it("counts and pages statements found from their anchors and filtered further in one pass, and a page without a total from one match too", () => {
    const occurrences = (cypher: string) => cypher.split("<-[:ABOUT]-(node:Statement)").length - 1;
    const counted = listStatements({ about: "country:us", kind: "DIRECT" }, page);
    expect(occurrences(counted.cypher)).toBe(1);
    expect(counted.cypher).toContain("WITH found, size(found) AS total");
    expect(occurrences(listStatements({ about: "country:us" }, { ...page, total: false }).cypher)).toBe(1);
    // anchored and nothing more: counted apart, which is cheaper than collecting every statement of the anchor
    expect(occurrences(listStatements({ about: "country:us" }, page).cypher)).toBe(2);
    // not anchored (every statement): counted apart, not collected
    expect(listStatements({ kind: "DIRECT" }, page).cypher).not.toContain("found");
  });

  it("finds an anchor's statements of a window of days through the index of their links, counted and paged in one pass", () => {
    for (const [link, filter] of [
      ["ABOUT", { about: "country:us", from: "1987-03-02", to: "1987-03-04" }],
      ["SAID_BY", { speaker: "person:a", from: "1987-03-02" }],
    ] as const) {
      const q = listStatements(filter, page);
      const window = [...("from" in filter ? ["r.on >= date($from)"] : []), ...("to" in filter ? ["r.on <= date($to)"] : [])].join(" AND ");
      expect(q.cypher).toContain(
        `UNWIND anchors AS x MATCH (x)<-[r:${link}]-(node:Statement) USING INDEX r:${link}(entity, on) WHERE r.entity = x.id AND ${window} WITH DISTINCT node, r.on AS on`,
      );
      // no statement outside the window is read for its day, and the window is not tested again on each statement
      expect(q.cypher).not.toContain("coalesce(node.saidOn");
      expect(q.cypher).not.toMatch(/(?<![.\w])on [<>]=/);
      expect(q.cypher).toContain("WITH found, size(found) AS total");
      expect(q.params).toMatchObject("to" in filter ? { from: "1987-03-02", to: "1987-03-04" } : { from: "1987-03-02" });
    }
    // without an anchor there is no link to seek: each statement's day is tested
    const unanchored = listStatements({ from: "1987-03-02" }, page).cypher;
    expect(unanchored).toContain("WHERE on >= date($from)");
    expect(unanchored).not.toContain("USING INDEX");
  });

  it("counts an entity's articles from its MENTIONS degree and finds co-mentions without checking the labels the mentions lead to", () => {
    expect(articlesOfEntities(["person:a"], page).cypher).toContain("RETURN COUNT { (:Entity {id: id})<-[:MENTIONS]-() } AS total");
    expect(coMentionsOf(["person:a"], 10).cypher).toContain("MATCH (self:Entity {id: id})<-[:MENTIONS]-(a)-[:MENTIONS]->(other)\n");
  });

  it("ranks co-mentions by their counts alone and reads names only for those tied with the last one returned, to break ties", () => {
    const cypher = coMentionsOf(["person:a"], 10).cypher;
    const ranked = cypher.indexOf("ORDER BY count DESC LIMIT toInteger($first) + 1");
    const cut = cypher.indexOf("UNWIND [c IN counted WHERE c[0] >= least AND c[1] <> self] AS c");
    const byName = cypher.indexOf("ORDER BY count DESC, other.name, other.id");
    expect(ranked).toBeGreaterThan(0);
    expect(cut).toBeGreaterThan(ranked);
    expect(byName).toBeGreaterThan(cut);
    expect(cypher.slice(0, cut)).not.toContain(".name");
    // the entity itself is dropped after the cut, from the few left, not from every pair found
    expect(cypher.slice(0, cut)).not.toContain("other <> self");
  });

  it("finds and sorts statements without their articles, and reads the article of the page's items alone, after the cut", () => {
    const cut = /LIMIT toInteger\(\$pageTake\) MATCH \(node\)-\[:REPORTED_IN\]->\(art:Article\) RETURN collect\(/;
    for (const q of [
      listStatements({ about: "country:us", kind: "DIRECT" }, page),
      listStatements({ speaker: "person:a" }, page),
      listStatements({ outlet: "Reuters" }, page),
      statementsOfEntities("about", ["person:a"], page),
    ]) {
      expect(q.cypher).toMatch(cut);
      // the one other read of an article: the published day of a statement without its own
      expect(q.cypher.split("(art:Article)").length - 1).toBe(1);
      expect(q.cypher).toContain(
        "coalesce(node.saidOn, COLLECT { MATCH (node)-[:REPORTED_IN]->(a:Article) RETURN a.publishedOn }[0]) AS on",
      );
    }
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
