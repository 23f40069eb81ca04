/** Browser-test files' shared setup: the app with the seeds loaded, and a Chromium. */
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { ingestFolder } from "../../src/ingest/ingest.js";
import { CHROMIUM, chromiumAvailable, launchChromium } from "./browser.js";
import { resetGraph, startTestServer, type TestServer } from "./graph.js";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

export interface SeededPages {
  server: TestServer;
  browser: Browser;
}

/**
 * For a browser-test file: the app on a free port with only the seed articles in the graph, and a
 * Chromium, both started before the file's tests and closed after them. Read the fields inside tests.
 */
export function useSeededPages(name: string): SeededPages {
  if (!chromiumAvailable)
    process.stderr.write(`[${name}] skipped: ${CHROMIUM} is not installed (apt-get install -y chromium); CI runs it\n`);
  const pages = {} as SeededPages;
  beforeAll(async () => {
    if (!chromiumAvailable) return;
    pages.server = await startTestServer();
    await resetGraph(pages.server.db);
    await ingestFolder(pages.server.db, SEEDS, { maxArticleBytes: 1_000_000 });
    pages.browser = await launchChromium();
  });
  afterAll(async () => {
    await pages.browser?.close();
    await pages.server?.close();
  });
  return pages;
}
