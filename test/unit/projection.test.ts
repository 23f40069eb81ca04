/** Reads projected from the selection: records carry the fields an operation selects, and the Cypher reads only those. */
import { Kind, parse, type FieldNode, type FragmentDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { coMentionShapeOf, searchShapeOf, statementShapeAt } from "../../src/api/projection.js";
import { coMentionsOf, entityProjection } from "../../src/graph/read/entities.js";
import { hopEvidence } from "../../src/graph/read/paths.js";
import { searchQuery } from "../../src/graph/read/search.js";
import { listStatements, statementShapeKey, statementsOfArticles, type StatementShape } from "../../src/graph/read/statements.js";

/** The first field of the operation, as a resolver's info has it. */
const info = (query: string) => {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
};

describe("projection from the selection", () => {
  it("reads of a search hit what its node selects, through inline fragments and spreads", () => {
    const shape = searchShapeOf(
      info('{ search(query: "x") { score node { __typename id ... on Entity { name } ...S } } } fragment S on Statement { text }'),
    );
    expect(shape).toEqual({ entity: ["name"], statement: ["text"] });
    const cypher = searchQuery("x", 10, shape).cypher;
    expect(cypher).not.toMatch(/aliases|\.verb|\.source|saidOn/);
    expect(cypher).toMatch(/node \{\.id, \.name, label:/);
    expect(cypher).toMatch(/node \{\.id, \.kind, \.text, articleId: art\.id\}/);
  });

  it("reads a statement's span and text when its evidence is selected", () => {
    expect(searchShapeOf(info('{ search(query: "x") { node { ... on Statement { evidence { start } saidOn } } } }')).statement).toEqual([
      "text",
      "saidOn",
      "span",
    ]);
  });

  it("always reads an entity's id and label (type resolution), and all of it by default", () => {
    expect(entityProjection("e", [])).toBe(
      "e {.id, label: [l IN labels(e) WHERE l IN ['Person', 'Country', 'Organisation', 'Location']][0]}",
    );
    expect(entityProjection("e")).toMatch(/^e \{\.id, \.name, aliases: coalesce\(e\.aliases, \[\]\), \.code, label:/);
  });

  it("collects co-mentions' shared articles only when `articles` is selected", () => {
    const bare = coMentionShapeOf(info("{ coMentions(first: 3) { count entity { id name } } }"));
    expect(bare).toEqual({ entity: ["name"], articles: false });
    expect(coMentionsOf(["person:a"], 3, bare).cypher).not.toMatch(/articleIds: articleIds|LIMIT 10/);
    const full = coMentionShapeOf(info("{ coMentions(first: 3) { count entity { aliases } articles { id } } }"));
    expect(full).toEqual({ entity: ["aliases"], articles: true });
    expect(coMentionsOf(["person:a"], 3, full).cypher).toMatch(/LIMIT 10[\s\S]*articleIds: articleIds/);
  });

  it("reads of a page of statements the fields its nodes select, and the speaker only when selected, with its fields", () => {
    const page = { first: 5, after: null };
    const bare = statementShapeAt(info("{ statements { edges { node { id kind } } } }"), ["edges", "node"]);
    expect(bare).toEqual({ fields: [], speaker: null });
    expect(listStatements(null, page, "DESC", [], bare).cypher).toMatch(/collect\(node \{\.id, \.kind, articleId: art\.id\}\) AS items/);
    expect(listStatements(null, page, "DESC", [], bare).cypher).not.toMatch(/SAID_BY|\.text/);

    const spoken = statementShapeAt(
      info("{ statements { edges { node { text ...F } } } } fragment F on Statement { speaker { id ... on Person { name } } }"),
      ["edges", "node"],
    );
    expect(spoken).toEqual({ fields: ["text"], speaker: ["name"] });
    const cypher = statementsOfArticles(["article:a"], page, spoken).cypher;
    expect(cypher).toContain(
      "node {.id, .kind, .text, articleId: art.id, speaker: [(node)-[:SAID_BY]->(sp:Entity) | sp {.id, .name, label:",
    );
    expect(cypher).not.toMatch(/aliases|\.verb|saidOn: /);
    // shapes that read different records never share a loader key
    const shapes: StatementShape[] = [bare, spoken, { fields: [], speaker: [] }, { fields: ["text"], speaker: null }];
    expect(new Set(shapes.map(statementShapeKey)).size).toBe(4);
  });

  it("reads a path's entities with the fields selected, and each hop's ten newest articles as a top ten", () => {
    const cypher = hopEvidence([["person:a", "person:b"]], { statements: false, entity: ["name"] }).cypher;
    expect(cypher).toContain("AS from, y {.id, .name, label:");
    expect(cypher).not.toMatch(/aliases|\.code|Statement/);
    expect(cypher).toMatch(/WITH DISTINCT art ORDER BY art\.publishedOn DESC, art\.id LIMIT toInteger\(\$evidence\)/);
    expect(hopEvidence([["person:a", "person:b"]]).cypher).toContain("aliases: coalesce(y.aliases, [])");
  });
});
