/**
 * `npm start`: config → the service (src/server/service.ts: Neo4j, GraphQL, migrations, seeds) →
 * on SIGTERM or SIGINT, or when the parent process (npm) is gone (killed with -9, say), finish
 * in-flight requests, close the driver, stop the local Neo4j, exit 0.
 */
import { loadConfig, ConfigError } from "./config.js";
import { isAlive, launcherPids } from "./graph/processes.js";
import { createLogger } from "./logger.js";
import { boundHeapGrowth } from "./server/heap.js";
import { startService } from "./server/service.js";

export async function main(): Promise<void> {
  boundHeapGrowth();
  const config = loadConfig();
  const logger = createLogger(config.logLevel, undefined, config.logFormat);

  const service = await startService(config, logger);
  const graph = service.isPrepared() ? "ready" : "preparing";
  logger.info(
    { port: service.port, neo4j: service.neo4jUri, graph },
    `newsgraph serving http://localhost:${service.port}/graphql` +
      (graph === "ready" ? "" : " (still preparing the graph: constraints, indexes, seeds; /readyz answers 503 until then)"),
  );

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals | "parent gone") => {
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
  // `npm start` killed with SIGKILL cannot pass it on: without this, node and its Neo4j would run on, orphaned
  const launchers = launcherPids();
  const orphanWatch = setInterval(() => {
    const gone = process.ppid !== launchers[0] ? launchers[0] : launchers.find((pid) => !isAlive(pid));
    if (gone === undefined) return;
    clearInterval(orphanWatch);
    logger.warn({ launcher: gone }, `the process that started this one (pid ${gone}) is gone; stopping`);
    shutdown("parent gone");
  }, PARENT_CHECK_MS).unref();
}

const PARENT_CHECK_MS = 1_000;

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? `configuration error: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsgraph failed to start: ${message}\n`);
  process.exit(1);
});
