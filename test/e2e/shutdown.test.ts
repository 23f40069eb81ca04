/**
 * Graceful shutdown of the real process (`node --import tsx src/main.ts` with its own local Neo4j):
 * SIGTERM while a request is in flight (its body still arriving) → the request completes, no new
 * connections are taken, the driver closes, the local Neo4j stops, and the process exits 0.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/graph/local-neo4j.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-shutdown-"));
const seedsDir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-shutdown-seeds-"));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Sends the headers (with `Expect: 100-continue`) and, once the server has answered them with
 * 100 Continue (so it is handling this request), half the body; resolves `started` then.
 * `finish()` sends the rest and resolves with the response.
 */
function slowRequest(port: number, body: string) {
  const req = http.request({
    host: "127.0.0.1",
    port,
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), expect: "100-continue" },
  });
  const half = Math.floor(body.length / 2);
  const started = new Promise<void>((resolve, reject) => {
    req.once("continue", () => req.write(body.slice(0, half), (error) => (error ? reject(error) : resolve())));
    req.once("error", reject);
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
  });
  req.flushHeaders();
  return { started, finish: () => (req.end(body.slice(half)), response) };
}

describe("graceful shutdown", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child?.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(seedsDir, { recursive: true, force: true });
  });

  it("finishes the in-flight request on SIGTERM, stops the local Neo4j and exits 0", async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      NEO4J_BOLT_PORT: String(boltPort),
      NEWSGRAPH_DATA_DIR: dataDir,
      NEWSGRAPH_SEEDS_DIR: seedsDir,
    };
    delete env.NEO4J_URI; // the service starts its own local Neo4j
    child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));

    await waitFor("/readyz 200", 180_000, async () => ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200 ? true : undefined));
    const neo4jPid = Number(/ready at bolt:\S+ \(pid (\d+)\)/.exec(log)?.[1]);
    expect(isAlive(neo4jPid)).toBe(true);

    const inFlight = slowRequest(port, JSON.stringify({ query: '{ node(id: "article:shutdown-probe") { id } }' }));
    await inFlight.started; // the server has the request's headers and half its body
    child.kill("SIGTERM");
    await waitFor("shutdown to begin", 10_000, async () => (log.includes("shutting down") ? true : undefined));
    // no new connections while draining: a new request is refused while the in-flight one still waits for its body
    await waitFor("new connections to be refused", 10_000, () =>
      fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => undefined,
        () => true,
      ),
    );
    expect(child.exitCode).toBeNull();

    const answer = await inFlight.finish();
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { node: null } });

    expect(await exited).toBe(0);
    expect(log).toMatch(/"msg":"stopped"/);
    await waitFor("the local Neo4j to exit", 30_000, async () => (isAlive(neo4jPid) ? undefined : true));
  }, 300_000);
});
