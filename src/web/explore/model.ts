/**
 * The explorer's graph model, apart from any renderer: the nodes and edges fetched so far, which of
 * them the filters let through, and exports of what is shown. Pure: unit-tested without a browser.
 */

export const NODE_TYPES = ["Person", "Country", "Organisation", "Location", "Article", "Outlet", "Statement"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  /** articles: published on; statements: said on, else the article's date */
  date: string | null;
  /** articles and statements: the name of the outlet that published them */
  outlet: string | null;
}

export type EdgeKind = "said" | "about" | "mentions" | "role" | "published by" | "reported in" | "path";

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** what the edge shows: its kind, or a role's title */
  label: string;
}

export interface Filters {
  /** only articles, statements and outlets of this outlet (by name) */
  outlet: string | null;
  /** dated articles and statements from this day on (YYYY-MM-DD) */
  from: string | null;
  /** dated articles and statements up to this day */
  to: string | null;
  /** node types shown */
  types: ReadonlySet<NodeType>;
}

export const NO_FILTERS: Filters = { outlet: null, from: null, to: null, types: new Set(NODE_TYPES) };

export interface View {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export class GraphModel {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  /** adds a node, or fills in what an earlier, sparser sight of it lacked */
  addNode(node: GraphNode): void {
    const known = this.nodes.get(node.id);
    if (!known) {
      this.nodes.set(node.id, { ...node });
      return;
    }
    known.date ??= node.date;
    known.outlet ??= node.outlet;
    if (node.label && known.label === known.id) known.label = node.label;
  }

  addEdge(source: string, target: string, kind: EdgeKind, label: string = kind): void {
    if (source === target) return;
    const id = `${kind}:${label}:${source}->${target}`;
    if (!this.edges.has(id)) this.edges.set(id, { id, source, target, kind, label });
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
  }

  /** the distinct dates of dated nodes, oldest first: the stops of the time slider */
  dates(): string[] {
    const dates = new Set<string>();
    for (const node of this.nodes.values()) if (node.date) dates.add(node.date);
    return [...dates].sort();
  }

  /** the outlets seen, by name */
  outlets(): string[] {
    const names = new Set<string>();
    for (const node of this.nodes.values()) if (node.outlet) names.add(node.outlet);
    return [...names].sort((a, b) => a.localeCompare(b));
  }

  /** what the filters let through; an edge shows when both its ends do */
  view(filters: Filters, pinned?: string): View {
    const nodes = [...this.nodes.values()].filter((node) => node.id === pinned || passes(node, filters));
    const shown = new Set(nodes.map((node) => node.id));
    const edges = [...this.edges.values()].filter((edge) => shown.has(edge.source) && shown.has(edge.target));
    return { nodes, edges };
  }
}

function passes(node: GraphNode, filters: Filters): boolean {
  if (!filters.types.has(node.type)) return false;
  if (filters.outlet && (node.type === "Article" || node.type === "Statement" || node.type === "Outlet")) {
    const outlet = node.type === "Outlet" ? node.label : node.outlet;
    if (outlet !== filters.outlet) return false;
  }
  if (node.date) {
    if (filters.from && node.date < filters.from) return false;
    if (filters.to && node.date > filters.to) return false;
  }
  return true;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** GraphML (yEd, Gephi, Cytoscape desktop) of a view */
export function toGraphML(view: View): string {
  const keys = [
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="date" for="node" attr.name="date" attr.type="string"/>',
    '  <key id="outlet" for="node" attr.name="outlet" attr.type="string"/>',
    '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
  ];
  const data = (key: string, value: string | null) => (value === null ? "" : `<data key="${key}">${xml(value)}</data>`);
  const nodes = view.nodes.map(
    (n) =>
      `    <node id="${xml(n.id)}">${data("label", n.label)}${data("type", n.type)}${data("date", n.date)}${data("outlet", n.outlet)}</node>`,
  );
  const edges = view.edges.map(
    (e) =>
      `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data("kind", e.kind)}${data("elabel", e.label)}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="newsgraph" edgedefault="directed">',
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

/** JSON of a view: { nodes, edges } as the model holds them */
export function toJSON(view: View): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}
