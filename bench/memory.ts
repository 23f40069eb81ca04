/**
 * What holds newsgraph's memory under load (not part of `npm run bench`): ingests N Reuters articles
 * into a throw-away Neo4j, then for each set of node flags serves newsgraph alone (bench/servers.ts)
 * and runs the bench's load (50 connections, every scenario mixed) for S seconds, printing the
 * server's resident memory idle and at its peak with V8's breakdown at that moment (heap spaces,
 * external and array buffers), and what it still holds after a full garbage collection.
 * `node --import tsx bench/memory.ts [N] [S] [flags…]`, each flag set one argument ("" for none:
 * the server's own settings, src/server/heap.ts), e.g. `bench/memory.ts 19043 30 "" "--heap-growing-percent=0"`
 * (0: V8's default growth).
 */
import os from "node:os";
import neo4j from "neo4j-driver";
import { withIngestedNeo4j } from "./ingested.js";
import { check, runLoad, startServers, stopServers } from "./queries.js";
import { buildScenarios, pickEntities } from "./scenarios.js";

const N = Number(process.argv[2] ?? 2000);
const SECONDS = Number(process.argv[3] ?? 30);
const flagSets = process.argv.length > 4 ? process.argv.slice(4) : [""];
const MB = 2 ** 20;
const mb = (n: number) => Math.round(n / MB);

interface Sample {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  spaces: Record<string, number>;
}

await withIngestedNeo4j(N, async (uri) => {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const scenarios = buildScenarios(await pickEntities(driver));
  await driver.close();
  console.log(
    `${N} articles, load ${SECONDS} s, 50 connections, ${scenarios.length} scenarios mixed; load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}`,
  );
  for (const flags of flagSets) {
    const samples: Sample[] = [];
    let retained: ((s: Sample) => void) | null = null;
    const log = (line: string) => {
      if (line.startsWith("servers: BENCH_MEMORY ")) samples.push(JSON.parse(line.slice(22)) as Sample);
      else if (line.startsWith("servers: BENCH_MEMORY_RETAINED ")) retained?.(JSON.parse(line.slice(31)) as Sample);
      else console.log(line);
    };
    const execArgv = ["--expose-gc", ...flags.split(" ").filter(Boolean)];
    const { ports, child } = await startServers(uri, log, true, execArgv, { BENCH_MEMORY_MS: "250" });
    try {
      const working = [];
      for (const s of scenarios) if (!(await check(ports.newsgraph, s.newsgraph))) working.push(s);
      const idle = samples.at(-1);
      const load = await runLoad(ports, working, SECONDS);
      const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
      // what is left once the garbage is collected: what the server holds, not what it has yet to collect
      const after = await new Promise<Sample>((resolve) => {
        retained = resolve;
        child.kill("SIGUSR2");
      });
      console.log(
        `flags "${flags}": idle rss ${idle ? mb(idle.rss) : "?"} MB; peak rss ${load.serverPeakRssMb} MB (sampled ${mb(peak.rss)}: heap ${mb(peak.heapUsed)} used of ${mb(peak.heapTotal)}, ` +
          `external ${mb(peak.external)}, array buffers ${mb(peak.arrayBuffers)}; spaces ${Object.entries(peak.spaces)
            .map(([k, v]) => `${k.replace(/_space$/, "")} ${mb(v)}`)
            .join(", ")}); after a full collection: rss ${mb(after.rss)} MB, heap ${mb(after.heapUsed)} used of ${mb(after.heapTotal)}; ` +
          `${load.requests} requests, ${load.errors} errors, p50 ${load.p50Ms} ms, ${load.rps} rps`,
      );
    } finally {
      await stopServers(child);
    }
  }
});
