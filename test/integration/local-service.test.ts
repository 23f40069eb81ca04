/**
 * The service on its own local Neo4j, as `npm start` runs it (a data folder and Bolt port of this
 * test's own): it records the database it runs, `npm run ingest` in a second terminal writes
 * through that database instead of starting another, and when the JVM is killed the service logs
 * it, logs the refused connections once, restarts the database and serves again by itself.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { freePort, recordPath, type LocalNeo4jRecord } from "../../src/graph/local-neo4j.js";
import { isAlive } from "../../src/graph/processes.js";
import { createLogger } from "../../src/logger.js";
import { startService, type Service } from "../../src/server/service.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
type LogLine = { level: number; msg: string };

describe("the service's local Neo4j: found by ingest, supervised", () => {
  let dataDir: string;
  let work: string;
  let service: Service | undefined;
  let url: string;
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const record = () => JSON.parse(readFileSync(recordPath(dataDir), "utf8")) as LocalNeo4jRecord;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-local-service-"));
    work = await mkdtemp(path.join(os.tmpdir(), "newsgraph-local-service-work-"));
    const config = loadConfig({
      PORT: "0",
      NEO4J_BOLT_PORT: String(await freePort()),
      NEWSGRAPH_DATA_DIR: dataDir,
      NEWSGRAPH_SEEDS_DIR: work, // no seeds
    });
    service = await startService(config, createLogger("info", sink));
    url = `http://127.0.0.1:${service.port}`;
    await service.prepared;
  }, 240_000);
  afterAll(async () => {
    await service?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }, 120_000);

  const titles = async (): Promise<{ titles?: string[]; code?: string }> => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles(first: 10) { edges { node { title } } } }" }),
    });
    const body = (await res.json()) as {
      data?: { articles: { edges: { node: { title: string } }[] } };
      errors?: { extensions?: { code?: string } }[];
    };
    if (body.errors) return { code: String(body.errors[0]?.extensions?.code) };
    return { titles: body.data!.articles.edges.map((e) => e.node.title) };
  };

  it("records the running database in the data folder: its Bolt URI, the JVM's pid and ours", () => {
    const r = record();
    expect(r).toMatchObject({ uri: service!.neo4jUri, ownerPid: process.pid, dataDir, ready: true });
    expect(isAlive(r.pid)).toBe(true);
  });

  it("ingest in a second terminal uses that database (not a second one), and the running service serves what it wrote", async () => {
    const corpus = path.join(work, "second-terminal.jsonl");
    await writeFile(
      corpus,
      JSON.stringify({ id: "t-1", title: "Second terminal story", text: "Mira Stonebridge said the harbour would reopen." }),
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEWSGRAPH_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await freePort()),
      LOG_LEVEL: "silent",
    };
    delete env.NEO4J_URI;
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, ["--import", "tsx", "src/cli/index.ts", "ingest", corpus], { cwd: ROOT, env }, (error, _out, err) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr: err }),
      ),
    );
    expect(stderr).toContain(`ingest: using the local database already running for ${dataDir} at ${service!.neo4jUri}`);
    expect(stderr).not.toContain("starting the local database");
    expect(stderr).toMatch(/ingest summary: 1 read, 1 new/);
    expect(code).toBe(0);
    expect(await titles()).toEqual({ titles: ["Second terminal story"] });
    // the service's database is still the one recorded, untouched by the command
    expect(record().uri).toBe(service!.neo4jUri);
  });

  it("restarts a killed Neo4j by itself: logged at error level, refused connections logged once, queries succeed again", async () => {
    const killed = record().pid;
    const from = logs.length;
    process.kill(killed, "SIGKILL");
    // the kill takes effect asynchronously: wait for the supervisor to see the exit (an event, not a sleep)
    const exited = (l: { level: number; msg: string }): boolean => l.level === 50 && l.msg.includes(`(pid ${killed}) exited unexpectedly`);
    for (const until = Date.now() + 30_000; Date.now() < until && !logs.slice(from).some(exited);) {
      await new Promise((r) => setTimeout(r, 50));
    }
    // while it is down, readiness says so and a request fails cleanly; the supervisor may have it back
    // within seconds on a quiet machine, and the driver retries a read for 3 s, so the request may also
    // be answered by the restarted database: then with the right titles, never with another error
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    const during = await titles();
    if (during.code !== undefined) expect(during.code).toBe("SERVICE_UNAVAILABLE");
    else expect(during).toEqual({ titles: ["Second terminal story"] });

    let answer: { titles?: string[]; code?: string } = {};
    for (const until = Date.now() + 180_000; Date.now() < until; await new Promise((r) => setTimeout(r, 500))) {
      answer = await titles();
      if (answer.titles) break;
    }
    expect(answer).toEqual({ titles: ["Second terminal story"] });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // the database may answer a moment before the supervisor logs that it is back
    for (const until = Date.now() + 10_000; Date.now() < until && !logs.slice(from).some((l) => /running again/.test(l.msg));) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const after = logs.slice(from);
    const exitedAt = after.findIndex(
      (l) => l.level === 50 && l.msg.includes(`the local Neo4j (pid ${killed}) exited unexpectedly (signal SIGKILL)`),
    );
    const againAt = after.findIndex((l) => /the local Neo4j is running again/.test(l.msg));
    expect(exitedAt).toBeGreaterThanOrEqual(0);
    expect(againAt).toBeGreaterThan(exitedAt);
    // the killed JVM left its record, so the restart says the store is being recovered
    const recoveringAt = after.findIndex((l) => /recovering the store \(the last run did not stop cleanly\)/.test(l.msg));
    expect(recoveringAt).toBeGreaterThan(exitedAt);
    expect(recoveringAt).toBeLessThan(againAt);
    const outages = after.filter((l) =>
      /^the graph database at bolt:\/\/127\.0\.0\.1:\d+ (refused|closed|did not|cannot|is unreachable)/.test(l.msg),
    );
    expect(outages.map((l) => l.level)).toEqual([50]);
    expect(after.some((l) => /answers again/.test(l.msg))).toBe(true);
    expect(after.filter((l) => l.level >= 40 && /encryption/.test(JSON.stringify(l)))).toEqual([]);
    expect(record().pid).not.toBe(killed);
    expect(isAlive(record().pid)).toBe(true);
  }, 240_000);

  it("removes its record when the service stops", async () => {
    const jvm = record().pid;
    await service!.stop();
    service = undefined;
    expect(existsSync(recordPath(dataDir))).toBe(false);
    expect(isAlive(jvm)).toBe(false);
  }, 120_000);
});
