/** What every resolver gets: the database, per-request loaders and query statistics, who is calling. */
import type { Config } from "../config.js";
import type { Db, QueryStats } from "../graph/neo4j.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface Context {
  db: Db;
  config: Config;
  loaders: Loaders;
  stats: QueryStats;
  /** true when the request carried the right API key */
  canWrite: boolean;
  requestId: string;
}

export function createContext(db: Db, config: Config, canWrite: boolean, requestId: string): Context {
  const stats: QueryStats = { cypherQueries: 0, dbMs: 0 };
  return { db, config, stats, canWrite, requestId, loaders: createLoaders(db, stats) };
}
