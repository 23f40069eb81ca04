/**
 * Start-up in one readable function:
 * config → Neo4j (local, or NEO4J_URI) → migrate → seed when empty → serve → graceful shutdown.
 */
import { loadConfig, ConfigError, type Config } from "./config.js";
import { Db } from "./graph/neo4j.js";
import { ensureLocalNeo4jInstalled, startLocalNeo4j, type LocalNeo4j } from "./graph/local-neo4j.js";
import { migrate } from "./graph/migrate.js";
import { graphIsEmpty, ingestFolder } from "./ingest/ingest.js";
import { createLogger, type Logger } from "./logger.js";
import { buildApp } from "./server/app.js";

export async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  const local = config.neo4j ? null : await startLocal(config, logger);
  const db = Db.connect(config.neo4j ?? { uri: local!.uri });

  const app = await buildApp(db, config, logger);
  const port = await app.listen(config.port);
  logger.info({ port, neo4j: config.neo4j?.uri ?? local!.uri }, `newsgraph serving http://localhost:${port}/graphql`);

  const stopping = new AbortController();
  const preparing = prepareGraph(db, config, logger, stopping.signal);
  onShutdown(logger, async () => {
    stopping.abort();
    await app.close();
    await preparing.catch(() => undefined);
    await db.close();
    await local?.stop();
  });
}

async function startLocal(config: Config, logger: Logger): Promise<LocalNeo4j> {
  const log = (msg: string) => logger.info(msg);
  await ensureLocalNeo4jInstalled({ log });
  logger.info({ dataDir: config.dataDir, boltPort: config.boltPort }, "starting the local Neo4j");
  return startLocalNeo4j({ dataDir: config.dataDir, boltPort: config.boltPort, log });
}

/** Constraints, indexes and seeds; retried until the database answers, while the server already reports /readyz 503. */
async function prepareGraph(db: Db, config: Config, logger: Logger, signal: AbortSignal): Promise<void> {
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      await migrate(db);
      if (await graphIsEmpty(db)) {
        const created = await ingestFolder(db, config.seedsDir, { maxArticleBytes: config.maxArticleBytes });
        logger.info({ created, from: config.seedsDir }, "graph was empty: loaded the seed articles");
      }
      return;
    } catch (error) {
      if (attempt === 1 || attempt % 10 === 0) logger.warn({ err: error, attempt }, "graph not ready yet; retrying");
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `configuration error: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsgraph failed to start: ${message}\n`);
  process.exit(1);
});
