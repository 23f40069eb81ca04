/**
 * Draws a View with Cytoscape.js (canvas) and the fCoSE layout. The renderer only mirrors the
 * model's view: it keeps positions across redraws, lays out only when new nodes arrive, and
 * reports clicks. Labels are drawn on the canvas, so names and quotes are never parsed as HTML.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { NodeType, View } from "./model.js";

cytoscape.use(fcose);

export const TYPE_STYLE: Record<NodeType, { shape: cytoscape.Css.NodeShape; colour: string }> = {
  Person: { shape: "ellipse", colour: "#2f6db5" },
  Country: { shape: "hexagon", colour: "#2e8b57" },
  Organisation: { shape: "round-rectangle", colour: "#d9822b" },
  Location: { shape: "triangle", colour: "#8a6d3b" },
  Article: { shape: "rectangle", colour: "#6b7280" },
  Outlet: { shape: "diamond", colour: "#7c3aed" },
  Statement: { shape: "round-tag", colour: "#c2410c" },
};

const MAX_FIT_ZOOM = 1.3;

/** past this many nodes, the layout runs in draft quality */
const BUSY_NODES = 300;

function stylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": 10,
        "min-zoomed-font-size": 7,
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-wrap": "ellipsis",
        "text-max-width": "140px",
        width: 22,
        height: 22,
        "border-width": 1,
        "border-color": "#fff",
      },
    },
    ...Object.entries(TYPE_STYLE).map(([type, { shape, colour }]) => ({
      selector: `node[type = "${type}"]`,
      style: { shape, "background-color": colour },
    })),
    { selector: "node.focus", style: { width: 34, height: 34, "border-width": 3, "border-color": "#111" } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#facc15" } },
    { selector: "node.on-path", style: { "border-width": 3, "border-color": "#dc2626" } },
    {
      selector: "edge",
      style: {
        width: 1.2,
        "line-color": "#b6bcc6",
        "target-arrow-color": "#b6bcc6",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.7,
        "curve-style": "straight",
        label: "data(label)",
        "font-size": 8,
        // labels show once zoomed in, and always on the selected node's links
        "min-zoomed-font-size": 10,
        color: "#555",
        "text-rotation": "autorotate",
      },
    },
    {
      selector: "edge.near",
      style: { "min-zoomed-font-size": 0, "line-color": "#6b7280", "target-arrow-color": "#6b7280", color: "#111" },
    },
    { selector: 'edge[kind = "path"]', style: { width: 4, "line-color": "#dc2626", "target-arrow-color": "#dc2626", color: "#dc2626" } },
  ];
}

export interface Renderer {
  draw(view: View, focus: string | null, onPath: readonly string[]): void;
  select(id: string | null): void;
  png(): Blob;
}

export function createRenderer(container: HTMLElement, onActivate: (id: string) => void): Renderer {
  // edges are hidden while panning and zooming: what keeps a thousand nodes smooth
  const cy = cytoscape({ container, style: stylesheet(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4, hideEdgesOnViewport: true });
  const positions = new Map<string, cytoscape.Position>();
  cy.on("tap", "node", (event) => onActivate(event.target.id() as string));

  return {
    draw(view, focus, onPath) {
      cy.nodes().forEach((node) => void positions.set(node.id(), { ...node.position() }));
      const wanted = new Set([...view.nodes.map((n) => n.id), ...view.edges.map((e) => e.id)]);
      let unplaced = 0;
      cy.batch(() => {
        cy.elements()
          .filter((el) => !wanted.has(el.id()))
          .remove();
        const fresh: cytoscape.ElementDefinition[] = [];
        for (const node of view.nodes) {
          if (cy.getElementById(node.id).nonempty()) continue;
          const known = positions.get(node.id);
          if (!known) unplaced++;
          fresh.push({ group: "nodes", data: { id: node.id, label: node.label, type: node.type }, position: known ?? { x: 0, y: 0 } });
        }
        for (const edge of view.edges) {
          if (cy.getElementById(edge.id).nonempty()) continue;
          fresh.push({
            group: "edges",
            data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label, kind: edge.kind },
          });
        }
        cy.add(fresh);
        cy.nodes().removeClass("focus on-path");
        if (focus) cy.getElementById(focus).addClass("focus");
        for (const id of onPath) cy.getElementById(id).addClass("on-path");
      });
      if (unplaced > 0) layout(cy, unplaced === view.nodes.length);
    },
    select(id) {
      cy.nodes(":selected").unselect();
      cy.edges(".near").removeClass("near");
      if (!id) return;
      const node = cy.getElementById(id);
      if (node.empty()) return;
      node.select();
      node.connectedEdges().addClass("near");
      cy.animate({ center: { eles: node } }, { duration: 200 });
    },
    png() {
      return cy.png({ output: "blob", full: true, bg: "#ffffff", scale: 2 });
    },
  };
}

/**
 * fCoSE over everything; new nodes start beside a placed neighbour, so earlier nodes stay roughly put.
 * Draft quality (the spectral step alone) only from scratch: without `randomize` there is no spectral
 * step, and fCoSE's draft then has nothing to place (it throws reading `nodeIndexes`).
 */
export function layout(cy: cytoscape.Core, fromScratch: boolean): void {
  if (!fromScratch) {
    cy.nodes().forEach((node) => {
      const p = node.position();
      if (p.x !== 0 || p.y !== 0) return;
      const anchor = node
        .neighborhood()
        .nodes()
        .filter((n) => n.position().x !== 0 || n.position().y !== 0)[0];
      const base = anchor?.position() ?? { x: 0, y: 0 };
      node.position({ x: base.x + (Math.random() - 0.5) * 80, y: base.y + (Math.random() - 0.5) * 80 });
    });
  }
  cy.layout({
    name: "fcose",
    quality: fromScratch && cy.nodes().length > BUSY_NODES ? "draft" : "default",
    // an incremental run starts from good positions: fewer iterations keep a big graph responsive
    numIter: cy.nodes().length > BUSY_NODES ? 800 : 2500,
    randomize: fromScratch,
    animate: false,
    nodeRepulsion: 12000,
    idealEdgeLength: 110,
    fit: true,
    padding: 30,
  } as cytoscape.LayoutOptions).run();
  // a small neighbourhood is not blown up to fill the screen
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, position: { x: cy.width() / 2, y: cy.height() / 2 } });
  cy.center();
}
