import type { HopResolvers, PathResolvers, QueryConnectionArgs, SearchHitResolvers } from "../generated/graphql.js";
import { ENTITY_FIELDS } from "../graph/read/entities.js";
import { MAX_HOPS, MAX_PATHS, pathsBetween, type PathRecord } from "../graph/read/paths.js";
import type { Context } from "./context.js";
import { isRecord } from "./entity.js";
import { BadUserInputError } from "./errors.js";
import { checkFirst, schemaDefault, selectsField, type FieldInfo } from "./pagination.js";
import { entityFieldsAt } from "./projection.js";

/**
 * `Query.connection`: one query returns the paths with their entities and each hop's articles;
 * hop statements are gathered only when `hops { statements }` is selected.
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
  return ctx.db.read(pathsBetween(from, to, hops, n, { statements, entity }), ctx.stats);
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
