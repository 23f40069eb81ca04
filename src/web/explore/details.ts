/** The details panel for the selected node, built from DETAILS answers as text only. */
import type { Details } from "./api.js";
import { el, safeLink } from "./dom.js";

export interface DetailsActions {
  /** a link inside the panel (an article, another report) was chosen */
  open(id: string): void;
}

function row(label: string, value: Node | string | null | undefined): HTMLElement | null {
  if (value === null || value === undefined || value === "") return null;
  return el("div", { class: "row" }, el("dt", {}, label), el("dd", {}, value));
}

function nodeLink(id: string, text: string, actions: DetailsActions): HTMLButtonElement {
  const button = el("button", { type: "button", class: "link", "data-id": id }, text);
  button.addEventListener("click", () => actions.open(id));
  return button;
}

/** the article's source text, the evidence span in a <mark> */
function sourceWithMark(source: string, start: number, end: number): HTMLElement {
  return el(
    "pre",
    { class: "source", id: "source-text" },
    source.slice(0, start),
    el("mark", {}, source.slice(start, end)),
    source.slice(end),
  );
}

function statementDetails(d: Details, actions: DetailsActions): Node[] {
  const article = d.article;
  const evidence = d.evidence;
  const others = d.alsoReportedIn ?? [];
  const source = article?.source;
  return [
    el("blockquote", { class: "quote" }, d.text ?? ""),
    el(
      "dl",
      {},
      row("kind", d.kind),
      row("verb", d.verb),
      row("speaker", d.speaker ? nodeLink(d.speaker.id, d.speaker.name, actions) : null),
      row("source as written", d.source),
      row("said on", d.saidOn),
      row("article", article ? nodeLink(article.id, article.title ?? "Untitled article", actions) : null),
      row("published", article?.publishedOn),
      row("outlet", article?.outlet?.name),
      row("url", article?.url ? safeLink(article.url, article.url) : null),
    ),
    el(
      "section",
      {},
      el("h3", {}, `Also reported in (${others.length})`),
      others.length === 0
        ? el("p", { class: "muted" }, "no other article")
        : el(
            "ul",
            {},
            ...others.map((o) =>
              el(
                "li",
                {},
                nodeLink(o.id, o.article.title ?? "Untitled article", actions),
                ` — ${o.article.outlet?.name ?? "unknown outlet"}${o.article.publishedOn ? `, ${o.article.publishedOn}` : ""}`,
              ),
            ),
          ),
    ),
    el(
      "section",
      {},
      el("h3", {}, "Evidence in the article's source text"),
      source && evidence
        ? sourceWithMark(source, evidence.start, evidence.end)
        : el("pre", { class: "source" }, el("mark", {}, evidence?.text ?? "")),
    ),
  ];
}

function entityDetails(d: Details, actions: DetailsActions): Node[] {
  const timeline = d.timeline;
  return [
    el(
      "dl",
      {},
      row("aliases", d.aliases?.length ? d.aliases.join(", ") : "none"),
      row("code", d.code),
      row("articles", String(d.articles?.totalCount ?? 0)),
      row("statements by", String(d.statementsBy?.totalCount ?? 0)),
      row("statements about", String(d.statementsAbout?.totalCount ?? 0)),
    ),
    d.roles?.length
      ? el(
          "section",
          {},
          el("h3", {}, "Roles"),
          el("ul", {}, ...d.roles.map((r) => el("li", {}, r.of ? `${r.title} of ${r.of.name}` : r.title))),
        )
      : null,
    timeline
      ? el(
          "section",
          {},
          el("h3", {}, `Timeline (${timeline.edges.length} of ${timeline.totalCount})`),
          el(
            "ol",
            { class: "timeline" },
            ...timeline.edges.map(({ node: e }) =>
              el(
                "li",
                {},
                el("span", { class: "date" }, e.date ?? "undated"),
                ` ${e.kind.toLowerCase().replace("_", " ")} `,
                e.statement
                  ? nodeLink(e.statement.id, e.statement.text, actions)
                  : nodeLink(e.article.id, e.article.title ?? "Untitled article", actions),
              ),
            ),
          ),
        )
      : null,
  ].filter((n): n is HTMLElement => n !== null);
}

function articleDetails(d: Details): Node[] {
  return [
    el("dl", {}, row("published", d.publishedOn), row("outlet", d.outlet?.name), row("url", d.url ? safeLink(d.url, d.url) : null)),
    el("section", {}, el("h3", {}, "Text"), el("pre", { class: "source" }, d.body ?? d.source ?? "")),
  ];
}

export function renderDetails(panel: HTMLElement, d: Details | null, typeLabel: string, actions: DetailsActions): void {
  if (!d) {
    panel.replaceChildren(el("p", { class: "muted" }, "Nothing with this id (it may have been removed)."));
    return;
  }
  const title = d.name ?? d.title ?? (d.__typename === "Statement" ? "Statement" : d.id);
  const body =
    d.__typename === "Statement"
      ? statementDetails(d, actions)
      : d.__typename === "Article"
        ? articleDetails(d)
        : d.__typename === "Outlet"
          ? []
          : entityDetails(d, actions);
  if (d.__typename === "Outlet") body.push(el("dl", {}, row("articles", String(d.articles?.totalCount ?? 0))));
  panel.replaceChildren(el("h2", {}, title), el("p", { class: "type" }, typeLabel, el("code", {}, ` ${d.id}`)), ...body);
  scrollToMark(panel);
}

/** the evidence in view, centred in its own scroll box (scrollIntoView would scroll the page too) */
function scrollToMark(panel: HTMLElement): void {
  const mark = panel.querySelector("mark");
  const box = mark?.closest<HTMLElement>(".source");
  if (!mark || !box) return;
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 2 + mark.offsetHeight / 2);
  const side = panel.closest<HTMLElement>("#side");
  if (side) side.scrollTop = Math.max(0, box.offsetTop - side.clientHeight / 3);
}
