/** An entity's timeline: the articles that mention it and the statements by and about it, oldest first. */
import type { CypherQuery } from "../neo4j.js";
import { dateKeys, pagePerParentQuery, type PageArgs, type PagePart, type PageRow } from "./page.js";

export type TimelineKind = "MENTIONED" | "SAID" | "SPOKEN_ABOUT";

export interface TimelineRecord {
  kind: TimelineKind;
  date: string | null;
  articleId: string;
  statementId: string | null;
}

const EVENTS = `CALL (id) {
  MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)
  RETURN {kind: 'MENTIONED', on: a.publishedOn, articleId: a.id, statementId: null} AS node
  UNION ALL
  MATCH (:Entity {id: id})<-[:SAID_BY]-(s:Statement)-[:REPORTED_IN]->(a:Article)
  RETURN {kind: 'SAID', on: coalesce(s.saidOn, a.publishedOn), articleId: a.id, statementId: s.id, start: s.start} AS node
  UNION ALL
  MATCH (:Entity {id: id})<-[:ABOUT]-(s:Statement)-[:REPORTED_IN]->(a:Article)
  RETURN {kind: 'SPOKEN_ABOUT', on: coalesce(s.saidOn, a.publishedOn), articleId: a.id, statementId: s.id, start: s.start} AS node
}`;

/** The timeline of the entity `id`, oldest first. */
export const TIMELINE: PagePart<TimelineRecord> = {
  match: EVENTS,
  // an event is one article and kind (MENTIONED), or one statement and kind
  keys: dateKeys(
    "node.on",
    "ASC",
    { expr: "node.articleId", type: "string" },
    { expr: "coalesce(node.start, -1)", type: "number" },
    { expr: "node.kind", type: "string" },
    { expr: "coalesce(node.statementId, '')", type: "string" },
  ),
  projection: "{kind: node.kind, date: toString(node.on), articleId: node.articleId, statementId: node.statementId}",
};

export function timelinesOf(ids: readonly string[], page: PageArgs): CypherQuery<PageRow<TimelineRecord> & { id: string }> {
  return pagePerParentQuery(TIMELINE, ids, page);
}
