/**
 * The links from a statement to an entity (SAID_BY, ABOUT) and what they carry: the id of the entity
 * they lead to and the day the statement sorts by, under a composite range index each, so the pages of
 * an entity's statements in a window of days read only the window's (src/graph/read/statements.ts).
 * The write path sets them (src/graph/write.ts), migrate back-fills and indexes them (src/graph/migrate.ts).
 */

/** Relationship from statement to entity, by the API's word for it; the text comes from this map, never from input. */
export const STATEMENT_LINK = { by: "SAID_BY", about: "ABOUT" } as const;
export type StatementLinkType = (typeof STATEMENT_LINK)[keyof typeof STATEMENT_LINK];
export const STATEMENT_LINK_TYPES: readonly StatementLinkType[] = Object.values(STATEMENT_LINK);

/** The day the statement `st` sorts by: the day it was said, else `publishedOn`, its article's publication day. */
export const statementDay = (st: string, publishedOn: string): string => `coalesce(${st}.saidOn, ${publishedOn})`;

/** A link's properties: the id of the entity `entity` it leads to and the statement's day `day`. */
export const linkProperties = (entity: string, day: string): string => `{entity: ${entity}.id, on: ${day}}`;

/** The name of the composite index on a link type's (entity, on). */
export const linkIndex = (type: StatementLinkType): string => `${type.toLowerCase()}_entity_on`;
