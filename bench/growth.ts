/**
 * Growth in the same conditions (not part of `npm run bench`, whose growth probes are minutes apart
 * and the second right after the ingestion): two held databases of different sizes (`bench/hold.ts`),
 * the entities picked on the smaller, newsgraph measured on each in turns, R rounds of S seconds at
 * 10 connections after a warm-up round, and the medians of each p50 and of each round's ratio printed,
 * with the CPU each side's server and Neo4j spent per request.
 * `node --import tsx bench/growth.ts bolt://small bolt://large [R] [S] [scenario,…]`
 */
import os from "node:os";
import neo4j from "neo4j-driver";
import { listenersOn } from "../src/graph/processes.js";
import { check, measure, settleNeo4j, startServers, stopServers, type Measured } from "./queries.js";
import { buildScenarios, pickEntities } from "./scenarios.js";

const [small, large] = process.argv.slice(2, 4);
if (!small || !large) throw new Error("usage: bench/growth.ts bolt://small bolt://large [R] [S] [scenario,…]");
const ROUNDS = Number(process.argv[4] ?? 3);
const SECONDS = Number(process.argv[5] ?? 3);
const only = process.argv[6]?.split(",").filter(Boolean);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

const drivers = [small, large].map((uri) => neo4j.driver(uri, undefined, { disableLosslessIntegers: true }));
const scenarios = buildScenarios(await pickEntities(drivers[0]!)).filter((s) => !only?.length || only.includes(s.name));
const sides = await Promise.all([small, large].map((uri) => startServers(uri, () => {})));
const pids = [small, large].map((uri, i) => [sides[i]!.ports.pid, ...listenersOn(Number(new URL(uri).port)).map((l) => l.pid)]);
try {
  console.log(`small ${small}, large ${large}; ${ROUNDS} rounds of ${SECONDS} s; load average ${load()}`);
  for (const s of scenarios) {
    const failed = await Promise.all(sides.map((side) => check(side.ports.newsgraph, s.newsgraph)));
    if (failed.some(Boolean)) {
      console.log(`${s.name}: left out (${failed.filter(Boolean).join("; ")})`);
      continue;
    }
    const rounds: Measured[][] = [];
    for (let r = 0; r <= ROUNDS; r++) {
      const round: Measured[] = [];
      for (const [i, side] of sides.entries()) {
        await settleNeo4j(drivers[i]!);
        round.push(await measure(side.ports.newsgraph, s.newsgraph, 10, SECONDS, pids[i]));
      }
      if (r > 0) rounds.push(round); // round 0 warms up
    }
    const fig = (i: number) => {
      const cpu = (k: number) => median(rounds.map((r) => r[i]!.cpuMsPerRequest?.[k] ?? NaN)).toFixed(2);
      return `p50 ${median(rounds.map((r) => r[i]!.p50Ms))} ms (CPU ms/request: server ${cpu(0)}, Neo4j ${cpu(1)})`;
    };
    const ratio = median(rounds.map((r) => r[1]!.p50Ms / r[0]!.p50Ms)).toFixed(2);
    console.log(`${s.name}: small ${fig(0)}; large ${fig(1)} | p50 large/small ${ratio}× (medians of ${ROUNDS} rounds; load ${load()})`);
  }
} finally {
  await Promise.all(sides.map((side) => stopServers(side.child)));
  await Promise.all(drivers.map((d) => d.close()));
}
