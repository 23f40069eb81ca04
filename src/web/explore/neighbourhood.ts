/**
 * GraphQL answers → nodes and edges of the model. Pure. Each expansion is bounded by the page size
 * it asked for; what it left out is returned as notes ("12 of 40 articles shown").
 */
import type { ArticleBits, ArticleWithEntities, NeighbourhoodNode, Page, PathResult, Ref, StatementBits } from "./api.js";
import { isNodeType, type GraphModel, type NodeType } from "./model.js";

export interface More {
  what: string;
  shown: number;
  total: number;
}

const STATEMENT_LABEL_CHARS = 60;

export function statementLabel(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `“${flat.length > STATEMENT_LABEL_CHARS ? `${flat.slice(0, STATEMENT_LABEL_CHARS - 1)}…` : flat}”`;
}

function typeOf(typename: string): NodeType {
  return isNodeType(typename) ? typename : "Organisation";
}

/** an acronym the articles use beside a long name: "North Atlantic Treaty Organization (NATO)" */
const ACRONYM = /^[A-Z]{2,6}$/;

export function entityLabel(ref: Ref): string {
  const name = ref.name ?? ref.id;
  const acronym = (ref.aliases ?? []).find((alias) => ACRONYM.test(alias) && !name.includes(alias));
  return acronym && name.includes(" ") ? `${name} (${acronym})` : name;
}

function addRef(model: GraphModel, ref: Ref): void {
  model.addNode({ id: ref.id, type: typeOf(ref.__typename), label: entityLabel(ref), date: null, outlet: null });
}

function addArticle(model: GraphModel, article: ArticleBits): void {
  model.addNode({
    id: article.id,
    type: "Article",
    label: article.title ?? "Untitled article",
    date: article.publishedOn,
    outlet: article.outlet?.name ?? null,
  });
  if (article.outlet) {
    model.addNode({ id: article.outlet.id, type: "Outlet", label: article.outlet.name, date: null, outlet: null });
    model.addEdge(article.id, article.outlet.id, "published by");
  }
}

function addArticleEntities(model: GraphModel, article: ArticleWithEntities): void {
  addArticle(model, article);
  for (const ref of [...article.people, ...article.countries, ...article.organisations, ...article.locations]) {
    addRef(model, ref);
    model.addEdge(article.id, ref.id, "mentions");
  }
}

function addStatement(model: GraphModel, statement: StatementBits): void {
  model.addNode({
    id: statement.id,
    type: "Statement",
    label: statementLabel(statement.text),
    date: statement.saidOn ?? statement.article.publishedOn,
    outlet: statement.article.outlet?.name ?? null,
  });
  addArticle(model, statement.article);
  model.addEdge(statement.id, statement.article.id, "reported in");
  if (statement.speaker) {
    addRef(model, statement.speaker);
    model.addEdge(statement.speaker.id, statement.id, "said");
  }
  for (const ref of statement.about) {
    addRef(model, ref);
    model.addEdge(statement.id, ref.id, "about");
  }
}

function addPage<T>(page: Page<T> | undefined, what: string, add: (item: T) => void, more: More[]): void {
  if (!page) return;
  for (const edge of page.edges) add(edge.node);
  if (page.totalCount > page.edges.length) more.push({ what, shown: page.edges.length, total: page.totalCount });
}

/** adds node(id)'s answer and its links to the model; returns what was left out */
export function addNeighbourhood(model: GraphModel, node: NeighbourhoodNode): More[] {
  const more: More[] = [];
  const type = node.__typename;
  if (type === "Statement" && node.text !== undefined && node.article) {
    addStatement(model, node as StatementBits);
    for (const other of node.alsoReportedIn ?? []) addStatement(model, other);
    return more;
  }
  if (type === "Article") {
    addArticleEntities(model, node as ArticleWithEntities);
    addPage(node.statements, "statements", (s) => addStatement(model, s), more);
    return more;
  }
  addRef(model, { __typename: type, id: node.id, name: node.name, aliases: node.aliases });
  addPage(node.articles, "articles", (a) => addArticleEntities(model, a), more);
  addPage(node.statementsBy, "statements by", (s) => addStatement(model, s), more);
  addPage(node.statementsAbout, "statements about", (s) => addStatement(model, s), more);
  for (const role of node.roles ?? []) {
    if (!role.of) continue;
    addRef(model, role.of);
    model.addEdge(node.id, role.of.id, "role", role.title);
  }
  return more;
}

/** adds the paths of `connection`: each hop as a path edge, with the articles that evidence it */
export function addPaths(model: GraphModel, paths: PathResult[]): string[] {
  const onPath = new Set<string>();
  for (const path of paths) {
    for (const hop of path.hops) {
      addRef(model, hop.from);
      addRef(model, hop.to);
      model.addEdge(hop.from.id, hop.to.id, "path", "linked");
      onPath.add(hop.from.id).add(hop.to.id);
      for (const article of hop.articles) {
        addArticle(model, article);
        model.addEdge(article.id, hop.from.id, "mentions");
        model.addEdge(article.id, hop.to.id, "mentions");
        onPath.add(article.id);
      }
    }
  }
  return [...onPath];
}
