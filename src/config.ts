/** Environment read once at start-up, validated into a typed object (the variables README's Configuration lists). */
import path from "node:path";

export interface Config {
  port: number;
  neo4j: { uri: string; user: string; password: string } | null;
  boltPort: number;
  dataDir: string;
  apiKey: string | null;
  queryStats: boolean;
  production: boolean;
  logLevel: string;
  /** pretty (for people), json, or auto: pretty on a terminal */
  logFormat: "pretty" | "json" | "auto";
  /** the largest article text ingestArticle accepts, in bytes */
  maxArticleBytes: number;
  /** the largest page a connection returns */
  maxPageSize: number;
  seedsDir: string;
  /** the largest HTTP request body, in bytes; larger bodies get 413 */
  maxBodyBytes: number;
  /** how long a client may take to send a whole HTTP request */
  requestTimeoutMs: number;
  /** how long one database transaction may run before Neo4j aborts it */
  queryTimeoutMs: number;
  /** which browser origins may call /graphql (CORS) */
  cors: CorsOrigins;
}

/** `any`: every origin (`*`); else loopback origins (any port) when `loopback`, and the exact `origins`. */
export interface CorsOrigins {
  any: boolean;
  loopback: boolean;
  origins: string[];
}

/** Apollo Studio's hosted Explorer/Sandbox, which calls the API from the browser (Apollo's CORS docs). */
export const APOLLO_STUDIO_ORIGIN = "https://studio.apollographql.com";

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got ${JSON.stringify(raw)}`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `expected a number from ${min} to ${max}, got ${n}`);
  return n;
}

function flag(env: Env, name: string): boolean {
  const raw = (env[name] ?? "").toLowerCase();
  if (raw === "" || raw === "false" || raw === "0") return false;
  if (raw === "true" || raw === "1") return true;
  throw new ConfigError(name, `expected true or false, got ${JSON.stringify(env[name])}`);
}

function neo4jTarget(env: Env): Config["neo4j"] {
  const uri = env.NEO4J_URI;
  if (!uri) return null;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/.test(uri)) {
    throw new ConfigError("NEO4J_URI", `expected bolt://host:port or neo4j://host:port, got ${JSON.stringify(uri)}`);
  }
  return { uri, user: env.NEO4J_USER ?? "neo4j", password: env.NEO4J_PASSWORD ?? "" };
}

function logFormat(env: Env): Config["logFormat"] {
  const raw = (env.LOG_FORMAT ?? "").toLowerCase();
  if (raw === "") return "auto";
  if (raw === "pretty" || raw === "json" || raw === "auto") return raw;
  throw new ConfigError("LOG_FORMAT", `expected pretty, json or auto, got ${JSON.stringify(env.LOG_FORMAT)}`);
}

/**
 * NEWSGRAPH_CORS_ORIGINS: `*`, or a comma-separated list of origins (`https://app.example.org`) and
 * the word `loopback` (http or https on localhost, 127.0.0.1 or [::1], any port). Unset: loopback and Apollo Studio.
 */
function corsOrigins(env: Env): CorsOrigins {
  const name = "NEWSGRAPH_CORS_ORIGINS";
  const raw = (env[name] ?? "").trim();
  if (raw === "") return { any: false, loopback: true, origins: [APOLLO_STUDIO_ORIGIN] };
  if (raw === "*") return { any: true, loopback: true, origins: [] };
  const entries = raw.split(",").map((e) => e.trim());
  const origins: string[] = [];
  for (const entry of entries) {
    if (entry === "loopback") continue;
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, "")) {
      throw new ConfigError(
        name,
        `expected \`*\` or origins like https://app.example.org (scheme, host, optional port; no path) and \`loopback\`, separated by commas; got ${JSON.stringify(entry)}`,
      );
    }
    origins.push(url.origin);
  }
  return { any: false, loopback: entries.includes("loopback"), origins };
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const apiKey = env.NEWSGRAPH_API_KEY ?? "";
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    neo4j: neo4jTarget(env),
    boltPort: integer(env, "NEO4J_BOLT_PORT", 7687, 1, 65535),
    dataDir: path.resolve(cwd, env.NEWSGRAPH_DATA_DIR || ".data"),
    apiKey: apiKey === "" ? null : apiKey,
    queryStats: flag(env, "NEWSGRAPH_QUERY_STATS"),
    production: env.NODE_ENV === "production",
    logLevel: env.LOG_LEVEL || "info",
    logFormat: logFormat(env),
    maxArticleBytes: integer(env, "NEWSGRAPH_MAX_ARTICLE_BYTES", 1_000_000, 1, 100_000_000),
    maxPageSize: integer(env, "NEWSGRAPH_MAX_PAGE_SIZE", 100, 1, 10_000),
    seedsDir: path.resolve(cwd, env.NEWSGRAPH_SEEDS_DIR || "seeds"),
    maxBodyBytes: integer(env, "NEWSGRAPH_MAX_BODY_BYTES", 2 * 1024 * 1024, 1024, 100_000_000),
    requestTimeoutMs: integer(env, "NEWSGRAPH_REQUEST_TIMEOUT_MS", 30_000, 1_000, 600_000),
    queryTimeoutMs: integer(env, "NEWSGRAPH_QUERY_TIMEOUT_MS", 15_000, 100, 600_000),
    cors: corsOrigins(env),
  };
}
