/**
 * The whole service in one function, used by `npm start` (src/main.ts) and the tests:
 * Neo4j (local, or NEO4J_URI) → serve → migrate and seed in the background → a handle to stop it all.
 * The server answers while Neo4j is still down (/readyz 503, queries SERVICE_UNAVAILABLE) and
 * resumes by itself when it comes back.
 */
import type { Config } from "../config.js";
import { Db } from "../graph/neo4j.js";
import { ensureLocalNeo4jInstalled, startLocalNeo4j, type LocalNeo4j } from "../graph/local-neo4j.js";
import { migrate } from "../graph/migrate.js";
import { graphIsEmpty, ingestFolder } from "../ingest/ingest.js";
import type { Logger } from "../logger.js";
import { buildApp } from "./app.js";

export interface Service {
  port: number;
  neo4jUri: string;
  /** settles when constraints, indexes and seeds are in place, or when the service stops first */
  prepared: Promise<void>;
  /** finishes in-flight requests, then closes the driver and stops the local Neo4j */
  stop(): Promise<void>;
}

const RETRY_MS = 2_000;

export async function startService(config: Config, logger: Logger): Promise<Service> {
  const local = config.neo4j ? null : await startLocal(config, logger);
  const neo4jUri = config.neo4j?.uri ?? local!.uri;
  const db = Db.connect({ ...config.neo4j, uri: neo4jUri, queryTimeoutMs: config.queryTimeoutMs });
  try {
    const app = await buildApp(db, config, logger);
    const port = await app.listen(config.port);
    const stopping = new AbortController();
    const prepared = prepareGraph(db, config, logger, stopping.signal);
    return {
      port,
      neo4jUri,
      prepared,
      async stop() {
        stopping.abort();
        await app.close();
        await prepared;
        await db.close();
        await local?.stop();
      },
    };
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
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
      } else logger.info("graph holds articles already: seeds skipped");
      return;
    } catch (error) {
      if (signal.aborted) return;
      if (attempt === 1 || attempt % 10 === 0) logger.warn({ err: error, attempt }, "graph not ready yet; retrying");
      await sleep(RETRY_MS, signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
