/**
 * GraphQL over HTTP compliance: graphql-http's server audits against the real server in production mode.
 *
 * Every MUST passes. SHOULDs left failing, and why:
 * - 572B, FDE2, 7B9B "SHOULD use 200 status code on document parsing/validation/variable coercion
 *   failure when accepting application/json": Apollo Server answers these with 400 whatever the
 *   accepted type, and the query limits (depth, cost, …) are validation errors that must be a 400.
 *   The spec allows 4xx for application/json too; these are legacy-watershed SHOULDs.
 *
 * Apollo's CSRF prevention stays on, so every audit request carries `apollo-require-preflight`, as
 * any non-browser client sending a GET must (test/integration/hardening-http.test.ts shows the
 * refusal without it). Without the header the MUST and SHOULD results are the same; only the
 * GET MAYs 5A70, D6D5 and 6A70 are refused, by CSRF prevention, as intended.
 */
import { serverAudits, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/graph.js";

const KNOWN_SHOULD_FAILURES = ["572B", "FDE2", "7B9B"];

describe("GraphQL over HTTP audit (graphql-http serverAudits), production mode", () => {
  let server: TestServer;
  const results: { id: string; name: string; status: AuditResult["status"]; reason?: string }[] = [];

  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: "production" });
    const fetchFn: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set("apollo-require-preflight", "true");
      return fetch(input, { ...init, headers });
    };
    const audits = serverAudits({ url: `${server.url}/graphql`, fetchFn });
    for (const audit of audits) {
      const result = await audit.fn();
      results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.status === "ok" ? undefined : result.reason });
    }
    const failing = results.filter((r) => r.status !== "ok");
    const counts = (level: string) => {
      const all = results.filter((r) => r.name.startsWith(level));
      return `${level}: ${all.filter((r) => r.status === "ok").length}/${all.length} pass`;
    };
    process.stderr.write(`[graphql-http audit] ${["MUST", "SHOULD", "MAY"].map(counts).join(", ")}\n`);
    for (const f of failing) process.stderr.write(`[graphql-http audit] ${f.status} ${f.id} ${f.name}: ${f.reason}\n`);
  });
  afterAll(() => server?.close());

  it("passes every MUST", () => {
    const musts = results.filter((r) => r.name.startsWith("MUST"));
    expect(musts.length).toBeGreaterThan(10);
    expect(musts.filter((r) => r.status !== "ok")).toEqual([]);
  });

  it("passes every SHOULD except the known 200-vs-400 ones", () => {
    const failing = results.filter((r) => r.name.startsWith("SHOULD") && r.status !== "ok").map((r) => r.id);
    expect(failing.sort()).toEqual([...KNOWN_SHOULD_FAILURES].sort());
  });
});
