import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { layout } from "../../../src/web/explore/render.js";

/** a random tree plus extra links over `n` nodes, in Cytoscape.js's headless mode (no DOM) */
function graph(n: number, placed: number): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  for (let i = 0; i < n; i++) {
    cy.add({
      group: "nodes",
      data: { id: `n${i}` },
      position: i < placed ? { x: (i % 40) * 50, y: Math.floor(i / 40) * 50 } : { x: 0, y: 0 },
    });
  }
  for (let i = 1; i < n; i++) cy.add({ group: "edges", data: { id: `e${i}`, source: `n${(i * 7919) % i}`, target: `n${i}` } });
  // a second component, as an expansion that brings unrelated nodes makes
  cy.add([
    { group: "nodes", data: { id: "lone-a" } },
    { group: "nodes", data: { id: "lone-b" } },
  ]);
  cy.add({ group: "edges", data: { id: "lone", source: "lone-a", target: "lone-b" } });
  return cy;
}

describe("the explorer's layout", () => {
  it("lays out a big graph incrementally (new nodes among placed ones) without throwing, and moves every node off the origin", () => {
    const cy = graph(700, 600);
    expect(() => layout(cy, false)).not.toThrow();
    const stuck = cy.nodes().filter((node) => node.position().x === 0 && node.position().y === 0);
    expect(stuck.length).toBeLessThanOrEqual(1);
  });

  it("lays out a big graph from scratch in draft quality, and a small one in default quality", () => {
    expect(() => layout(graph(700, 0), true)).not.toThrow();
    expect(() => layout(graph(30, 10), false)).not.toThrow();
  });
});
