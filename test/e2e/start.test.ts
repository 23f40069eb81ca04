/** `npm start` as a newcomer runs it: local Neo4j, seeds, GraphQL; Ctrl-C leaves nothing behind; data is reused. */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/graph/local-neo4j.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-start-"));

function javaProcessesUsing(dir: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", dir], { encoding: "utf8" }).split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

async function startService(port: number, boltPort: number): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEO4J_BOLT_PORT: String(boltPort), NEWSGRAPH_DATA_DIR: dataDir };
  delete env.NEO4J_URI;
  const child = spawn("npm", ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return { child, output: () => out };
}

async function articleTitles(port: number, deadlineMs: number): Promise<string[]> {
  const until = Date.now() + deadlineMs;
  let last = "";
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ articles(first: 10) { totalCount edges { node { title publishedOn } } } }" }),
      });
      const body = (await res.json()) as { data?: { articles: { totalCount: number; edges: { node: { title: string } }[] } } };
      if (body.data && body.data.articles.totalCount >= 2) return body.data.articles.edges.map((e) => e.node.title);
      last = JSON.stringify(body);
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`service did not serve the seeds in time: ${last}`);
}

async function interrupt(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  process.kill(-child.pid!, "SIGINT"); // Ctrl-C reaches the whole process group
  return exited;
}

describe("npm start", () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("serves the seed articles, stops cleanly on Ctrl-C, and reuses its data on the next start", async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const first = await startService(port, boltPort);
    try {
      const titles = await articleTitles(port, 150_000);
      expect(titles).toContain("White House reveals what Biden wants to discuss with Putin");
      // the articles can be served a moment before seeding finishes and says so
      await waitUntil(() => /loaded the seed articles/.test(first.output()), 30_000);
      expect(first.output()).toMatch(/loaded the seed articles/);
    } finally {
      await interrupt(first.child);
    }
    await waitUntil(() => javaProcessesUsing(dataDir).length === 0, 30_000);
    expect(javaProcessesUsing(dataDir)).toEqual([]);

    const second = await startService(port, boltPort);
    try {
      const titles = await articleTitles(port, 150_000);
      expect(titles).toHaveLength(2);
      // the start-up says when it has found the graph not empty; only then is "no seeding" a fact
      await waitUntil(() => /seeds skipped/.test(second.output()), 60_000);
      expect(second.output()).toMatch(/graph holds articles already: seeds skipped/);
      expect(second.output()).not.toMatch(/loaded the seed articles/);
    } finally {
      await interrupt(second.child);
    }
    await waitUntil(() => javaProcessesUsing(dataDir).length === 0, 30_000);
    expect(javaProcessesUsing(dataDir)).toEqual([]);
  }, 400_000);
});

async function waitUntil(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && !check()) await new Promise((r) => setTimeout(r, 500));
}
