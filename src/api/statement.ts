import type { EvidenceResolvers, StatementConnectionResolvers, StatementResolvers } from "../generated/graphql.js";
import { sameStatement } from "../graph/read/overlap.js";
import type { ArticleRecord } from "../graph/read/articles.js";
import type { StatementRecord } from "../graph/read/statements.js";
import type { Context } from "./context.js";
import { connectionResolvers } from "./pagination.js";
import { entityFieldsAt } from "./projection.js";

export const Statement: StatementResolvers = {
  speaker: (s, _args, ctx, info) => ctx.loaders.speakerOfStatement.load({ id: s.id, fields: entityFieldsAt(info, []) }),
  about: (s, _args, ctx) => ctx.loaders.aboutOfStatement.load(s.id),
  // read with the statement when its page or look-up selected it (StatementShape.article), else loaded
  article: (s, _args, ctx) => s.article ?? articleOf(s, ctx),
  evidence: (s) => ({ start: s.start, end: s.end, text: s.text, articleId: s.articleId }),
  alsoReportedIn: async (s, _args, ctx) => {
    const found = await ctx.loaders.sameSpeakerStatements.load(s.id);
    return found ? found.candidates.filter((c) => sameStatement(found.text, c.text)) : [];
  },
};

async function articleOf(s: StatementRecord, ctx: Context): Promise<ArticleRecord> {
  const article = await ctx.loaders.article.load(s.articleId);
  if (!article) throw new Error(`statement ${s.id} has no article`);
  return article;
}

export const Evidence: EvidenceResolvers = {};

export const StatementConnection: StatementConnectionResolvers = connectionResolvers<StatementRecord>();
