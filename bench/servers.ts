/**
 * Child process that serves the three systems under test over one database (NEO4J_URI):
 * newsgraph (buildApp, as `npm start` serves it), the raw-Cypher wrapper and @neo4j/graphql.
 * Run apart from the load generator so autocannon's CPU is not charged to the servers.
 * Prints `BENCH_SERVERS {"newsgraph":…,"raw":…,"peer":…}` when listening; exits when stdin closes.
 * BENCH_NEWSGRAPH_ONLY=true serves newsgraph alone (the load run measures its memory by itself).
 */
import neo4j from "neo4j-driver";
import { loadConfig } from "../src/config.js";
import { Db } from "../src/graph/neo4j.js";
import { createLogger } from "../src/logger.js";
import { buildApp } from "../src/server/app.js";
import { boundHeapGrowth } from "../src/server/heap.js";
import { startPeer } from "./peer-neo4j-graphql.js";
import { startRaw } from "./raw-cypher.js";

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error("bench/servers.ts: NEO4J_URI is not set");

// as src/main.ts does for `npm start`: the heap grows by half between full collections
boundHeapGrowth();
const config = loadConfig({ ...process.env, PORT: "0", NEWSGRAPH_QUERY_STATS: "false", LOG_LEVEL: "warn" });
const logger = createLogger("warn");
const db = Db.connect({ uri });
const app = await buildApp(db, config, logger);
const newsgraph = await app.listen(0);

const alone = process.env.BENCH_NEWSGRAPH_ONLY === "true";
// the same driver settings for the raw wrapper and the peer: a fair pool of connections each
const rawDriver = alone ? null : neo4j.driver(uri, undefined, { disableLosslessIntegers: true, userAgent: "bench-raw" });
const raw = rawDriver ? await startRaw(rawDriver) : null;
const peerDriver = alone ? null : neo4j.driver(uri, undefined, { userAgent: "bench-peer" });
const peer = peerDriver ? await startPeer(peerDriver) : null;

process.stdout.write(`BENCH_SERVERS ${JSON.stringify({ newsgraph, raw: raw?.port ?? 0, peer: peer?.port ?? 0, pid: process.pid })}\n`);

// BENCH_MEMORY_MS=n (bench/memory.ts): where the memory is, every n ms, as `BENCH_MEMORY {rss, heapTotal, heapUsed, external, arrayBuffers, spaces}` (bytes)
if (process.env.BENCH_MEMORY_MS) {
  const { getHeapSpaceStatistics } = await import("node:v8");
  setInterval(() => {
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
    process.stdout.write(`BENCH_MEMORY ${JSON.stringify({ ...process.memoryUsage(), spaces })}\n`);
  }, Number(process.env.BENCH_MEMORY_MS)).unref();
  // SIGUSR2 (with --expose-gc): what is still held after a full collection, as `BENCH_MEMORY_RETAINED {…}`
  process.on("SIGUSR2", () => {
    (globalThis as { gc?: () => void }).gc?.();
    process.stdout.write(`BENCH_MEMORY_RETAINED ${JSON.stringify(process.memoryUsage())}\n`);
  });
}

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await Promise.allSettled([app.close(), raw?.close(), peer?.close()]);
  await Promise.allSettled([db.close(), rawDriver?.close(), peerDriver?.close()]);
  process.exit(0);
}
process.stdin.on("end", () => void shutdown());
process.stdin.on("close", () => void shutdown());
process.stdin.resume();
process.on("SIGTERM", () => void shutdown());
