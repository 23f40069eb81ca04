/**
 * Query speed over HTTP at fixed concurrency (autocannon, in this process) against newsgraph,
 * the raw-Cypher wrapper and @neo4j/graphql, all served by one child process (bench/servers.ts)
 * over the ingested database; then a mixed load scenario against newsgraph alone.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { buildScenarios, pickEntities, type Picks, type Request, type Scenario } from "./scenarios.js";
import { median, procCpuMs, round, rssSampler } from "./stats.js";

type Target = "newsgraph" | "raw" | "peer";
type Ports = Record<Target, number> & { pid: number };

export interface Measured {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  errors: number;
  /** with `pids`: CPU ms per request of each */
  cpuMsPerRequest?: number[];
}

export interface QueryResult {
  name: string;
  what?: string;
  p50Ms?: number;
  p99Ms?: number;
  rps?: number;
  rawCypherP50Ms?: number;
  rawCypherRps?: number;
  rawCypherP99Ms?: number;
  neo4jGraphqlP50Ms?: number;
  neo4jGraphqlRps?: number;
  neo4jGraphqlP99Ms?: number;
  /** newsgraph p50 ÷ raw p50 (goal ≤ 2) */
  p50VsRaw?: number;
  /** newsgraph rps ÷ @neo4j/graphql rps (goal ≥ 1) */
  rpsVsPeer?: number;
  /** failed requests during the measurement (socket errors, timeouts, non-2xx) */
  errors?: number;
  rawCypherErrors?: number;
  neo4jGraphqlErrors?: number;
  error?: string;
  peerError?: string;
  rawError?: string;
}

export interface LoadResult {
  connections: number;
  durationSec: number;
  requests: number;
  errors: number;
  graphqlErrors: number;
  non2xx: number;
  timeouts: number;
  p50Ms: number;
  p99Ms: number;
  rps: number;
  serverPeakRssMb: number | null;
}

export interface QueriesOutput {
  connections: number;
  durationSec: number;
  picks: Picks;
  scenarios: QueryResult[];
  load: LoadResult | null;
}

const SERVERS = fileURLToPath(new URL("./servers.ts", import.meta.url));
const HEADERS = { "content-type": "application/json", accept: "application/json" };

/**
 * Starts bench/servers.ts (newsgraph alone with `newsgraphOnly`), with `execArgv` given to node and `env` added to its
 * environment; `script` is another checkout's bench/servers.ts (bench/builds.ts), run from that checkout.
 */
export async function startServers(
  uri: string,
  log: (s: string) => void,
  newsgraphOnly = false,
  execArgv: readonly string[] = [],
  env: Record<string, string> = {},
  script = SERVERS,
): Promise<{ ports: Ports; child: ChildProcess }> {
  // BENCH_CPU_PROF_DIR=dir: the servers write a V8 CPU profile there when they exit (open it in Chrome DevTools)
  const prof = process.env.BENCH_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...prof, "--import", "tsx", ...execArgv, script], {
    cwd: path.dirname(path.dirname(script)),
    env: {
      ...process.env,
      ...env,
      NEO4J_URI: uri,
      NEWSGRAPH_QUERY_STATS: "false",
      LOG_LEVEL: "warn",
      BENCH_NEWSGRAPH_ONLY: String(newsgraphOnly),
    },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const ports = await new Promise<Ports>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`bench/servers.ts exited with code ${String(code)} before listening`)));
    lines.on("line", (line) => {
      if (line.startsWith("BENCH_SERVERS ")) resolve(JSON.parse(line.slice(14)) as Ports);
      else log(`servers: ${line}`);
    });
  });
  return { ports, child };
}

/** One request, to check that it answers with data and no errors before it is measured. */
export async function check(port: number, req: Request): Promise<string | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${req.path}`, { method: "POST", headers: HEADERS, body: req.body });
    const text = await res.text();
    const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[]; error?: string };
    if (body.errors?.length)
      return body.errors
        .map((e) => e.message)
        .join("; ")
        .slice(0, 300);
    if (body.error) return body.error.slice(0, 300);
    if (!res.ok) return `HTTP ${res.status}: ${text.slice(0, 200)}`;
    if (body.data == null) return "no data";
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * autocannon at `connections` for `duration` s after a warm-up of a quarter of that; with `pids`, also the CPU time
 * each of those processes spent per request in the measured part (/proc: load-independent, unlike the clock).
 */
export async function measure(port: number, req: Request, connections: number, duration: number, pids: number[] = []): Promise<Measured> {
  const opts = { url: `http://127.0.0.1:${port}${req.path}`, method: "POST", headers: HEADERS, body: req.body, connections };
  await autocannon({ ...opts, duration: Math.max(1, Math.round(duration / 4)) }); // warm-up: JIT, plan cache, page cache
  const cpu0 = await Promise.all(pids.map(procCpuMs));
  const r = await autocannon({ ...opts, duration });
  const cpu1 = await Promise.all(pids.map(procCpuMs));
  return {
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    rps: round(r.requests.average, 1),
    errors: r.errors + r.timeouts + r.non2xx,
    cpuMsPerRequest: pids.map((_, i) => round(((cpu1[i] ?? NaN) - (cpu0[i] ?? NaN)) / Math.max(1, r.requests.total), 3)),
  };
}

/** The transactions running in the database other than the ones asking: their ids and how long they have run. */
async function runningTransactions(driver: Driver): Promise<{ id: string; elapsedMs: number }[]> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, currentQuery, elapsedTime WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId, elapsedTime.milliseconds AS ms",
    {},
    { routing: "READ" },
  );
  return records.map((r) => ({ id: String(r.get("transactionId")), elapsedMs: Number(r.get("ms")) }));
}

/**
 * Waits until the database runs no transaction but this one's, at most `waitMs`, then terminates
 * what is left: the requests a measurement timed out at the client (autocannon's 10 s) go on in
 * Neo4j, and would otherwise take CPU from the next measurement (@neo4j/graphql's statement
 * queries run for minutes, and newsgraph is measured right after the peer of the scenario before).
 * Returns how many it terminated.
 */
export async function settleNeo4j(driver: Driver, waitMs = 5_000): Promise<number> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const running = await runningTransactions(driver);
    if (!running.length) return 0;
    if (Date.now() >= deadline) {
      await driver.executeQuery("TERMINATE TRANSACTIONS $ids", { ids: running.map((t) => t.id) });
      // terminated transactions end at their next check of the guard: wait for them to be gone
      for (let i = 0; i < 50 && (await runningTransactions(driver)).length; i++) await sleep(100);
      return running.length;
    }
    await sleep(100);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runScenario(
  s: Scenario,
  ports: Ports,
  connections: number,
  duration: number,
  log: (s: string) => void,
  driver: Driver,
): Promise<QueryResult> {
  const result: QueryResult = { name: s.name, what: s.what };
  const settle = async (before: string) => {
    const n = await settleNeo4j(driver);
    if (n) log(`queries: ${s.name}: ${n} transactions still running in Neo4j before ${before} terminated`);
  };
  await settle("the checks");
  const ngError = await check(ports.newsgraph, s.newsgraph);
  const rawError = await check(ports.raw, s.raw);
  const peerError = await check(ports.peer, s.peer);
  if (ngError) result.error = ngError;
  if (rawError) result.rawError = rawError;
  if (peerError) result.peerError = peerError;
  if (!ngError) {
    await settle("newsgraph");
    const m = await measure(ports.newsgraph, s.newsgraph, connections, duration);
    Object.assign(result, { p50Ms: m.p50Ms, p99Ms: m.p99Ms, rps: m.rps, errors: m.errors });
  }
  if (!rawError) {
    await settle("raw Cypher");
    const m = await measure(ports.raw, s.raw, connections, duration);
    Object.assign(result, { rawCypherP50Ms: m.p50Ms, rawCypherP99Ms: m.p99Ms, rawCypherRps: m.rps, rawCypherErrors: m.errors });
  }
  if (!peerError) {
    await settle("@neo4j/graphql");
    const m = await measure(ports.peer, s.peer, connections, duration);
    Object.assign(result, { neo4jGraphqlP50Ms: m.p50Ms, neo4jGraphqlP99Ms: m.p99Ms, neo4jGraphqlRps: m.rps, neo4jGraphqlErrors: m.errors });
  }
  Object.assign(result, ratios(result));
  log(
    `queries: ${s.name}: newsgraph ${result.error ? `ERROR ${result.error}` : `p50 ${result.p50Ms} ms, ${result.rps} rps`}; ` +
      `raw ${rawError ? `ERROR ${rawError}` : `p50 ${result.rawCypherP50Ms} ms, ${result.rawCypherRps} rps`}; ` +
      `@neo4j/graphql ${peerError ? `ERROR ${peerError}` : `p50 ${result.neo4jGraphqlP50Ms} ms, ${result.neo4jGraphqlRps} rps`}`,
  );
  return result;
}

/** Mixed queries against newsgraph at high concurrency: every scenario that works, in turn on each connection. */
export async function runLoad(ports: Ports, scenarios: Scenario[], duration: number): Promise<LoadResult> {
  let graphqlErrors = 0;
  const rss = rssSampler(250, ports.pid);
  const r = await autocannon({
    url: `http://127.0.0.1:${ports.newsgraph}`,
    connections: 50,
    duration,
    timeout: 30,
    requests: scenarios.map((s) => ({
      method: "POST",
      path: s.newsgraph.path,
      headers: HEADERS,
      body: s.newsgraph.body,
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors":')) graphqlErrors++;
      },
    })),
  });
  const mem = await rss.stop();
  return {
    connections: 50,
    durationSec: duration,
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx + graphqlErrors,
    graphqlErrors,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    rps: round(r.requests.average, 1),
    serverPeakRssMb: mem.otherPeakRssMb,
  };
}

/** How many times a growth probe measures each scenario (its figure is their median). */
const PROBE_ROUNDS = 3;

/** Each scenario's newsgraph p50 at the graph's size now: the growth figures compare two of these, with the same picks. */
export interface GrowthProbe {
  articles: number;
  picks: Picks;
  p50Ms: Record<string, number>;
}

export async function probeNewsgraph(
  driver: Driver,
  uri: string,
  opts: { articles: number; picks?: Picks; connections: number; duration: number; log: (s: string) => void; only?: string[] },
): Promise<GrowthProbe> {
  const picks = opts.picks ?? (await pickEntities(driver));
  const scenarios = buildScenarios(picks).filter((s) => !opts.only?.length || opts.only.includes(s.name));
  const { ports, child } = await startServers(uri, opts.log);
  try {
    // rounds over the scenarios in turn, each after Neo4j is idle, and the median of a scenario's p50s: one
    // measurement right after a bulk write reads what the write left running as much as the scenario
    const rounds: Record<string, number[]> = {};
    for (let round = 0; round < PROBE_ROUNDS; round++) {
      for (const s of scenarios) {
        if (round === 0 && (await check(ports.newsgraph, s.newsgraph))) continue;
        if (round > 0 && !rounds[s.name]) continue;
        await settleNeo4j(driver);
        (rounds[s.name] ??= []).push((await measure(ports.newsgraph, s.newsgraph, opts.connections, opts.duration)).p50Ms);
      }
    }
    const p50Ms: Record<string, number> = {};
    for (const [name, values] of Object.entries(rounds)) p50Ms[name] = median(values);
    opts.log(`growth probe at ${opts.articles} articles: ${JSON.stringify(p50Ms)} (median of ${JSON.stringify(rounds)})`);
    return { articles: opts.articles, picks, p50Ms };
  } finally {
    await stopServers(child);
  }
}

export async function stopServers(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function runQueries(
  driver: Driver,
  uri: string,
  opts: { quick: boolean; connections: number; log: (s: string) => void; only?: string[] },
): Promise<QueriesOutput> {
  const duration = opts.quick ? 3 : 10;
  const picks = await pickEntities(driver);
  opts.log(`queries: picked ${JSON.stringify(picks)}`);
  const scenarios = buildScenarios(picks).filter((s) => !opts.only?.length || opts.only.includes(s.name));
  const { ports, child } = await startServers(uri, opts.log);
  try {
    const results: QueryResult[] = [];
    for (const s of scenarios) results.push(await runScenario(s, ports, opts.connections, duration, opts.log, driver));
    await settleNeo4j(driver);
    const working = scenarios.filter((s) => !results.find((r) => r.name === s.name)?.error);
    await stopServers(child);
    if (!working.length) return { connections: opts.connections, durationSec: duration, picks, scenarios: results, load: null };
    // newsgraph alone in its own process, so its resident memory is its own
    opts.log(`queries: load, 50 connections, ${opts.quick ? 10 : 30} s, ${working.length} scenarios mixed, newsgraph alone`);
    const alone = await startServers(uri, opts.log, true);
    try {
      const load = await runLoad(alone.ports, working, opts.quick ? 10 : 30);
      return { connections: opts.connections, durationSec: duration, picks, scenarios: results, load };
    } finally {
      await stopServers(alone.child);
    }
  } finally {
    await stopServers(child);
  }
}

/** newsgraph against the limit and the peer; a side that completed no request has no figure to compare. */
export function ratios(q: QueryResult): Pick<QueryResult, "p50VsRaw" | "rpsVsPeer"> {
  const out: Pick<QueryResult, "p50VsRaw" | "rpsVsPeer"> = {};
  if (q.rps && q.neo4jGraphqlRps) out.rpsVsPeer = round(q.rps / q.neo4jGraphqlRps);
  if (q.rps && q.p50Ms !== undefined && q.rawCypherRps && q.rawCypherP50Ms) out.p50VsRaw = round(q.p50Ms / q.rawCypherP50Ms);
  return out;
}
