/**
 * /readyz on a first start: the service (startService, as `npm start` runs it) on an empty graph
 * answers 503 while it creates the schema and loads the seeds, and 200 only once the seed articles
 * are all there, so a client that waits for readiness never sees an empty graph.
 */
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import type { Db } from "../../src/graph/neo4j.js";
import { createLogger } from "../../src/logger.js";
import { startService, type Service } from "../../src/server/service.js";
import { resetGraph, testDb } from "../support/graph.js";
import { testNeo4jUri } from "../support/neo4j.js";

describe("readiness on a first start", () => {
  let db: Db;
  let service: Service | undefined;
  const events: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
        const msg = String((JSON.parse(line) as { msg?: unknown }).msg);
        if (/loaded the seed articles/.test(msg)) events.push("seeded");
      }
      done();
    },
  });

  beforeAll(async () => {
    db = testDb();
    await resetGraph(db);
    // an empty graph with no constraints either, as on a first start
    for (const row of await db.read({ cypher: "SHOW CONSTRAINTS YIELD name", params: {} })) {
      await db.schema(`DROP CONSTRAINT \`${String(row.name)}\``);
    }
  });
  afterAll(async () => {
    await service?.stop();
    await db?.close();
  });

  it("answers /readyz 503 until constraints and every seed article are in place, then 200", async () => {
    const config = loadConfig({ NEO4J_URI: testNeo4jUri(), PORT: "0", LOG_LEVEL: "info" });
    service = await startService(config, createLogger("info", sink));
    const url = `http://127.0.0.1:${service.port}`;
    const statuses: { status: number; body: string }[] = [];
    for (const until = Date.now() + 120_000; Date.now() < until;) {
      const res = await fetch(`${url}/readyz`);
      statuses.push({ status: res.status, body: await res.text() });
      if (res.status === 200) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    events.push("ready");
    // ready came after the seeds were loaded, and at that moment the graph holds them all
    expect(events).toEqual(["seeded", "ready"]);
    const rows = await db.read({ cypher: "MATCH (a:Article) RETURN count(a) AS n", params: {} });
    expect(rows).toEqual([{ n: 2 }]);
    const constraints = await db.read({ cypher: "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n", params: {} });
    expect(Number(constraints[0]?.n)).toBeGreaterThan(0);
    expect(statuses.at(-1)?.status).toBe(200);
    expect(statuses[0]).toEqual({ status: 503, body: JSON.stringify({ status: "preparing the graph (constraints, indexes, seeds)" }) });
    expect(service.isPrepared()).toBe(true);
  });
});
