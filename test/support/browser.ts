/**
 * Browser-test support: Debian's headless Chromium through playwright-core, each page with every
 * request outside the server's origin aborted and recorded, and its console errors kept.
 * In CI (.ci/run installs chromium) the tests run; elsewhere they are skipped when it is absent.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const chromiumAvailable = existsSync(CHROMIUM) || Boolean(process.env.CI);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

export interface WatchedPage {
  page: Page;
  /** URLs the page asked for outside the server's origin (all aborted) */
  external: string[];
  /** console errors and uncaught exceptions */
  errors: string[];
}

export async function openPage(browser: Browser, origin: string, viewport = { width: 1400, height: 900 }): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport });
  const external: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    external.push(url);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, external, errors };
}

const SHOTS = process.env.NEWSGRAPH_SCREENSHOTS;

/** with NEWSGRAPH_SCREENSHOTS=docs the tests save what they see as the README's screenshots */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  const dir = path.resolve(import.meta.dirname, "../..", SHOTS);
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}
