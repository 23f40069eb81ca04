/**
 * The HTTP service, built apart from listening so tests can start it on port 0:
 * GraphQL on /graphql (Apollo Server, Sandbox landing page), /healthz and /readyz.
 */
import http from "node:http";
import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import express from "express";
import type { Config } from "../config.js";
import type { Db } from "../graph/neo4j.js";
import type { Logger } from "../logger.js";
import { createContext, type Context } from "../api/context.js";
import { hasWriteKey } from "./auth.js";
import { makeFormatError } from "./errors.js";
import { queryStatsPlugin } from "./query-stats.js";
import { buildSchema } from "./schema.js";

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** listens on `port` (0 = any free port) and resolves with the port taken */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

export async function buildApp(db: Db, config: Config, logger: Logger): Promise<App> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(logger, config.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false, includeCookies: false }),
      ...(config.queryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.status(200).json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const ready = await db.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "neo4j unavailable" });
  });
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = (req.get("x-request-id") || randomUUID()).slice(0, 100);
        res.setHeader("x-request-id", requestId);
        return createContext(db, config, hasWriteKey(req.get("authorization"), config.apiKey), requestId);
      },
    }),
  );

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
