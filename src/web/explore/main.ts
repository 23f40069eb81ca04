/**
 * /explore: search → focus → neighbourhood drawn → expand, select, filter, path, export. The URL
 * follows what is on screen. Every piece of data comes from /graphql (src/web/explore/api.ts).
 */
import "./explore.css";
import {
  CONNECTION,
  DETAILS,
  NEIGHBOURHOOD,
  SEARCH,
  graphql,
  type Details,
  type NeighbourhoodNode,
  type PathResult,
  type SearchHit,
} from "./api.js";
import { renderDetails } from "./details.js";
import { byId, el } from "./dom.js";
import { createNodeList } from "./list.js";
import { GraphModel, NODE_TYPES, isNodeType, toGraphML, toJSON, type NodeType } from "./model.js";
import { addNeighbourhood, addPaths, statementLabel, type More } from "./neighbourhood.js";
import { createRenderer } from "./render.js";
import { formatState, parseState } from "./url-state.js";

/** how many articles and statements of each kind one expansion fetches */
const EXPANSION_PAGE = 25;

const state = parseState(location.search);
const model = new GraphModel();
const expanded = new Set<string>();
const notes = new Map<string, More[]>();
let onPath: string[] = [];
let selected: string | null = null;

const status = byId("status");
const detailsPanel = byId("details");
const renderer = createRenderer(byId("graph"), (id) => {
  selectNode(id).catch(failed("Details"));
  expand(id).catch(failed("Expanding"));
});
const nodeList = createNodeList(byId("nodes"), {
  select: (id) => void selectNode(id, { fromList: true }).catch(failed("Details")),
  expand: (id) => void expand(id).catch(failed("Expanding")),
});

function say(message: string): void {
  status.textContent = message;
}

function failed(what: string) {
  return (error: unknown) => say(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}

function syncUrl(push = false): void {
  const url = `${location.pathname}${formatState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? "pushState" : "replaceState"](null, "", url);
}

function redraw(): void {
  syncDateSlider();
  syncOutlets();
  const view = model.view(state.filters, state.focus ?? undefined);
  renderer.draw(view, state.focus, onPath);
  renderer.select(selected);
  nodeList.show(view.nodes, selected);
  const left = [...notes.entries()].flatMap(([id, list]) =>
    list.map((m) => `${m.shown} of ${m.total} ${m.what} ${model.nodes.get(id)?.label ?? id}`),
  );
  say(
    `${view.nodes.length} of ${model.nodes.size} nodes drawn, ${view.edges.length} links.` +
      (left.length ? ` More exist: ${left.join("; ")}.` : ""),
  );
}

async function expand(id: string): Promise<void> {
  if (expanded.has(id)) return;
  expanded.add(id);
  say("Loading…");
  const data = await graphql<{ node: NeighbourhoodNode | null }>(NEIGHBOURHOOD, { id, first: EXPANSION_PAGE }).catch((error: unknown) => {
    expanded.delete(id);
    throw error;
  });
  if (!data.node) {
    say(`Nothing has the id ${id}.`);
    return;
  }
  const more = addNeighbourhood(model, data.node);
  if (more.length) notes.set(id, more);
  redraw();
}

async function focusOn(id: string, push: boolean): Promise<void> {
  state.focus = id;
  state.pathTo = null;
  onPath = [];
  selected = null;
  model.clear();
  expanded.clear();
  notes.clear();
  syncUrl(push);
  await expand(id);
  await selectNode(id);
}

async function selectNode(id: string, { fromList = false } = {}): Promise<void> {
  if (selected === id) return;
  selected = id;
  renderer.select(id);
  if (!fromList) nodeList.mark(id);
  const type = model.nodes.get(id)?.type ?? "";
  const data = await graphql<{ node: Details | null }>(DETAILS, { id });
  if (selected !== id) return;
  renderDetails(detailsPanel, data.node, type, { open: (other) => void focusOn(other, true).catch(failed("Opening")) });
}

// search: entities and statements; choosing a hit focuses it
const hits = byId("hits");
/** a form whose input is a search: its hits go to `use` */
function onSearch(formId: string, inputId: string, what: string, use: (hits: SearchHit[], query: string) => unknown): void {
  byId<HTMLFormElement>(formId).addEventListener("submit", (event) => {
    event.preventDefault();
    const query = byId<HTMLInputElement>(inputId).value.trim();
    if (!query) return;
    graphql<{ search: SearchHit[] }>(SEARCH, { query })
      .then(({ search }) => use(search, query))
      .catch(failed(what));
  });
}

onSearch("search-form", "search", "Search", (search, query) => {
  hits.replaceChildren(
    ...search.map(({ node }) => {
      const label = node.__typename === "Statement" ? statementLabel(node.text ?? "") : (node.name ?? node.id);
      const button = el(
        "button",
        { type: "button", "data-id": node.id },
        el("span", { class: `swatch t-${node.__typename}`, "aria-hidden": "true" }),
        label,
        el("span", { class: "type" }, node.__typename),
      );
      button.addEventListener("click", () => {
        hits.replaceChildren();
        void focusOn(node.id, true).catch(failed("Loading"));
      });
      return el("li", {}, button);
    }),
  );
  if (search.length === 0) hits.replaceChildren(el("li", { class: "muted" }, `Nothing found for “${query}”.`));
});

// the path between the focus and another entity
async function drawPath(to: string): Promise<void> {
  if (!state.focus) return say("Focus an entity first, then ask for a path from it.");
  const { connection } = await graphql<{ connection: PathResult[] }>(CONNECTION, { from: state.focus, to });
  state.pathTo = to;
  syncUrl();
  onPath = addPaths(model, connection);
  redraw();
  if (connection.length === 0) say(`No path of up to 3 steps from ${state.focus} to ${to}.`);
}

onSearch("path-form", "path-to", "Path", (search, query) => {
  const target = search.find((hit) => hit.node.__typename !== "Statement");
  if (!target) return say(`No entity matches “${query}”.`);
  return drawPath(target.node.id);
});

// filters: outlet, date range (a slider over the dates present), node type
const outletSelect = byId<HTMLSelectElement>("outlet");
function syncOutlets(): void {
  const names = new Set(model.outlets());
  if (state.filters.outlet) names.add(state.filters.outlet);
  const wanted = ["", ...[...names].sort((a, b) => a.localeCompare(b))];
  const have = [...outletSelect.options].map((o) => o.value);
  if (wanted.join("\n") !== have.join("\n")) {
    outletSelect.replaceChildren(...wanted.map((name) => el("option", { value: name }, name || "all outlets")));
  }
  outletSelect.value = state.filters.outlet ?? "";
}
outletSelect.addEventListener("change", () => {
  state.filters = { ...state.filters, outlet: outletSelect.value || null };
  syncUrl();
  redraw();
});

const dateFrom = byId<HTMLInputElement>("date-from");
const dateTo = byId<HTMLInputElement>("date-to");
let dates: string[] = [];
function syncDateSlider(): void {
  dates = model.dates();
  const last = Math.max(0, dates.length - 1);
  for (const input of [dateFrom, dateTo]) {
    input.max = String(last);
    input.disabled = dates.length < 2;
  }
  const { from, to } = state.filters;
  const fromIndex = from ? dates.findIndex((d) => d >= from) : 0;
  const toIndex = to ? dates.filter((d) => d <= to).length - 1 : last;
  dateFrom.value = String(fromIndex < 0 ? last : fromIndex);
  dateTo.value = String(toIndex < 0 ? 0 : toIndex);
  byId("date-from-label").textContent = from ?? dates[0] ?? "–";
  byId("date-to-label").textContent = to ?? dates[last] ?? "–";
  dateFrom.setAttribute("aria-valuetext", from ?? "any date");
  dateTo.setAttribute("aria-valuetext", to ?? "any date");
}
function onDateInput(this: HTMLInputElement): void {
  let fromIndex = Number(dateFrom.value);
  let toIndex = Number(dateTo.value);
  if (fromIndex > toIndex) {
    if (this === dateFrom) toIndex = fromIndex;
    else fromIndex = toIndex;
  }
  const last = dates.length - 1;
  state.filters = { ...state.filters, from: fromIndex > 0 ? dates[fromIndex]! : null, to: toIndex < last ? dates[toIndex]! : null };
  syncUrl();
  redraw();
}
dateFrom.addEventListener("input", onDateInput);
dateTo.addEventListener("input", onDateInput);

const typeBoxes = byId("types");
typeBoxes.replaceChildren(
  ...NODE_TYPES.map((type) =>
    el(
      "label",
      {},
      el("input", { type: "checkbox", value: type, ...(state.filters.types.has(type) ? { checked: "" } : {}) }),
      el("span", { class: `swatch t-${type}`, "aria-hidden": "true" }),
      type,
    ),
  ),
);
typeBoxes.addEventListener("change", () => {
  const types = [...typeBoxes.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value).filter(isNodeType);
  state.filters = { ...state.filters, types: new Set<NodeType>(types) };
  syncUrl();
  redraw();
});

// export what is on screen
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
const onScreen = () => model.view(state.filters, state.focus ?? undefined);
byId("export-png").addEventListener("click", () => download(renderer.png(), "newsgraph.png"));
byId("export-graphml").addEventListener("click", () =>
  download(new Blob([toGraphML(onScreen())], { type: "application/graphml+xml" }), "newsgraph.graphml"),
);
byId("export-json").addEventListener("click", () =>
  download(new Blob([toJSON(onScreen())], { type: "application/json" }), "newsgraph.json"),
);

window.addEventListener("popstate", () => {
  const next = parseState(location.search);
  state.filters = next.filters;
  if (next.focus && next.focus !== state.focus) void focusOn(next.focus, false).catch(failed("Loading"));
  else redraw();
});

async function start(): Promise<void> {
  if (!state.focus) {
    redraw();
    say("Search for a person, country, organisation or statement to start.");
    return;
  }
  const pathTo = state.pathTo;
  await focusOn(state.focus, false);
  if (pathTo) await drawPath(pathTo);
}

start()
  .catch(failed("Loading"))
  .finally(() => {
    document.body.dataset.ready = "true";
  });
