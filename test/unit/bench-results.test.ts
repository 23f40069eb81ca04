import { describe, expect, it } from "vitest";
import { ratios } from "../../bench/queries.js";
import { goals, type Results } from "../../bench/report.js";

describe("bench goals", () => {
  const base: Results = {
    date: "2026-01-01T00:00:00Z",
    mode: "quick",
    machine: { cpus: 2, cpu: "x", memGb: 24, node: "v20" },
    extraction: null,
    ingestion: null,
    queries: [],
    queryConcurrency: 10,
    queryDurationSec: 3,
    load: null,
  };

  it("judges p50 against 2× raw Cypher and throughput against @neo4j/graphql", () => {
    const g = goals({
      ...base,
      queries: [{ name: "search", p50Ms: 3, rps: 90, rawCypherP50Ms: 1, neo4jGraphqlRps: 100, p50VsRaw: 3, rpsVsPeer: 0.9 }],
    });
    expect(g.map((x) => [x.goal, x.met])).toEqual([
      ["search: p50 ≤ 2× raw Cypher", false],
      ["search: rps ≥ @neo4j/graphql", false],
    ]);
  });

  it("counts a scenario that errored as a missed goal, not a crash", () => {
    const g = goals({ ...base, queries: [{ name: "connection", error: "Cannot query field" }] });
    expect(g).toHaveLength(1);
    expect(g[0]?.met).toBe(false);
  });

  it("does not count a scenario where no request completed as fast", () => {
    const q = {
      name: "statements-by-speaker",
      p50Ms: 0,
      rps: 0,
      rawCypherP50Ms: 277,
      rawCypherRps: 19,
      neo4jGraphqlP50Ms: 0,
      neo4jGraphqlRps: 0,
    };
    const g = goals({ ...base, queries: [{ ...q, ...ratios(q) }] });
    expect(g.map((x) => x.met)).toEqual([false, null]);
  });
});
