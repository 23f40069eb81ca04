/**
 * Two builds of newsgraph measured in turns over HTTP (not part of `npm run bench`): this checkout's
 * servers (newsgraph, raw Cypher, @neo4j/graphql) and the newsgraph of the checkout in OTHER_ROOT
 * (its own bench/servers.ts, so its own code), over one database. Each round measures every side
 * for S seconds at 10 connections, back to back, so the load of other processes is shared alike;
 * round 0 warms up. Prints the medians over R rounds of each figure and of each round's ratios.
 * `OTHER_ROOT=/path/to/checkout node --import tsx bench/builds.ts [N] [R] [S] [scenario,…] [sides]`
 * (sides: a subset of this,other,raw,peer; default all four)
 */
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { listenersOn } from "../src/graph/processes.js";
import { withIngestedNeo4j } from "./ingested.js";
import { check, measure, settleNeo4j, startServers, stopServers, type Measured } from "./queries.js";
import { buildScenarios, pickEntities } from "./scenarios.js";
import { median } from "./stats.js";

const N = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 5);
const SECONDS = Number(process.argv[4] ?? 3);
const only = process.argv[5]?.split(",").filter(Boolean);
const wanted = (process.argv[6] ?? "this,other,raw,peer").split(",");
const other = process.env.OTHER_ROOT;
if (!other) throw new Error("set OTHER_ROOT to the checkout to compare with");

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

await withIngestedNeo4j(N, async (uri) => {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const scenarios = buildScenarios(await pickEntities(driver)).filter((s) => !only?.length || only.includes(s.name));
  const mine = await startServers(uri, () => {});
  const theirs = await startServers(uri, () => {}, true, [], {}, path.resolve(other, "bench/servers.ts"));
  // CPU per request of the side's server process and of Neo4j (the JVM listening on the Bolt port)
  const neo4jPid = listenersOn(Number(new URL(uri).port))[0]?.pid;
  const pidsOf = (name: string) => [name === "other" ? theirs.ports.pid : mine.ports.pid, ...(neo4jPid ? [neo4jPid] : [])];
  try {
    console.log(`${N} articles, ${ROUNDS} rounds of ${SECONDS} s per side; other = ${other}; load average ${load()}`);
    for (const s of scenarios) {
      const all = [
        ["this", mine.ports.newsgraph, s.newsgraph],
        ["other", theirs.ports.newsgraph, s.newsgraph],
        ["raw", mine.ports.raw, s.raw],
        ["peer", mine.ports.peer, s.peer],
      ] as const;
      const sides: (typeof all)[number][] = [];
      for (const side of all.filter(([name]) => wanted.includes(name))) {
        const failed = await check(side[1], side[2]);
        if (failed) console.log(`${s.name}: ${side[0]} left out (${failed})`);
        else sides.push(side);
      }
      const rounds: Record<string, Measured>[] = [];
      for (let r = 0; r <= ROUNDS; r++) {
        const round: Record<string, Measured> = {};
        for (const [name, port, req] of sides) {
          await settleNeo4j(driver); // what the side before left running (the peer's timed-out requests) ends first
          round[name] = await measure(port, req, 10, SECONDS, pidsOf(name));
        }
        if (r > 0) rounds.push(round);
      }
      const has = (name: string) => sides.some(([n]) => n === name);
      const figures = sides.map(([name]) => {
        const p50 = median(rounds.map((r) => r[name]!.p50Ms));
        const rps = median(rounds.map((r) => r[name]!.rps));
        const cpu = (i: number) => median(rounds.map((r) => r[name]!.cpuMsPerRequest?.[i] ?? NaN)).toFixed(2);
        return `${name} ${p50} ms ${rps} rps (CPU ms/request: server ${cpu(0)}, Neo4j ${cpu(1)})`;
      });
      const ratio = (label: string, a: string, b: string, k: "p50Ms" | "rps") =>
        has(a) && has(b) ? [`${label} ${median(rounds.map((r) => r[a]![k] / r[b]![k])).toFixed(2)}×`] : [];
      const ratios = [
        ...ratio("p50 this/other", "this", "other", "p50Ms"),
        ...ratio("rps this/other", "this", "other", "rps"),
        ...ratio("p50 this/raw", "this", "raw", "p50Ms"),
        ...ratio("p50 other/raw", "other", "raw", "p50Ms"),
        ...ratio("rps this/peer", "this", "peer", "rps"),
        ...ratio("rps other/peer", "other", "peer", "rps"),
      ];
      console.log(`${s.name}: ${figures.join("; ")} | ${ratios.join(", ")} (medians of ${ROUNDS} rounds; load ${load()})`);
    }
  } finally {
    await Promise.all([stopServers(mine.child), stopServers(theirs.child)]);
    await driver.close();
  }
});
