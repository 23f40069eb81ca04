/** The records resolvers receive (codegen `mappers`): what src/graph/read returns, not the GraphQL shapes. */
import type { ArticleRecord, OutletRecord } from "../graph/read/articles.js";
import type { CoMentionRecord, EntityRecord, RoleRecord } from "../graph/read/entities.js";
import type { Page } from "../graph/read/page.js";
import type { HopRecord, PathRecord } from "../graph/read/paths.js";
import type { StatementRecord } from "../graph/read/statements.js";
import type { TimelineRecord } from "../graph/read/timeline.js";

export type {
  ArticleRecord,
  CoMentionRecord,
  EntityRecord,
  HopRecord,
  OutletRecord,
  PathRecord,
  RoleRecord,
  StatementRecord,
  TimelineRecord,
};
export type ArticlePage = Page<ArticleRecord>;
export type OutletPage = Page<OutletRecord>;
export type StatementPage = Page<StatementRecord>;
export type EntityPage = Page<EntityRecord>;
export type TimelinePage = Page<TimelineRecord>;

/** A search result: the score and the entity or statement found. */
export interface SearchHitRecord {
  score: number;
  node: EntityRecord | StatementRecord;
}
