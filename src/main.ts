/**
 * `npm start`: config → the service (src/server/service.ts: Neo4j, GraphQL, migrations, seeds) →
 * on SIGTERM or SIGINT, finish in-flight requests, close the driver, stop the local Neo4j, exit 0.
 */
import { loadConfig, ConfigError } from "./config.js";
import { createLogger } from "./logger.js";
import { startService } from "./server/service.js";

export async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  const service = await startService(config, logger);
  const graph = service.isPrepared() ? "ready" : "preparing";
  logger.info(
    { port: service.port, neo4j: service.neo4jUri, graph },
    `newsgraph serving http://localhost:${service.port}/graphql` +
      (graph === "ready" ? "" : " (still preparing the graph: constraints, indexes, seeds; /readyz answers 503 until then)"),
  );

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    service.stop().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? `configuration error: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsgraph failed to start: ${message}\n`);
  process.exit(1);
});
