/** Every resolver map, typed from src/generated, in one object for the schema. */
import type { Resolvers } from "../generated/graphql.js";
import { Article, ArticleConnection, Outlet } from "./article.js";
import { IngestArticlePayload, Mutation } from "./mutation.js";
import { Node } from "./node.js";
import { Query } from "./query.js";
import { scalarResolvers } from "./scalars.js";

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  IngestArticlePayload,
  Node,
  Article,
  ArticleConnection,
  Outlet,
};
