/** What is on screen, as the query string of /explore: focus, path target and filters. Pure. */
import { NODE_TYPES, isNodeType, type Filters, type NodeType } from "./model.js";

export interface ExploreState {
  focus: string | null;
  /** the other end of the path drawn from the focus */
  pathTo: string | null;
  filters: Filters;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseState(search: string): ExploreState {
  const params = new URLSearchParams(search);
  const date = (name: string) => {
    const value = params.get(name);
    return value && DATE.test(value) ? value : null;
  };
  const typesParam = params.get("types");
  const types = typesParam === null ? [...NODE_TYPES] : typesParam.split(",").filter(isNodeType);
  return {
    focus: params.get("focus") || null,
    pathTo: params.get("path") || null,
    filters: { outlet: params.get("outlet") || null, from: date("from"), to: date("to"), types: new Set<NodeType>(types) },
  };
}

export function formatState(state: ExploreState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set("focus", state.focus);
  if (state.pathTo) params.set("path", state.pathTo);
  const { outlet, from, to, types } = state.filters;
  if (outlet) params.set("outlet", outlet);
  if (from) params.set("from", from);
  if (to) params.set("to", to);
  if (types.size < NODE_TYPES.length) params.set("types", NODE_TYPES.filter((t) => types.has(t)).join(","));
  const query = params.toString();
  return query ? `?${query}` : "";
}
