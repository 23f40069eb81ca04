import type { HopResolvers, PathResolvers, QueryConnectionArgs, SearchHitResolvers } from "../generated/graphql.js";
import { ENTITY_FIELDS } from "../graph/read/entities.js";
import { shortestChains } from "../graph/read/chains.js";
import { chainDegrees, chainStep, hopEvidence, hopsOf, MAX_HOPS, MAX_PATHS, pathsAlong, type PathRecord } from "../graph/read/paths.js";
import type { Context } from "./context.js";
import { isRecord } from "./entity.js";
import { BadUserInputError } from "./errors.js";
import { checkFirst, schemaDefault, selectsField, type FieldInfo } from "./pagination.js";
import { entityFieldsAt } from "./projection.js";

/**
 * `Query.connection`: in one read transaction, the chain search (chains.ts) finds the shortest
 * chains of entities a step at a time, then one query reads each of their hops once, with its
 * ends and articles; hop statements are gathered only when `hops { statements }` is selected.
 */
export async function connectionPaths(
  { from, to, maxHops, first }: QueryConnectionArgs,
  ctx: Context,
  info: FieldInfo,
): Promise<PathRecord[]> {
  const hops = maxHops ?? schemaDefault(info, "maxHops");
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS)
    throw new BadUserInputError(`maxHops must be 1 to ${MAX_HOPS}, got ${hops}`, "maxHops");
  const n = checkFirst(first, info, MAX_PATHS);
  if (n === 0 || from === to) return [];
  const statements = selectsField(info, ["hops", "statements"]);
  // the path's entities and the hops' ends are the same records: read with the fields either selects
  const selected = new Set([["entities"], ["hops", "from"], ["hops", "to"]].flatMap((at) => entityFieldsAt(info, at)));
  const entity = ENTITY_FIELDS.filter((f) => selected.has(f));
  return ctx.db.readTx(async (tx) => {
    const chains = await shortestChains(from, to, hops, n, {
      degrees: async (ids) => new Map((await tx.run(chainDegrees(ids))).map((r) => [r.id, r.degree])),
      step: (ids, others, last) => tx.run(chainStep(ids, others, last)),
    });
    return chains.length === 0 ? [] : pathsAlong(chains, await tx.run(hopEvidence(hopsOf(chains), { statements, entity })));
  }, ctx.stats);
}

export const Path: PathResolvers = {
  length: (p) => p.hops.length,
  entities: (p) => p.entities,
  hops: (p) => p.hops,
};

export const Hop: HopResolvers = {
  from: (h) => h.from,
  to: (h) => h.to,
  articles: (h) => h.articles,
  statements: async (h, _args, ctx) => (await ctx.loaders.statement.loadMany(h.statementIds)).filter(isRecord),
};

export const SearchHit: SearchHitResolvers = {};
