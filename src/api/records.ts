/** The records resolvers receive (codegen `mappers`): what src/graph/read returns, not the GraphQL shapes. */
import type { ArticleRecord, OutletRecord } from "../graph/read/articles.js";
import type { Page } from "../graph/read/page.js";

export type { ArticleRecord, OutletRecord };
export type ArticlePage = Page<ArticleRecord>;
