/**
 * newsgraph, raw Cypher and @neo4j/graphql measured in turns (not part of `npm run bench`): on a
 * shared machine the load of other processes drifts while `npm run bench` measures one system
 * after the other, so its ratios move with it. Here each round measures the three back to back for
 * S seconds each (10 connections, a warm-up round first), and the medians over R rounds of each
 * figure and of each round's ratios are printed.
 * `node --import tsx bench/alternate.ts [N] [R] [S] [scenario,…]`
 */
import os from "node:os";
import neo4j from "neo4j-driver";
import { withIngestedNeo4j } from "./ingested.js";
import { check, measure, startServers, stopServers } from "./queries.js";
import { buildScenarios, pickEntities } from "./scenarios.js";
import { median } from "./stats.js";

const N = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 5);
const SECONDS = Number(process.argv[4] ?? 3);
const only = process.argv[5]?.split(",");

await withIngestedNeo4j(N, async (uri) => {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const scenarios = buildScenarios(await pickEntities(driver)).filter((s) => !only || only.includes(s.name));
  await driver.close();
  const { ports, child } = await startServers(uri, () => {});
  try {
    console.log(
      `${N} articles, ${ROUNDS} rounds of ${SECONDS} s each; load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}`,
    );
    for (const s of scenarios) {
      const sides = [
        ["newsgraph", ports.newsgraph, s.newsgraph],
        ["raw", ports.raw, s.raw],
        ["peer", ports.peer, s.peer],
      ] as const;
      const failed = await Promise.all(sides.map(([, port, req]) => check(port, req)));
      if (failed.some(Boolean)) {
        console.log(`${s.name}: skipped (${failed.filter(Boolean).join("; ")})`);
        continue;
      }
      const rounds: Record<string, { p50Ms: number; rps: number }>[] = [];
      for (let r = 0; r <= ROUNDS; r++) {
        const round: Record<string, { p50Ms: number; rps: number }> = {};
        for (const [name, port, req] of sides) round[name] = await measure(port, req, 10, SECONDS);
        if (r > 0) rounds.push(round); // round 0 warms up
      }
      const fig = (name: string, k: "p50Ms" | "rps") => median(rounds.map((r) => r[name]![k]));
      const ratio = (f: (r: (typeof rounds)[number]) => number) => median(rounds.map(f)).toFixed(2);
      console.log(
        `${s.name}: newsgraph p50 ${fig("newsgraph", "p50Ms")} ms ${fig("newsgraph", "rps")} rps; raw ${fig("raw", "p50Ms")} ms ${fig("raw", "rps")} rps; ` +
          `peer ${fig("peer", "p50Ms")} ms ${fig("peer", "rps")} rps; p50/raw ${ratio((r) => r.newsgraph!.p50Ms / r.raw!.p50Ms)}×, ` +
          `rps/peer ${ratio((r) => r.newsgraph!.rps / r.peer!.rps)}× (medians of ${ROUNDS} rounds)`,
      );
    }
  } finally {
    await stopServers(child);
  }
});
