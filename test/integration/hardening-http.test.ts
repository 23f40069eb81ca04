/**
 * HTTP hardening of the real server in production mode (NODE_ENV=production) on the real Neo4j:
 * CSRF prevention, body size limit, request ids, JSON logs, error hygiene, timeouts, health.
 */
import net from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { buildApp, type App } from "../../src/server/app.js";
import { resetGraph, testDb } from "../support/graph.js";
import { testNeo4jUri } from "../support/neo4j.js";
import { Db } from "../../src/graph/neo4j.js";
import { driverErrorToClient, UNAVAILABLE_MESSAGE } from "../../src/server/errors.js";
import { freePort } from "../../src/graph/local-neo4j.js";

type Json = Record<string, unknown>;
type GraphQLBody = { data?: Json | null; errors?: { message: string; extensions?: Json }[] };

describe("HTTP hardening, production mode", () => {
  let app: App;
  let db: Db;
  let url: string;
  const logLines: Json[] = [];

  beforeAll(async () => {
    db = testDb();
    await resetGraph(db);
    const config = loadConfig({ NODE_ENV: "production", NEWSGRAPH_API_KEY: "test-key" });
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) logLines.push(JSON.parse(line) as Json);
        done();
      },
    });
    app = await buildApp(db, config, createLogger("info", sink));
    url = `http://127.0.0.1:${await app.listen(0)}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

  describe("CSRF prevention (Apollo's default stays on)", () => {
    it("refuses a simple-request GET without apollo-require-preflight", async () => {
      const res = await fetch(`${url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as GraphQLBody;
      expect(body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
      expect(body.errors?.[0]?.extensions).toEqual({ code: "BAD_REQUEST", requestId: res.headers.get("x-request-id") });
    });

    it("refuses a simple-request POST with text/plain or a form content type", async () => {
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        const res = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": type },
          body: '{"query":"{ __typename }"}',
        });
        expect(res.status, type).toBe(400);
        expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
      }
    });

    it("answers a GET with apollo-require-preflight, and a JSON POST", async () => {
      const get = await fetch(`${url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
        headers: { "apollo-require-preflight": "true" },
      });
      expect(get.status).toBe(200);
      expect(await get.json()).toEqual({ data: { __typename: "Query" } });
      const res = await post({ query: "{ __typename }" });
      expect(await res.json()).toEqual({ data: { __typename: "Query" } });
    });
  });

  describe("request bodies", () => {
    it("answers a body over 2 MB with 413 and a clear JSON error", async () => {
      const res = await post({ query: "{ __typename }", variables: { pad: "x".repeat(2 * 1024 * 1024 + 10) } });
      expect(res.status).toBe(413);
      const body = (await res.json()) as GraphQLBody;
      expect(body.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
      expect(body.errors?.[0]?.message).toMatch(/over the limit of 2097152 bytes/);
      expect(body.errors?.[0]?.extensions?.requestId).toBe(res.headers.get("x-request-id"));
    });

    it("answers malformed JSON with 400 and code BAD_REQUEST, not an HTML page", async () => {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query": "{ __typename }"',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect(((await res.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    });

    it("answers other methods, and a GET without a query, with a JSON error carrying a code", async () => {
      const put = await fetch(`${url}/graphql`, { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
      expect(put.status).toBe(405);
      expect(((await put.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
      const empty = await fetch(`${url}/graphql`, { headers: { "apollo-require-preflight": "true" } });
      expect(empty.status).toBe(400);
      expect(((await empty.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    });

    it("answers an unknown path with a JSON 404", async () => {
      const res = await fetch(`${url}/nope`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("request ids and logs", () => {
    it("gives every response an x-request-id and every error the same extensions.requestId", async () => {
      const res = await post({ query: "{ nope }" });
      const id = res.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const body = (await res.json()) as GraphQLBody;
      expect(body.errors?.[0]?.extensions?.requestId).toBe(id);
      expect((await fetch(`${url}/healthz`)).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("reuses a plain request id the client sends, and replaces one that is not plain", async () => {
      const mine = await post({ query: "{ __typename }" }, { "x-request-id": "trace-123.abc" });
      expect(mine.headers.get("x-request-id")).toBe("trace-123.abc");
      const hostile = await post({ query: "{ __typename }" }, { "x-request-id": `a"}{"level":60 ${"x".repeat(200)}` });
      expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("logs one JSON line per request with method, path, status, ms and the request id", async () => {
      const res = await post({ query: "{ __typename }" }, { "x-request-id": "log-line-check" });
      await res.text();
      await vi.waitFor(() => expect(logLines.find((l) => l.requestId === "log-line-check" && l.msg === "request")).toBeDefined());
      const line = logLines.find((l) => l.requestId === "log-line-check" && l.msg === "request")!;
      expect(line).toMatchObject({ method: "POST", path: "/graphql", status: 200, service: "newsgraph" });
      expect(typeof line.ms).toBe("number");
    });
  });

  describe("errors reaching clients", () => {
    it("carry no field suggestions in production, and always a code", async () => {
      const res = await post({ query: "{ articles(frist: 1) { totalCount edgs { cursor } } }" });
      expect(res.status).toBe(400);
      const body = (await res.json()) as GraphQLBody;
      expect(body.errors?.length).toBeGreaterThanOrEqual(2);
      for (const e of body.errors!) {
        expect(e.message).not.toMatch(/Did you mean/);
        expect(e.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
        expect(e.extensions).not.toHaveProperty("stacktrace");
      }
    });

    it("hide a real Neo4j failure (its message, Cypher, stack) behind INTERNAL_SERVER_ERROR; the log keeps it with the request id", async () => {
      // an article whose publishedOn is a list: Neo4j's toString() in the articles query fails on it
      await db.write((tx) =>
        tx.run({ cypher: "CREATE (:Article {id: 'article:corrupt', title: 'Corrupt', publishedOn: [1, 2]})", params: {} }),
      );
      try {
        const res = await post(
          { query: "{ articles(first: 1) { edges { node { title publishedOn } } } }" },
          { "x-request-id": "internal-check" },
        );
        const text = await res.text();
        expect(text).not.toMatch(/toString|LongArray|TypeError|MATCH|Neo\.|bolt:|at .*\.ts/i);
        const body = JSON.parse(text) as GraphQLBody;
        expect(body.errors?.[0]).toMatchObject({
          message: "internal error",
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "internal-check" },
        });
        expect(body.errors?.[0]?.extensions).not.toHaveProperty("stacktrace");
        await vi.waitFor(() =>
          expect(logLines.find((l) => l.requestId === "internal-check" && l.level === 50 && l.msg !== "request")).toBeDefined(),
        );
        const logged = logLines.find((l) => l.requestId === "internal-check" && l.level === 50 && l.msg !== "request");
        // the log has Neo4j's own error: its code and its message
        expect(logged).toMatchObject({ err: { code: "Neo.ClientError.Statement.TypeError" } });
        expect(JSON.stringify(logged)).toMatch(/Invalid input for function 'toString\(\)'.*LongArray\[1, 2\]/);
      } finally {
        await db.write((tx) => tx.run({ cypher: "MATCH (a:Article {id: 'article:corrupt'}) DETACH DELETE a", params: {} }));
      }
    });

    it("map the database being unreachable, for real, to SERVICE_UNAVAILABLE without the driver's text", async () => {
      // a Db pointed at a port where no Neo4j listens: the driver's real ServiceUnavailable after its retries
      const port = await freePort();
      const away = Db.connect({ uri: `bolt://127.0.0.1:${port}` });
      const awayApp = await buildApp(away, loadConfig({ NODE_ENV: "production" }), createLogger("silent"));
      try {
        const res = await fetch(`http://127.0.0.1:${await awayApp.listen(0)}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
        });
        const text = await res.text();
        expect(text).not.toMatch(new RegExp(`${port}|127\\.0\\.0\\.1|ECONNREFUSED|connect|discovery|Neo4jError`, "i"));
        const body = JSON.parse(text) as GraphQLBody;
        expect(body.data).toBeNull();
        expect(body.errors?.[0]).toMatchObject({ message: UNAVAILABLE_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE" } });
      } finally {
        await awayApp.close();
        await away.close();
      }
    });
  });

  describe("timeouts", () => {
    it("sets the HTTP request and headers timeouts", () => {
      expect(app.httpServer.requestTimeout).toBe(30_000);
      expect(app.httpServer.headersTimeout).toBe(10_000);
    });

    it("cuts off a client that never finishes sending its request (408)", async () => {
      const config = loadConfig({ NODE_ENV: "production", NEWSGRAPH_REQUEST_TIMEOUT_MS: "1000" });
      const slowApp = await buildApp(db, config, createLogger("silent"));
      const port = await slowApp.listen(0);
      try {
        const started = performance.now();
        const answer = await new Promise<string>((resolve) => {
          const socket = net.connect(port, "127.0.0.1", () => {
            socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
          });
          let text = "";
          socket.on("data", (d) => (text += d.toString()));
          socket.on("close", () => resolve(text));
        });
        expect(answer).toMatch(/^HTTP\/1\.1 408/);
        // the timeout is what answered: not before it ran out, and well within 5× of when it can fire
        // (Node checks every connectionsCheckingInterval, 500 ms here: 1–1.5 s)
        const elapsed = performance.now() - started;
        expect(elapsed).toBeGreaterThanOrEqual(900);
        expect(elapsed).toBeLessThan(10_000);
      } finally {
        await slowApp.close();
      }
    });

    it("has Neo4j abort a query that runs over the database timeout, answered as QUERY_TIMEOUT", async () => {
      const quick = Db.connect({
        uri: testNeo4jUri(),
        user: process.env.NEO4J_USER,
        password: process.env.NEO4J_PASSWORD,
        queryTimeoutMs: 300,
      });
      try {
        const slow = quick.read({ cypher: "UNWIND range(1, 200000000) AS x WITH x WHERE x % 7919 = -1 RETURN count(x) AS n", params: {} });
        const error = await slow.then(
          () => null,
          (e: unknown) => e,
        );
        expect(driverErrorToClient(error)).toMatchObject({ code: "QUERY_TIMEOUT" });
      } finally {
        await quick.close();
      }
    });
  });

  describe("health", () => {
    it("answers /healthz and /readyz with 200 while Neo4j runs", async () => {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready" });
    });
  });
});
