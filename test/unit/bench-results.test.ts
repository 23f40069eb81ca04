import { describe, expect, it } from "vitest";
import { ratios } from "../../bench/queries.js";
import { goals, type Results } from "../../bench/report.js";
import { median } from "../../bench/stats.js";

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

  it("judges p50 against 1.5× raw Cypher and throughput against 1.2× @neo4j/graphql's (issue 14's targets)", () => {
    const g = goals({
      ...base,
      queries: [{ name: "search", p50Ms: 3, rps: 90, rawCypherP50Ms: 1, neo4jGraphqlRps: 100, p50VsRaw: 3, rpsVsPeer: 0.9 }],
    });
    expect(g.map((x) => [x.goal, x.met])).toEqual([
      ["search: p50 ≤ 1.5× raw Cypher", false],
      ["search: rps ≥ 1.2× @neo4j/graphql", false],
    ]);
    const close = goals({
      ...base,
      queries: [{ name: "search", p50Ms: 1.4, rps: 115, rawCypherP50Ms: 1, neo4jGraphqlRps: 100, p50VsRaw: 1.4, rpsVsPeer: 1.15 }],
    });
    expect(close.map((x) => x.met)).toEqual([true, false]);
  });

  it("judges growth of the paged scenarios, and only reports the ones whose work grows by nature", () => {
    const probe = (articles: number, p50Ms: Record<string, number>) => ({ articles, picks: {} as never, p50Ms });
    const g = goals({
      ...base,
      growth: [
        probe(2000, { "person-profile": 10, "statements-by-speaker": 10, search: 10 }),
        probe(19043, { "person-profile": 14, "statements-by-speaker": 16, search: 40 }),
      ],
    });
    expect(g.map((x) => [x.goal, x.met])).toEqual([
      ["person-profile: p50 at 19043 articles ≤ 1.5× its p50 at 2000", true],
      ["statements-by-speaker: p50 at 19043 articles ≤ 1.5× its p50 at 2000", false],
      ["search: p50 at 19043 articles ≤ 1.5× its p50 at 2000", null],
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

describe("median", () => {
  it("is the middle value, the mean of the two middle ones for an even count, NaN for none", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
