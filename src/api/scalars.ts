/** Custom scalars from graphql-scalars; dates travel as ISO strings end to end. */
import { GraphQLScalarType } from "graphql";
import { DateTimeISOResolver, LocalDateResolver, URLResolver } from "graphql-scalars";

export const scalarResolvers = {
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: "Date", description: "A calendar date, ISO 8601 (YYYY-MM-DD)." }),
  DateTime: new GraphQLScalarType({ ...DateTimeISOResolver.toConfig(), name: "DateTime" }),
  URL: new GraphQLScalarType({
    ...URLResolver.toConfig(),
    name: "URL",
    serialize: (value: unknown) => String(URLResolver.serialize(value)),
    parseValue: (value: unknown) => String(URLResolver.parseValue(value)),
  }),
};
