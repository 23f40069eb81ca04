/** NEWSGRAPH_QUERY_STATS=true: every response says how many Cypher queries it ran and how long the database took. */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../api/context.js";

export function queryStatsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const { cypherQueries, dbMs } = contextValue.stats;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            queryStats: { cypherQueries, dbMs: Math.round(dbMs * 100) / 100 },
          };
        },
      };
    },
  };
}
