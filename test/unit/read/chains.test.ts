/**
 * The chain search (src/graph/read/chains.ts) on in-memory graphs of entities and documents, against
 * a brute-force answer: every chain of the shortest length, listed by walking all simple paths, in
 * order of ids. The Neo4j side (its Cypher, and the same answers as allShortestPaths on ingested
 * news) is in test/integration/connection-search.test.ts.
 */
import { describe, expect, it } from "vitest";
import { shortestChains, type ChainGraph, type ChainStep } from "../../../src/graph/read/chains.js";
import type { EntityRecord } from "../../../src/graph/read/entities.js";
import { hopsOf, pathsAlong, type HopRecord } from "../../../src/graph/read/paths.js";

/** docs: each document's entities; an entity is linked to another when a document has both. */
function memoryGraph(docs: readonly (readonly string[])[]) {
  const docsOf = new Map<string, number[]>();
  docs.forEach((entities, d) => {
    for (const e of new Set(entities)) docsOf.set(e, [...(docsOf.get(e) ?? []), d]);
  });
  const neighbours = (id: string) => new Set((docsOf.get(id) ?? []).flatMap((d) => docs[d]!).filter((e) => e !== id));
  const calls: { ids: string[]; last: boolean; rows: number }[] = [];
  const graph: ChainGraph = {
    degrees: async (ids) => new Map(ids.filter((id) => docsOf.has(id)).map((id) => [id, docsOf.get(id)!.length])),
    step: async (ids, others, last) => {
      const parents = new Map<string, string[]>();
      for (const id of ids) for (const n of neighbours(id)) parents.set(n, [...(parents.get(n) ?? []), id]);
      const rows: ChainStep[] = [...parents].map(([id, ps]) => ({ id, parents: ps, degree: docsOf.get(id)!.length }));
      const met = rows.filter((r) => others.includes(r.id));
      const answer = met.length > 0 || last ? met.map((r) => ({ ...r, degree: 0 })) : rows;
      calls.push({ ids: [...ids], last, rows: answer.length });
      return answer;
    },
  };
  return { graph, neighbours, calls };
}

/** Every simple path from `from` to `to` of at most `maxHops` hops, the shortest ones, in order of ids. */
function bruteForce(neighbours: (id: string) => Set<string>, from: string, to: string, maxHops: number): string[][] {
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const at = path.at(-1)!;
    if (at === to) return void found.push([...path]);
    if (path.length > maxHops) return;
    for (const n of neighbours(at)) if (!path.includes(n)) walk([...path, n]);
  };
  if (from !== to) walk([from]);
  const shortest = Math.min(...found.map((p) => p.length));
  return found
    .filter((p) => p.length === shortest)
    .map((p) => p.join("\u0000"))
    .sort()
    .map((p) => p.split("\u0000"));
}

/** A seeded random graph: `entities` entities named e00…, `docs` documents of 2–4 of them, a few hub entities in many. */
function randomDocs(seed: number, entities: number, docs: number): string[][] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const name = (i: number) => `e${String(i).padStart(2, "0")}`;
  return Array.from({ length: docs }, () => {
    const size = 2 + Math.floor(rnd() * 3);
    // a quarter of the mentions go to the first three entities, the hubs
    return Array.from({ length: size }, () => name(rnd() < 0.25 ? Math.floor(rnd() * 3) : Math.floor(rnd() * entities)));
  });
}

describe("shortestChains", () => {
  it("finds the same chains as listing every path, on random graphs with hubs, for every hop limit and page size", async () => {
    let compared = 0;
    let longest = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const docs = randomDocs(seed, 30, 22);
      const { graph, neighbours } = memoryGraph(docs);
      const ids = [...new Set(docs.flat())].sort();
      for (let i = 0; i < ids.length; i += 3) {
        for (let j = 1; j < ids.length; j += 4) {
          for (const maxHops of [1, 2, 4]) {
            for (const first of [1, 3, 50]) {
              const want = bruteForce(neighbours, ids[i]!, ids[j]!, maxHops).slice(0, first);
              expect(
                await shortestChains(ids[i]!, ids[j]!, maxHops, first, graph),
                `${ids[i]} → ${ids[j]}, ${maxHops} hops, ${first}`,
              ).toEqual(want);
              compared += 1;
              longest = Math.max(longest, want[0]?.length ?? 0);
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // the random graphs do have chains of three and four hops, not only direct links
    expect(longest).toBe(5);
  });

  it("puts the chains in order of their ids, entity by entity, and stops at `first`", async () => {
    const { graph } = memoryGraph([
      ["a", "m2"],
      ["a", "m1"],
      ["m1", "z"],
      ["m2", "z"],
      ["a", "m3"],
      ["m3", "z"],
    ]);
    expect(await shortestChains("a", "z", 3, 10, graph)).toEqual([
      ["a", "m1", "z"],
      ["a", "m2", "z"],
      ["a", "m3", "z"],
    ]);
    expect(await shortestChains("a", "z", 3, 2, graph)).toEqual([
      ["a", "m1", "z"],
      ["a", "m2", "z"],
    ]);
    expect(await shortestChains("z", "a", 3, 1, graph)).toEqual([["z", "m1", "a"]]);
  });

  it("answers nothing for an unknown entity, the same entity twice, or chains longer than the limit", async () => {
    const { graph } = memoryGraph([
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
    ]);
    expect(await shortestChains("a", "nobody", 4, 3, graph)).toEqual([]);
    expect(await shortestChains("a", "a", 4, 3, graph)).toEqual([]);
    expect(await shortestChains("a", "d", 2, 3, graph)).toEqual([]);
    expect(await shortestChains("a", "d", 3, 3, graph)).toEqual([["a", "b", "c", "d"]]);
    expect(await shortestChains("a", "d", 3, 0, graph)).toEqual([]);
  });

  it("expands the side with fewer links, and its last step asks only for where the sides meet", async () => {
    // the hub h is in every document; x and y are each in one
    const docs = [
      ["h", "x"],
      ["h", "p"],
      ["h", "q"],
      ["h", "r"],
      ["p", "y"],
    ];
    const { graph, calls } = memoryGraph(docs);
    expect(await shortestChains("h", "y", 2, 3, graph)).toEqual([["h", "p", "y"]]);
    // y (one document) goes first, then its side again (p: two documents), not the hub (four), and that step meets
    expect(calls.map((c) => c.ids)).toEqual([["y"], ["p"]]);
    expect(calls.map((c) => c.last)).toEqual([false, true]);
  });
});

describe("hopsOf and pathsAlong", () => {
  const chains = [
    ["a", "m1", "z"],
    ["a", "m1", "y"],
    ["a", "m2", "z"],
  ];
  const entity = (id: string): EntityRecord => ({ id, label: "Person", name: id, aliases: [], code: null });
  const record = (fromId: string, toId: string): HopRecord => ({
    fromId,
    toId,
    from: entity(fromId),
    to: entity(toId),
    articles: [],
    statementIds: [`${fromId}-${toId}`],
  });

  it("reads each hop once, however many chains pass through it", () => {
    expect(hopsOf(chains)).toEqual([
      ["a", "m1"],
      ["m1", "z"],
      ["m1", "y"],
      ["a", "m2"],
      ["m2", "z"],
    ]);
  });

  it("puts every chain's path together from its hops' evidence, in the chains' order", () => {
    const hops = hopsOf(chains).map(([f, t]) => record(f, t));
    const paths = pathsAlong(chains, hops.reverse());
    expect(paths.map((p) => p.entityIds)).toEqual(chains);
    expect(paths[1]!.entities.map((e) => e.id)).toEqual(["a", "m1", "y"]);
    expect(paths[1]!.hops.map((h) => h.statementIds[0])).toEqual(["a-m1", "m1-y"]);
    // a chain whose hop has no evidence (an entity gone) is left out rather than shown broken
    expect(
      pathsAlong(
        chains,
        hops.filter((h) => h.toId !== "y"),
      ).map((p) => p.entityIds),
    ).toEqual([chains[0], chains[2]]);
  });
});
