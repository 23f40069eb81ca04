/** Integration-test support: the real Neo4j started by test/global-setup.ts, and the app on a free port. */
import { loadConfig, type Config } from "../../src/config.js";
import { Db } from "../../src/graph/neo4j.js";
import { migrate } from "../../src/graph/migrate.js";
import { createLogger } from "../../src/logger.js";
import { buildApp, type App } from "../../src/server/app.js";
import { testNeo4jUri } from "./neo4j.js";

export function testDb(): Db {
  return Db.connect({ uri: testNeo4jUri(), user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
}

/** Empties the graph and applies the schema: each test file starts from nothing. */
export async function resetGraph(db: Db): Promise<void> {
  await db
    .write((tx) => tx.run({ cypher: "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", params: {} }))
    .catch(async () => {
      // CALL … IN TRANSACTIONS cannot run in a managed transaction; fall back to one delete
      await db.write((tx) => tx.run({ cypher: "MATCH (n) DETACH DELETE n", params: {} }));
    });
  await migrate(db);
}

export interface TestServer {
  url: string;
  db: Db;
  config: Config;
  app: App;
  close(): Promise<void>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ NEWSGRAPH_API_KEY: "test-key", LOG_LEVEL: "silent", ...env });
  const db = testDb();
  const app = await buildApp(db, config, createLogger("silent"));
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    db,
    config,
    app,
    async close() {
      await app.close();
      await db.close();
    },
    async graphql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
  };
}
