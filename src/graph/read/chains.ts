/**
 * The shortest chains of entities between two entities, where two entities are one hop apart when
 * an article or a statement links both: found by a breadth-first search run from both ends at once,
 * a level at a time, each time from the end whose frontier has fewer links to read. The search stops
 * at the level where the two sides meet, and the chains are then read off in order of their ids, so
 * only the first `first` of them are ever put together.
 *
 * Neo4j's allShortestPaths answers the same question on the graph of entities, articles and
 * statements, but it lists every path through every article (3,324 of them for 31 chains between a
 * much-mentioned person and another) before the chains can be told apart. This search reads each
 * entity's neighbours once, from the cheaper side.
 *
 * Pure: the graph comes in through `ChainGraph`, so the search is tested against an in-memory graph
 * as well as against Neo4j.
 */

/** One entity reached by a step of the search. */
export interface ChainStep {
  id: string;
  /** the entities of the expanded frontier it is linked to */
  parents: string[];
  /** how many articles and statements link it: what expanding it would cost */
  degree: number;
}

export interface ChainGraph {
  /** the degree of each of the given entities that exists */
  degrees(ids: readonly string[]): Promise<Map<string, number>>;
  /**
   * Every entity one hop from any of `ids` (which may include entities already seen), with the ones
   * of `ids` it is linked to; or, when some of those entities are among `others`, or when `last`
   * (the search can go no further), only those among `others`.
   */
  step(ids: readonly string[], others: readonly string[], last: boolean): Promise<ChainStep[]>;
}

interface Side {
  /** hops from this side's end, for every entity reached */
  depth: Map<string, number>;
  /** for every entity reached, the ones of the level before it is linked to */
  parents: Map<string, string[]>;
  frontier: string[];
  /** the summed degree of the frontier */
  cost: number;
  reached: number;
}

function sideAt(end: string, degree: number): Side {
  return { depth: new Map([[end, 0]]), parents: new Map([[end, []]]), frontier: [end], cost: degree, reached: 0 };
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first `first` shortest chains from `from` to `to` of at most `maxHops` hops, in order of their
 * ids (compared entity by entity), each a list of entity ids from `from` to `to`. Empty when either
 * entity does not exist, when they are the same, or when no chain is short enough.
 */
export async function shortestChains(from: string, to: string, maxHops: number, first: number, graph: ChainGraph): Promise<string[][]> {
  if (from === to || first <= 0 || maxHops <= 0) return [];
  const degrees = await graph.degrees([from, to]);
  const fromDegree = degrees.get(from);
  const toDegree = degrees.get(to);
  if (fromDegree === undefined || toDegree === undefined) return [];
  const start = sideAt(from, fromDegree);
  const end = sideAt(to, toDegree);
  while (start.reached + end.reached < maxHops) {
    const side = start.cost <= end.cost ? start : end;
    const other = side === start ? end : start;
    const level = side.reached + 1;
    const frontier: string[] = [];
    const met: string[] = [];
    let cost = 0;
    const last = level + other.reached === maxHops;
    for (const { id, parents, degree } of await graph.step(side.frontier, other.frontier, last)) {
      if (side.depth.has(id)) continue;
      side.depth.set(id, level);
      side.parents.set(id, parents);
      frontier.push(id);
      cost += degree;
      if (other.depth.has(id)) met.push(id);
    }
    side.reached = level;
    side.frontier = frontier;
    side.cost = cost;
    // The two sides had reached no entity in common, so the ends are more than
    // start.reached + end.reached hops apart (before this level): every entity met now lies on
    // the other side's last level, and every shortest chain passes through one of them.
    if (met.length > 0) return chainsThrough(from, to, met, start, end, first);
    if (frontier.length === 0) return [];
  }
  return [];
}

/**
 * Reads the chains off the two searches: from `from` forwards along the start side's levels to the
 * entities where the sides met, then back along the end side's parents to `to`; at each step the
 * next entities in order of id, so the chains come out in order and the search stops after `first`.
 */
function chainsThrough(from: string, to: string, met: string[], start: Side, end: Side, first: number): string[][] {
  const meetAt = start.depth.get(met[0]!)!;
  // forward links of the start side, kept only for entities that lead to where the sides met
  const next = new Map<string, string[]>();
  let level = met;
  for (let depth = meetAt; depth > 0; depth--) {
    const before = new Set<string>();
    for (const id of level) {
      for (const parent of start.parents.get(id) ?? []) {
        const onward = next.get(parent);
        if (onward) onward.push(id);
        else next.set(parent, [id]);
        before.add(parent);
      }
    }
    level = [...before];
  }
  for (const onward of next.values()) onward.sort(byId);
  const hops = meetAt + end.depth.get(met[0]!)!;
  const chains: string[][] = [];
  const chain: string[] = [];
  const walk = (id: string): void => {
    chain.push(id);
    if (chain.length === hops + 1) {
      if (id === to) chains.push([...chain]);
    } else {
      const onward = chain.length <= meetAt ? next.get(id) : [...(end.parents.get(id) ?? [])].sort(byId);
      for (const n of onward ?? []) {
        if (chains.length >= first) break;
        walk(n);
      }
    }
    chain.pop();
  };
  walk(from);
  return chains;
}
