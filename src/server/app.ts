/**
 * The HTTP service, built apart from listening so tests can start it on port 0:
 * GraphQL on /graphql (Apollo Server, Sandbox landing page), /healthz and /readyz, and the
 * browser pages /explore and /graphiql (src/server/pages.ts).
 */
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import express from "express";
import type { Config } from "../config.js";
import type { Db } from "../graph/neo4j.js";
import type { Logger } from "../logger.js";
import { createContext, type Context } from "../api/context.js";
import { hasWriteKey } from "./auth.js";
import { corsMiddleware } from "./cors.js";
import { errorLogPlugin, makeFormatError } from "./errors.js";
import { graphqlHandler } from "./graphql-http.js";
import { healthRoutes } from "./health.js";
import { sandboxLandingPage } from "./landing-page.js";
import { defaultBody, httpErrors, notFound, requestIdOf, requestLog } from "./http.js";
import { queryLimits } from "./limits.js";
import { pages } from "./pages.js";
import { queryStatsPlugin } from "./query-stats.js";
import { buildSchema } from "./schema.js";

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** listens on `port` (0 = any free port) and resolves with the port taken */
  listen(port: number): Promise<number>;
  /** stops taking requests, lets in-flight ones finish (up to 10 s), then closes */
  close(): Promise<void>;
}

export interface AppOptions {
  /** whether migrations and first-start seeds are done; /readyz is 503 until then (default: always) */
  prepared?: () => boolean;
}

export async function buildApp(db: Db, config: Config, logger: Logger, options: AppOptions = {}): Promise<App> {
  const app = express();
  app.disable("x-powered-by");
  // no ETag: a GraphQL answer is not fetched again by it, and making one hashes every answer
  app.disable("etag");
  const httpServer = http.createServer(
    {
      // a client gets this long to send its whole request (slow-loris), 10 s for the headers
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: Math.min(10_000, config.requestTimeoutMs),
      connectionsCheckingInterval: Math.min(5_000, config.requestTimeoutMs / 2),
    },
    app,
  );
  const limits = queryLimits();
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    // the schema is public: people explore it in Sandbox, in production too
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: makeFormatError(logger, config.production),
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // the schema gives no cache hints, so the default cache-control plugin only cost a hook on every field resolved
      ApolloServerPluginCacheControlDisabled(),
      sandboxLandingPage(),
      errorLogPlugin(logger),
      ...limits.plugins,
      ...(config.queryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.use(requestLog(logger));
  app.use(healthRoutes(db, options.prepared));
  app.use(pages(logger));
  app.use(
    "/graphql",
    corsMiddleware(config.cors),
    express.json({ limit: config.maxBodyBytes }),
    defaultBody,
    graphqlHandler(apollo, async (req, res) =>
      createContext(db, config, hasWriteKey(req.get("authorization"), config.apiKey), requestIdOf(res)),
    ),
  );
  app.use(notFound);
  app.use(httpErrors(logger, config.maxBodyBytes));

  return {
    httpServer,
    apollo,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    close: () => apollo.stop(),
  };
}
