/**
 * vitest globalSetup: when NEO4J_URI is unset, starts the local Neo4j (see
 * src/graph/local-neo4j.ts) on a free port with a fresh temporary data folder, and stops it
 * (and deletes the folder) after the run.
 *
 * Tests get the URI with `testNeo4jUri()` from test/support/neo4j.ts (vitest `provide`/
 * `inject`); process.env.NEO4J_URI is set as well, and the workers inherit it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureLocalNeo4jInstalled, freePort, startLocalNeo4j } from "../src/graph/local-neo4j.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const existing = process.env.NEO4J_URI;
  if (existing) {
    project.provide("neo4jUri", existing);
    return undefined;
  }
  const log = (msg: string): void => {
    process.stderr.write(`[global-setup] ${msg}\n`);
  };
  await ensureLocalNeo4jInstalled({ log });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-test-neo4j-"));
  try {
    const neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), log });
    process.env.NEO4J_URI = neo4j.uri;
    project.provide("neo4jUri", neo4j.uri);
    return async () => {
      await neo4j.stop();
      delete process.env.NEO4J_URI;
      await rm(dataDir, { recursive: true, force: true });
    };
  } catch (err) {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}
