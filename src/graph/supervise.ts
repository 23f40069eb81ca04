/**
 * The service's local Neo4j, supervised: when the JVM exits without being asked to, that is logged
 * at error level and the database is started again on the same port and data folder, with backoff
 * (1 s, doubling to 30 s while it keeps dying young). The driver reconnects by itself, so queries
 * succeed again without restarting the service.
 */
import type { Logger } from "../logger.js";
import { sleep } from "../sleep.js";
import { startLocalNeo4j, type LocalNeo4j, type StartLocalNeo4jOptions } from "./local-neo4j.js";

export interface SupervisedNeo4j {
  readonly uri: string;
  /** the JVM running now (its pid changes with each restart) */
  current(): LocalNeo4j;
  /** how many times it was restarted */
  restarts(): number;
  /** stops supervising and stops the database; safe to call more than once */
  stop(): Promise<void>;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** a database that ran this long before dying is restarted after the first delay again */
const STABLE_MS = 60_000;

export async function superviseLocalNeo4j(options: StartLocalNeo4jOptions, logger: Logger): Promise<SupervisedNeo4j> {
  let current = await startLocalNeo4j(options);
  let startedAt = Date.now();
  let restarts = 0;
  let delayMs = FIRST_DELAY_MS;
  const stopping = new AbortController();
  let restarting: Promise<void> = Promise.resolve();

  const watch = (db: LocalNeo4j) => {
    void db.exited.then((exit) => {
      if (exit.expected || stopping.signal.aborted) return;
      const how = exit.signal ? `signal ${exit.signal}` : `exit code ${String(exit.code)}`;
      delayMs = Date.now() - startedAt >= STABLE_MS ? FIRST_DELAY_MS : delayMs;
      logger.error(
        { pid: db.pid, code: exit.code, signal: exit.signal, dataDir: options.dataDir },
        `the local Neo4j (pid ${db.pid}) exited unexpectedly (${how}); restarting it in ${delayMs / 1000} s`,
      );
      restarting = restart();
    });
  };

  const restart = async () => {
    while (!stopping.signal.aborted) {
      await sleep(delayMs, stopping.signal);
      delayMs = Math.min(delayMs * 2, MAX_DELAY_MS);
      if (stopping.signal.aborted) return;
      try {
        const next = await startLocalNeo4j(options);
        if (stopping.signal.aborted) return void (await next.stop());
        current = next;
        startedAt = Date.now();
        restarts++;
        logger.info({ pid: next.pid, uri: next.uri, restarts }, `the local Neo4j is running again (pid ${next.pid})`);
        watch(next);
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.error({ dataDir: options.dataDir }, `restarting the local Neo4j failed; trying again in ${delayMs / 1000} s: ${message}`);
      }
    }
  };

  watch(current);
  return {
    uri: current.uri,
    current: () => current,
    restarts: () => restarts,
    async stop() {
      stopping.abort();
      await restarting;
      await current.stop();
    },
  };
}
