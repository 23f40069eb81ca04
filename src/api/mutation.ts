/** Writes through GraphQL: thin resolvers over src/ingest; the API key is checked before anything else. */
import type { IngestArticlePayloadResolvers, MutationResolvers } from "../generated/graphql.js";
import { InputError } from "../ingest/input.js";
import { BadUserInputError, UnauthenticatedError } from "./errors.js";

/** What `ingestArticle` resolves to (codegen mapper of IngestArticlePayload); the article is loaded after the commit. */
export interface IngestArticlePayloadRecord {
  articleId: string;
  created: boolean;
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_root, { input }, ctx) => {
    if (!ctx.canWrite) throw new UnauthenticatedError();
    try {
      // extraction (its lexicons are ~30 MB of heap) is loaded by the first write, not by every server that only reads
      const { ingestArticle } = await import("../ingest/ingest.js");
      const result = await ingestArticle(ctx.db, input, { maxArticleBytes: ctx.config.maxArticleBytes, stats: ctx.stats });
      return { articleId: result.articleId, created: result.created };
    } catch (error) {
      if (error instanceof InputError) throw new BadUserInputError(error.message, "input");
      throw error;
    }
  },
};

export const IngestArticlePayload: IngestArticlePayloadResolvers = {
  article: async (payload, _args, ctx) => {
    const article = await ctx.loaders.article.load(payload.articleId);
    if (!article) throw new Error(`article ${payload.articleId} was written but cannot be read back`);
    return article;
  },
};
