import type {
  CoMentionResolvers,
  CountryResolvers,
  EntityResolvers,
  LocationResolvers,
  OrganisationResolvers,
  PersonResolvers,
  RoleResolvers,
  TimelineConnectionResolvers,
  TimelineEventResolvers,
} from "../generated/graphql.js";
import type { EntityRecord } from "../graph/read/entities.js";
import type { TimelineRecord } from "../graph/read/timeline.js";
import { checkFirst, connectionResolvers, pageArgs } from "./pagination.js";
import { coMentionShapeOf, statementShapeAt } from "./projection.js";

/** The fields every entity type shares (the `Entity` interface), over an `EntityRecord`. */
const entityFields: Omit<PersonResolvers, "roles" | "__isTypeOf"> = {
  aliases: (e) => e.aliases ?? [],
  articles: (e, { first, after }, ctx, info) =>
    ctx.loaders.articlesOfEntity.load({ id: e.id, page: pageArgs(first, after, ctx.config.maxPageSize, info) }),
  statementsBy: (e, { first, after }, ctx, info) =>
    ctx.loaders.statementsByEntity.load({
      id: e.id,
      page: pageArgs(first, after, ctx.config.maxPageSize, info),
      shape: statementShapeAt(info, ["edges", "node"]),
    }),
  statementsAbout: (e, { first, after }, ctx, info) =>
    ctx.loaders.statementsAboutEntity.load({
      id: e.id,
      page: pageArgs(first, after, ctx.config.maxPageSize, info),
      shape: statementShapeAt(info, ["edges", "node"]),
    }),
  coMentions: (e, { first }, ctx, info) =>
    ctx.loaders.coMentions.load({ id: e.id, first: checkFirst(first, info, ctx.config.maxPageSize), shape: coMentionShapeOf(info) }),
  timeline: (e, { first, after }, ctx, info) =>
    ctx.loaders.timeline.load({ id: e.id, page: pageArgs(first, after, ctx.config.maxPageSize, info) }),
};

export const Entity: EntityResolvers = {
  __resolveType: (e: EntityRecord) => e.label,
};

export const Person: PersonResolvers = {
  ...entityFields,
  roles: (p, _args, ctx) => ctx.loaders.rolesOfPerson.load(p.id),
};
export const Country: CountryResolvers = { ...entityFields, code: (c) => c.code ?? "" };
export const Organisation: OrganisationResolvers = { ...entityFields };
export const Location: LocationResolvers = { ...entityFields };

export const Role: RoleResolvers = {};

export const CoMention: CoMentionResolvers = {
  articles: async (c, _args, ctx) => (await ctx.loaders.article.loadMany(c.articleIds)).filter(isRecord),
};

export const TimelineEvent: TimelineEventResolvers = {
  article: async (t, _args, ctx) => {
    const article = await ctx.loaders.article.load(t.articleId);
    if (!article) throw new Error(`timeline article ${t.articleId} vanished`);
    return article;
  },
  statement: (t, _args, ctx) => (t.statementId ? ctx.loaders.statement.load(t.statementId) : null),
};

export const TimelineConnection: TimelineConnectionResolvers = connectionResolvers<TimelineRecord>();

export const PersonConnection = connectionResolvers<EntityRecord>();
export const CountryConnection = connectionResolvers<EntityRecord>();
export const OrganisationConnection = connectionResolvers<EntityRecord>();
export const LocationConnection = connectionResolvers<EntityRecord>();

/** DataLoader.loadMany answers errors in place; keeps the records that exist. */
export function isRecord<T>(value: T | Error | null): value is T {
  return value !== null && !(value instanceof Error);
}
