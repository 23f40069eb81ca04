import { describe, expect, it } from "vitest";
import { GraphModel, NO_FILTERS, NODE_TYPES, toGraphML, toJSON, type Filters } from "../../../src/web/explore/model.js";
import { addNeighbourhood, addPaths, entityLabel, statementLabel } from "../../../src/web/explore/neighbourhood.js";
import { formatState, parseState } from "../../../src/web/explore/url-state.js";

const rt = { id: "outlet:rt", name: "RT" };
const it2 = { id: "outlet:it", name: "Islam Times" };
const a1 = { id: "article:1", title: "One", publishedOn: "2021-12-07", outlet: rt };
const a2 = { id: "article:2", title: "Two", publishedOn: "2021-12-08", outlet: it2 };
const putin = { __typename: "Person", id: "person:vladimir-putin", name: "Vladimir Putin", aliases: ["Putin"] };
const nato = { __typename: "Organisation", id: "organisation:nato", name: "North Atlantic Treaty Organization", aliases: ["NATO"] };
const entities = { people: [putin], countries: [], organisations: [nato], locations: [] };

function bidenModel(): GraphModel {
  const model = new GraphModel();
  addNeighbourhood(model, {
    __typename: "Person",
    id: "person:joe-biden",
    name: "Joe Biden",
    articles: { totalCount: 7, edges: [{ node: { ...a1, ...entities } }, { node: { ...a2, ...entities } }] },
    statementsBy: {
      totalCount: 1,
      edges: [{ node: { id: "statement:1", text: "We will respond", saidOn: "2021-12-06", speaker: null, about: [putin], article: a2 } }],
    },
    statementsAbout: { totalCount: 0, edges: [] },
    roles: [{ title: "President", of: { __typename: "Country", id: "country:us", name: "United States" } }],
  });
  return model;
}

const only = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch });

describe("the explorer's graph model", () => {
  it("turns a neighbourhood into typed nodes and labelled edges, and says what was left out", () => {
    const model = new GraphModel();
    const more = addNeighbourhood(model, {
      __typename: "Person",
      id: "person:joe-biden",
      name: "Joe Biden",
      articles: { totalCount: 7, edges: [{ node: { ...a1, ...entities } }] },
      roles: [{ title: "President", of: { __typename: "Country", id: "country:us", name: "United States" } }],
    });
    expect(more).toEqual([{ what: "articles", shown: 1, total: 7 }]);
    expect(model.nodes.get("organisation:nato")).toMatchObject({
      type: "Organisation",
      label: "North Atlantic Treaty Organization (NATO)",
    });
    expect(model.nodes.get("article:1")).toMatchObject({ type: "Article", date: "2021-12-07", outlet: "RT" });
    const edges = [...model.edges.values()].map((e) => `${e.source} ${e.label} ${e.target}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        "article:1 published by outlet:rt",
        "article:1 mentions person:vladimir-putin",
        "person:joe-biden President country:us",
      ]),
    );
  });

  it("filters by outlet, date range and type; an edge shows only with both its ends", () => {
    const model = bidenModel();
    const rtOnly = model.view(only({ outlet: "RT" }));
    expect(rtOnly.nodes.map((n) => n.id)).not.toContain("article:2");
    expect(rtOnly.nodes.map((n) => n.id)).not.toContain("outlet:it");
    expect(rtOnly.nodes.map((n) => n.id)).toContain("article:1");
    expect(rtOnly.edges.every((e) => e.source !== "article:2" && e.target !== "article:2")).toBe(true);

    expect(model.dates()).toEqual(["2021-12-06", "2021-12-07", "2021-12-08"]);
    const fromSeventh = model.view(only({ from: "2021-12-07" })).nodes.map((n) => n.id);
    expect(fromSeventh).not.toContain("statement:1");
    expect(fromSeventh).toContain("article:2");
    expect(model.view(only({ to: "2021-12-07" })).nodes.map((n) => n.id)).not.toContain("article:2");

    const people = model.view(only({ types: new Set(["Person"]) }), "person:joe-biden");
    expect(people.nodes.map((n) => n.type)).toEqual(["Person", "Person"]);
  });

  it("draws a path's hops with the articles evidencing them", () => {
    const model = new GraphModel();
    const onPath = addPaths(model, [{ hops: [{ from: putin, to: nato, articles: [a1] }] }]);
    expect(onPath.sort()).toEqual(["article:1", "organisation:nato", "person:vladimir-putin"]);
    expect([...model.edges.values()].filter((e) => e.kind === "path")).toHaveLength(1);
  });

  it("exports a view as GraphML with names escaped, and as JSON", () => {
    const model = new GraphModel();
    model.addNode({ id: "article:x", type: "Article", label: `<img src=x onerror="alert(1)"> & co`, date: null, outlet: null });
    const graphml = toGraphML(model.view(NO_FILTERS));
    expect(graphml).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co");
    expect(graphml).not.toContain("<img");
    expect(JSON.parse(toJSON(model.view(NO_FILTERS)))).toEqual({ nodes: [...model.nodes.values()], edges: [] });
  });

  it("labels statements short and entities with their acronym", () => {
    expect(statementLabel("a ".repeat(100))).toHaveLength(62);
    expect(entityLabel({ __typename: "Country", id: "country:ru", name: "Russia", aliases: ["RU"] })).toBe("Russia");
  });
});

describe("the explorer's URL", () => {
  it("round-trips focus, path and filters, and ignores what is not a date or a type", () => {
    const state = parseState(
      "?focus=person%3Ajoe-biden&path=person%3Admitry-peskov&outlet=RT&from=2021-12-07&to=nonsense&types=Person,Bogus",
    );
    expect(state.focus).toBe("person:joe-biden");
    expect(state.pathTo).toBe("person:dmitry-peskov");
    expect(state.filters).toMatchObject({ outlet: "RT", from: "2021-12-07", to: null });
    expect([...state.filters.types]).toEqual(["Person"]);
    expect(formatState(state)).toBe("?focus=person%3Ajoe-biden&path=person%3Admitry-peskov&outlet=RT&from=2021-12-07&types=Person");
    expect([...parseState("").filters.types]).toEqual([...NODE_TYPES]);
  });
});
