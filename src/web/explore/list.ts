/**
 * The accessible mirror of the drawing: one role="listitem" per node drawn (name and type), in the
 * same order as the view. Arrow keys move between items, Enter expands, focusing an item selects it.
 */
import { el } from "./dom.js";
import type { GraphNode } from "./model.js";

export interface ListActions {
  select(id: string): void;
  expand(id: string): void;
}

const ORDER = ["Person", "Country", "Organisation", "Location", "Outlet", "Article", "Statement"];

export function createNodeList(list: HTMLElement, actions: ListActions) {
  list.addEventListener("keydown", (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>("[role=listitem]");
    if (!item) return;
    const move = (next: Element | null) => {
      if (next instanceof HTMLElement) {
        event.preventDefault();
        next.focus();
      }
    };
    if (event.key === "ArrowDown") move(item.nextElementSibling);
    else if (event.key === "ArrowUp") move(item.previousElementSibling);
    else if (event.key === "Home") move(list.firstElementChild);
    else if (event.key === "End") move(list.lastElementChild);
    else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      actions.expand(item.dataset.id!);
    }
  });
  list.addEventListener("focusin", (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>("[role=listitem]");
    if (item) actions.select(item.dataset.id!);
  });
  list.addEventListener("click", (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>("[role=listitem]");
    if (item) actions.expand(item.dataset.id!);
  });

  return {
    show(nodes: GraphNode[], selected: string | null): void {
      const sorted = [...nodes].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || a.label.localeCompare(b.label));
      list.replaceChildren(
        ...sorted.map((node) =>
          el(
            "li",
            {
              role: "listitem",
              "data-id": node.id,
              "data-type": node.type,
            },
            el("span", { class: `swatch t-${node.type}`, "aria-hidden": "true" }),
            el("span", { class: "name" }, node.label),
            el("span", { class: "type" }, node.type),
            node.date ? el("span", { class: "date" }, node.date) : null,
          ),
        ),
      );
      this.mark(selected);
    },
    /** the selected item is current and the one Tab reaches, without redrawing the list (focus stays) */
    mark(selected: string | null): void {
      let found = false;
      for (const item of list.children as HTMLCollectionOf<HTMLElement>) {
        const current = item.dataset.id === selected;
        found ||= current;
        item.setAttribute("aria-current", String(current));
        item.tabIndex = current ? 0 : -1;
      }
      if (!found && list.firstElementChild instanceof HTMLElement) list.firstElementChild.tabIndex = 0;
    },
  };
}
