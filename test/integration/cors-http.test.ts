/** CORS over HTTP: preflights answered before Apollo, allowed origins named, CSRF prevention kept for simple requests. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/graph.js";

describe("CORS on /graphql", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const preflight = (origin: string) =>
    fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
    });

  it("answers the preflight of an allowed origin with 204 and the headers a browser needs", async () => {
    const res = await preflight("http://localhost:5173");
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(res.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(res.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(res.headers.get("vary")).toMatch(/Origin/);
  });

  it("gives a disallowed origin no Access-Control-Allow-Origin, so its browser refuses the answer", async () => {
    const res = await preflight("https://evil.example");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const post = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("names the allowed origin on the answer and exposes the request id", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin: "https://studio.apollographql.com", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://studio.apollographql.com");
    expect(res.headers.get("access-control-expose-headers")).toMatch(/x-request-id/);
  });

  it("keeps CSRF prevention: a simple text/plain POST from an allowed origin is still refused", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin: "http://localhost:5173", "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });
});
