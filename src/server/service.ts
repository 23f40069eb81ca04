/**
 * The whole service in one function, used by `npm start` (src/main.ts) and the tests:
 * Neo4j (local, or NEO4J_URI) → serve → migrate and seed in the background → a handle to stop it all.
 * The server answers while Neo4j is still down (/readyz 503, queries SERVICE_UNAVAILABLE) and
 * resumes by itself when it comes back. /readyz stays 503 until migrations and seeds are done.
 */
import type { Config } from "../config.js";
import { Db } from "../graph/neo4j.js";
import { ensureLocalNeo4jInstalled, findLocalNeo4j } from "../graph/local-neo4j.js";
import { listenersOn, nameProcess } from "../graph/processes.js";
import { superviseLocalNeo4j } from "../graph/supervise.js";
import { migrate } from "../graph/migrate.js";
import { graphIsEmpty } from "../graph/inventory.js";
import type { Logger } from "../logger.js";
import { sleep } from "../sleep.js";
import { buildApp } from "./app.js";

export interface Service {
  port: number;
  neo4jUri: string;
  /** settles when constraints, indexes and seeds are in place, or when the service stops first */
  prepared: Promise<void>;
  /** whether constraints, indexes and seeds are in place (/readyz is 503 until then) */
  isPrepared(): boolean;
  /** finishes in-flight requests, then closes the driver and stops the local Neo4j */
  stop(): Promise<void>;
}

const RETRY_MS = 2_000;

export async function startService(config: Config, logger: Logger): Promise<Service> {
  const local = config.neo4j ? null : await startLocal(config, logger);
  const neo4jUri = config.neo4j?.uri ?? local!.uri;
  const db = Db.connect({
    ...config.neo4j,
    uri: neo4jUri,
    queryTimeoutMs: config.queryTimeoutMs,
    onAvailability: ({ available, message }) => (available ? logger.info(message) : logger.error(message)),
  });
  try {
    let isPrepared = false;
    const app = await buildApp(db, config, logger, { prepared: () => isPrepared });
    const port = await app.listen(config.port).catch((error: unknown) => {
      throw (error as NodeJS.ErrnoException).code === "EADDRINUSE" ? httpPortInUse(config.port) : error;
    });
    const stopping = new AbortController();
    const prepared = prepareGraph(db, config, logger, stopping.signal).then((done) => {
      isPrepared = done;
      if (done) logger.info("graph prepared: constraints, indexes and seeds in place; /readyz answers 200");
    });
    return {
      port,
      neo4jUri,
      prepared,
      isPrepared: () => isPrepared,
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

function httpPortInUse(port: number): Error {
  const holders = listenersOn(port);
  const who = holders.length > 0 ? ` by ${holders.map(nameProcess).join(", ")}` : "";
  const stop = holders[0] ? `stop it (kill ${holders[0].pid}) or ` : "";
  return new Error(`HTTP port ${port} is already in use${who}: ${stop}set PORT to a free port`);
}

/** The local Neo4j of the data folder: the one already running there (started by another service), or one of our own, supervised. */
async function startLocal(config: Config, logger: Logger): Promise<{ uri: string; stop(): Promise<void> }> {
  const running = await findLocalNeo4j(config.dataDir);
  if (running) {
    logger.info(
      { uri: running.uri, pid: running.pid, ownerPid: running.ownerPid, dataDir: config.dataDir },
      `using the local Neo4j already running for ${config.dataDir} (started by pid ${running.ownerPid})`,
    );
    return { uri: running.uri, stop: async () => {} };
  }
  const log = (msg: string) => logger.info(msg);
  await ensureLocalNeo4jInstalled({ log });
  logger.info({ dataDir: config.dataDir, boltPort: config.boltPort }, "starting the local Neo4j");
  return superviseLocalNeo4j({ dataDir: config.dataDir, boltPort: config.boltPort, log, onPhase: log }, logger);
}

/**
 * Constraints, indexes and seeds; retried until the database answers, while the server already
 * reports /readyz 503. True once done, false when the service stopped first.
 */
async function prepareGraph(db: Db, config: Config, logger: Logger, signal: AbortSignal): Promise<boolean> {
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      await migrate(db);
      if (await graphIsEmpty(db)) {
        // extraction (its lexicons are ~30 MB of heap) is loaded only when something is to be extracted
        const { ingestFolder } = await import("../ingest/ingest.js");
        const created = await ingestFolder(db, config.seedsDir, { maxArticleBytes: config.maxArticleBytes });
        logger.info({ created, from: config.seedsDir }, "graph was empty: loaded the seed articles");
      } else logger.info("graph holds articles already: seeds skipped");
      return true;
    } catch (error) {
      if (signal.aborted) return false;
      if (attempt === 1 || attempt % 10 === 0) logger.warn({ err: error, attempt }, "graph not ready yet; retrying");
      await sleep(RETRY_MS, signal);
    }
  }
  return false;
}
