/** Every resolver map, typed from src/generated, in one object for the schema. */
import type { Resolvers } from "../generated/graphql.js";
import { Article, ArticleConnection, Outlet, OutletConnection } from "./article.js";
import {
  CoMention,
  Country,
  CountryConnection,
  Entity,
  Location,
  LocationConnection,
  Organisation,
  OrganisationConnection,
  Person,
  PersonConnection,
  Role,
  TimelineConnection,
  TimelineEvent,
} from "./entity.js";
import { IngestArticlePayload, Mutation } from "./mutation.js";
import { Node } from "./node.js";
import { Hop, Path, SearchHit } from "./path.js";
import { Query } from "./query.js";
import { scalarResolvers } from "./scalars.js";
import { Evidence, Statement, StatementConnection } from "./statement.js";

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  IngestArticlePayload,
  Node,
  Entity,
  Article,
  ArticleConnection,
  Outlet,
  OutletConnection,
  Person,
  PersonConnection,
  Country,
  CountryConnection,
  Organisation,
  OrganisationConnection,
  Location,
  LocationConnection,
  Role,
  CoMention,
  TimelineEvent,
  TimelineConnection,
  Statement,
  StatementConnection,
  Evidence,
  SearchHit,
  Path,
  Hop,
};
