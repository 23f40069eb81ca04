/**
 * The local (embedded) Neo4j, for real: a JVM per test, each on its own free port.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureLocalNeo4jInstalled, freePort, startLocalNeo4j, type LocalNeo4j } from "../../src/graph/local-neo4j.js";
import { testNeo4jUri } from "../support/neo4j.js";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MODULE_URL = pathToFileURL(path.join(REPO_ROOT, "src/graph/local-neo4j.ts")).href;

/** True while the process exists and is not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no procfs: trust kill(0)
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !isAlive(pid);
}

async function query<T>(uri: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

describe("local Neo4j", () => {
  const tempDirs: string[] = [];
  const started: LocalNeo4j[] = [];

  const tempDir = async (): Promise<string> => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-local-neo4j-test-"));
    tempDirs.push(dir);
    return dir;
  };
  const start = async (dataDir: string): Promise<LocalNeo4j> => {
    const db = await startLocalNeo4j({ dataDir, boltPort: await freePort() });
    started.push(db);
    return db;
  };

  beforeAll(async () => {
    await ensureLocalNeo4jInstalled();
  }, 600_000);

  afterAll(async () => {
    await Promise.all(started.map((db) => db.stop()));
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }, 120_000);

  it("the database of the test run (global setup) answers Cypher", async () => {
    const rows = await query<{ x: number }>(testNeo4jUri(), "RETURN 1 AS x");
    expect(rows).toEqual([{ x: 1 }]);
  });

  it("starts and answers a Cypher query", async () => {
    const db = await start(await tempDir());
    expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(db.pid).toBeGreaterThan(0);
    const rows = await query<{ x: number }>(db.uri, "RETURN 1 AS x");
    expect(rows).toEqual([{ x: 1 }]);
    await db.stop();
  }, 180_000);

  it("keeps data across a restart on the same data folder", async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir);
    await query(first.uri, "CREATE (:Probe {name: $name})", { name: "persisted" });
    await first.stop();

    const second = await start(dataDir);
    expect(second.uri).not.toBe(first.uri);
    const rows = await query<{ name: string }>(second.uri, "MATCH (p:Probe) RETURN p.name AS name");
    expect(rows).toEqual([{ name: "persisted" }]);
    await second.stop();
  }, 240_000);

  it("stop() leaves no process behind and can be called twice", async () => {
    const db = await start(await tempDir());
    await Promise.all([db.stop(), db.stop()]);
    await db.stop();
    expect(() => process.kill(db.pid, 0)).toThrow();
  }, 180_000);

  it("refuses a Bolt port that is in use, naming the port and NEO4J_BOLT_PORT", async () => {
    const db = await start(await tempDir());
    const port = Number(new URL(db.uri).port);
    await expect(startLocalNeo4j({ dataDir: await tempDir(), boltPort: port })).rejects.toThrow(new RegExp(`${port}.*NEO4J_BOLT_PORT`));
    await db.stop();
  }, 180_000);

  it("leaves no JVM behind when the Node parent is killed with SIGKILL", async () => {
    const dir = await tempDir();
    const script = path.join(dir, "parent.mts");
    await writeFile(
      script,
      [
        `import { startLocalNeo4j } from ${JSON.stringify(MODULE_URL)};`,
        `const db = await startLocalNeo4j({ dataDir: ${JSON.stringify(path.join(dir, "db"))}, boltPort: ${await freePort()} });`,
        `console.log('JVM_PID ' + db.pid);`,
        `setInterval(() => {}, 1000);`,
        "",
      ].join("\n"),
    );
    const parent = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const jvmPid = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`parent did not report the JVM pid:\n${output}`)), 150_000);
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        const m = /JVM_PID (\d+)/.exec(output);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      };
      parent.stdout.on("data", onData);
      parent.stderr.on("data", onData);
      parent.on("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`parent exited early (code ${String(code)}):\n${output}`));
      });
    });
    expect(isAlive(jvmPid)).toBe(true);

    const parentExited = new Promise<void>((r) => parent.once("exit", () => r()));
    parent.kill("SIGKILL");
    await parentExited;
    try {
      expect(await waitUntilGone(jvmPid, 30_000)).toBe(true);
    } finally {
      if (isAlive(jvmPid)) process.kill(jvmPid, "SIGKILL");
    }
  }, 240_000);
});
