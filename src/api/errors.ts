/** Typed errors at the GraphQL boundary: each carries `extensions.code`; internals never reach clients. */
import { GraphQLError } from "graphql";

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}) } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = "this operation needs Authorization: Bearer <NEWSGRAPH_API_KEY>") {
    super(message, { extensions: { code: "UNAUTHENTICATED" } });
  }
}
