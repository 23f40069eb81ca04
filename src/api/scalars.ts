/** Custom scalars from graphql-scalars; dates travel as ISO strings end to end. (DateTime and URL were dropped: no field used them.) */
import { GraphQLScalarType } from "graphql";
import { LocalDateResolver } from "graphql-scalars";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const scalarResolvers = {
  Date: new GraphQLScalarType({
    ...LocalDateResolver.toConfig(),
    name: "Date",
    description: "A calendar date, ISO 8601 (YYYY-MM-DD).",
    // dates leave as the database wrote them (toString of a Neo4j date), so only their shape is
    // checked on the way out; input dates keep the full calendar check (parseValue, parseLiteral)
    serialize: (value: unknown) => (typeof value === "string" && ISO_DATE.test(value) ? value : LocalDateResolver.serialize(value)),
  }),
};
