/**
 * Browser apps on other origins, in headless Chromium: a page served from another loopback port
 * queries the API (the default NEWSGRAPH_CORS_ORIGINS lets loopback origins in), and a page whose
 * origin a configured list does not name is refused by the browser (no Access-Control-Allow-Origin).
 * Every request outside the two loopback servers is aborted.
 */
import { existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/graph.js";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!available) process.stderr.write(`[cors-browser] skipped: ${CHROMIUM} is not installed (apt-get install -y chromium); CI runs it\n`);

/** A page of another app: nothing but an HTML shell, from its own origin. */
function startPageServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>app</title>"),
  );
  return new Promise((resolve) =>
    // no host: dual-stack, so both 127.0.0.1 and localhost (::1) reach it
    server.listen(0, () =>
      resolve({ port: (server.address() as AddressInfo).port, close: () => new Promise((done) => server.close(() => done())) }),
    ),
  );
}

interface Outcome {
  ok: boolean;
  status?: number;
  body?: unknown;
  error?: string;
}

/** Runs a GraphQL query with fetch from a page at `pageUrl` against `api`, as a browser app does. */
async function queryFrom(browser: Browser, pageUrl: string, api: string, loopbackPorts: number[]): Promise<Outcome> {
  const page: Page = await browser.newPage();
  try {
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) && loopbackPorts.includes(Number(url.port));
      return loopback ? route.continue() : route.abort();
    });
    await page.goto(pageUrl, { waitUntil: "domcontentloaded" });
    return await page.evaluate(async (endpoint) => {
      try {
        const res = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
        });
        return { ok: true, status: res.status, body: (await res.json()) as unknown };
      } catch (e) {
        return { ok: false, error: String(e) };
      }
    }, `${api}/graphql`);
  } finally {
    await page.close();
  }
}

describe.skipIf(!available)("CORS in a real browser", () => {
  let defaults: TestServer;
  let listed: TestServer;
  let pages: { port: number; close(): Promise<void> };
  let browser: Browser;
  const ports = () => [pages.port, Number(new URL(defaults.url).port), Number(new URL(listed.url).port)];

  beforeAll(async () => {
    pages = await startPageServer();
    defaults = await startTestServer();
    listed = await startTestServer({ NEWSGRAPH_CORS_ORIGINS: `http://localhost:${pages.port}` });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await defaults?.close();
    await listed?.close();
    await pages?.close();
  });

  it("lets a page on another loopback origin query the API by default", async () => {
    const outcome = await queryFrom(browser, `http://127.0.0.1:${pages.port}/`, defaults.url, ports());
    expect(outcome).toMatchObject({ ok: true, status: 200, body: { data: { articles: { totalCount: expect.any(Number) } } } });
  });

  it("refuses a page whose origin NEWSGRAPH_CORS_ORIGINS does not list, and lets the listed one in", async () => {
    const refused = await queryFrom(browser, `http://127.0.0.1:${pages.port}/`, listed.url, ports());
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/Failed to fetch/);
    const listedOrigin = await queryFrom(browser, `http://localhost:${pages.port}/`, listed.url, ports());
    expect(listedOrigin).toMatchObject({ ok: true, status: 200 });
  });
});
