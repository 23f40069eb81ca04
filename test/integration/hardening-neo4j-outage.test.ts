/**
 * Neo4j trouble, for real: a Neo4j of this test's own (free port, temp folder; not the shared one)
 * is absent at start-up, then started, then stopped under load, then started again. The service
 * (startService, as `npm start` runs it) stays up throughout, fails fast and clearly while the
 * database is away, and resumes by itself.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ensureLocalNeo4jInstalled, freePort, startLocalNeo4j, type LocalNeo4j } from "../../src/graph/local-neo4j.js";
import { createLogger } from "../../src/logger.js";
import { startService, type Service } from "../../src/server/service.js";

type Answer = { status: number; codes: string[]; ok: boolean; ms: number };

/** A query that reads the database (the article loader), whatever the graph holds. */
const QUERY = '{ node(id: "article:outage-probe") { id } }';

describe("Neo4j down, back, and stopped under load", () => {
  let dataDir: string;
  let emptySeeds: string;
  let boltPort: number;
  let neo4j: LocalNeo4j | undefined;
  let service: Service;
  let url: string;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  /** What the service logged as errors (bugs: an error it could not explain), shown when a check fails. */
  const loggedErrors: string[] = [];

  beforeAll(async () => {
    process.on("unhandledRejection", onRejection);
    await ensureLocalNeo4jInstalled();
    dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-outage-neo4j-"));
    emptySeeds = await mkdtemp(path.join(os.tmpdir(), "newsgraph-outage-seeds-"));
    boltPort = await freePort();
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: "0", NEWSGRAPH_SEEDS_DIR: emptySeeds });
    service = await startService(config, createLogger("error", { write: (line: string) => void loggedErrors.push(line) }));
    url = `http://127.0.0.1:${service.port}`;
  });
  afterAll(async () => {
    process.off("unhandledRejection", onRejection);
    await service?.stop();
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(emptySeeds, { recursive: true, force: true });
  });

  async function ask(): Promise<Answer> {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return {
      status: res.status,
      codes: (body.errors ?? []).map((e) => String(e.extensions?.code)),
      ok: !body.errors,
      ms: performance.now() - started,
    };
  }

  async function readyz(): Promise<{ status: number; ms: number }> {
    const started = performance.now();
    const res = await fetch(`${url}/readyz`);
    await res.text();
    return { status: res.status, ms: performance.now() - started };
  }

  async function untilServing(ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if ((await readyz()).status === 200 && (await ask()).ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`service did not resume within ${ms} ms`);
  }

  it("starts while Neo4j is down: stays up, /readyz 503 fast, queries fail within seconds with SERVICE_UNAVAILABLE", async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await readyz();
    expect(ready.status).toBe(503);
    // it answers rather than hangs: /readyz gives up after its own 1 s, so 5 s is 5× the most it takes
    expect(ready.ms).toBeLessThan(5_000);
    const answer = await ask();
    expect(answer.codes).toEqual(["SERVICE_UNAVAILABLE"]);
    // the driver retries for 3 s (maxTransactionRetryTime) before giving up: 15 s is 5× that
    expect(answer.ms).toBeLessThan(15_000);
  });

  it("resumes without a restart when Neo4j comes up", async () => {
    neo4j = await startLocalNeo4j({ dataDir, boltPort });
    await untilServing(30_000);
    await service.prepared;
  });

  it("survives Neo4j stopping under load: only SERVICE_UNAVAILABLE errors, no crash, no unhandled rejection; then recovers", async () => {
    const answers: Answer[] = [];
    const failures: unknown[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        try {
          answers.push(await ask());
        } catch (error) {
          failures.push(error); // the HTTP request itself failed: the server dropped it
        }
      }
    };
    const workers = Array.from({ length: 20 }, worker);
    // under way: at least 40 answers (and a second) before Neo4j goes
    await new Promise((r) => setTimeout(r, 1_000));
    for (const until = Date.now() + 60_000; answers.length < 40 && Date.now() < until;) await new Promise((r) => setTimeout(r, 100));
    const before = answers.length;
    await neo4j!.stop();
    // load goes on until 20 requests have been answered with the database gone
    const stopped = answers.length;
    for (const until = Date.now() + 120_000; answers.length < stopped + 20 && Date.now() < until;)
      await new Promise((r) => setTimeout(r, 100));
    running = false;
    await Promise.all(workers);

    expect(failures).toEqual([]);
    expect(before).toBeGreaterThanOrEqual(40);
    expect(answers.length).toBeGreaterThanOrEqual(stopped + 20);
    expect(answers.slice(0, before).every((a) => a.ok)).toBe(true);
    const codes = new Set(answers.flatMap((a) => a.codes));
    expect([...codes], loggedErrors.join("\n")).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await readyz()).status).toBe(503);

    neo4j = await startLocalNeo4j({ dataDir, boltPort });
    await untilServing(30_000);
    expect(rejections).toEqual([]);
  });
});
