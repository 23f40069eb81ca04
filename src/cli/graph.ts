/**
 * The graph a command writes to: NEO4J_URI when set; otherwise the local Neo4j of the data folder:
 * the one the service (or another command) already runs there, found by its record, or one started
 * for the command. Progress goes to `say` from the first second (a JVM takes a while).
 */
import type { Config } from "../config.js";
import { ensureLocalNeo4jInstalled, findLocalNeo4j, readLocalNeo4jRecord, startLocalNeo4j } from "../graph/local-neo4j.js";

export interface CommandGraph {
  uri: string;
  /** stops what the command started (nothing, for a database it did not start) */
  release(): Promise<void>;
}

const STILL_WAITING_EVERY_MS = 10_000;

export async function openCommandGraph(config: Config, say: (line: string) => void): Promise<CommandGraph> {
  if (config.neo4j) return { uri: config.neo4j.uri, release: async () => {} };
  const starting = await readLocalNeo4jRecord(config.dataDir);
  if (starting && !starting.ready) say(`waiting for the local database that pid ${starting.ownerPid} is starting on ${config.dataDir}`);
  const running = await waiting(say, "waiting for the local database", () => findLocalNeo4j(config.dataDir));
  if (running) {
    say(`using the local database already running for ${config.dataDir} at ${running.uri} (started by pid ${running.ownerPid})`);
    return { uri: running.uri, release: async () => {} };
  }
  await ensureLocalNeo4jInstalled({ log: say });
  say(`starting the local database (data in ${config.dataDir}, Bolt on 127.0.0.1:${config.boltPort}); this takes up to a minute`);
  const started = Date.now();
  const local = await waiting(say, "still starting the local database", () =>
    startLocalNeo4j({ dataDir: config.dataDir, boltPort: config.boltPort, onPhase: say }),
  );
  say(`local database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { uri: local.uri, release: () => local.stop() };
}

/** Runs `work`, saying every few seconds that it still runs. */
async function waiting<T>(say: (line: string) => void, what: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => say(`${what} (${Math.round((Date.now() - started) / 1000)} s)`), STILL_WAITING_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
