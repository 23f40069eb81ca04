/**
 * /explore in headless Chromium with the seeds loaded, every request outside the server's origin
 * aborted: what it lists and draws, the evidence <mark>, the filters, and scraped markup shown as text.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumAvailable, openPage, screenshot } from "../support/browser.js";
import { useSeededPages } from "../support/seeded-pages.js";

const pages = useSeededPages("explore-browser");

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await pages.server.graphql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** opens an /explore URL and waits until its first neighbourhood is drawn */
async function explore(url: string) {
  const watched = await openPage(pages.browser, pages.server.url);
  const response = await watched.page.goto(`${pages.server.url}${url}`);
  await watched.page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  return { ...watched, response };
}

interface Listed {
  id: string;
  type: string;
  text: string;
}

function listed(page: Page): Promise<Listed[]> {
  return page
    .locator("[role=list] [role=listitem]")
    .evaluateAll((items) =>
      items.map((li) => ({ id: li.getAttribute("data-id")!, type: li.getAttribute("data-type")!, text: li.textContent ?? "" })),
    );
}

/** the labels of the nodes Cytoscape.js has drawn, from the instance it keeps on its container */
function drawn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const container = document.getElementById("graph") as HTMLElement & {
      _cyreg: { cy: { nodes(): { map<T>(f: (n: { data(k: string): string; visible(): boolean }) => T): T[] } } };
    };
    return container._cyreg.cy.nodes().map((n) => (n.visible() ? n.data("label") : ""));
  });
}

describe.skipIf(!chromiumAvailable)("/explore in a real browser", () => {
  it("loads with no console errors, asks for nothing outside its origin and sends a same-origin CSP", async () => {
    const { page, external, errors, response } = await explore("/explore");
    expect(response?.status()).toBe(200);
    const csp = response?.headers()["content-security-policy"] ?? "";
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'"])
      expect(csp).toContain(directive);
    expect(await page.title()).toBe("newsgraph explorer");
    expect(await page.locator("#search").count()).toBe(1);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  it("/explore?focus=person:joe-biden lists and draws Putin, Peskov, Russia, Ukraine and NATO", async () => {
    const { page, errors, external } = await explore("/explore?focus=person:joe-biden");
    const items = await listed(page);
    const names = items.map((i) => i.text);
    const labels = await drawn(page);
    for (const [name, type] of [
      ["Vladimir Putin", "Person"],
      ["Dmitry Peskov", "Person"],
      ["Russia", "Country"],
      ["Ukraine", "Country"],
      ["NATO", "Organisation"],
    ] as const) {
      expect(
        items.some((i) => i.text.includes(name) && i.type === type && i.text.includes(type)),
        `${name} listed`,
      ).toBe(true);
      expect(
        labels.some((label) => label.includes(name)),
        `${name} drawn`,
      ).toBe(true);
    }
    // the list mirrors the drawing: one item per node drawn
    expect(names).toHaveLength(labels.length);
    expect(new URL(page.url()).searchParams.get("focus")).toBe("person:joe-biden");
    await screenshot(page, "explore");
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  it("says so, without errors, when the focus in the URL names nothing", async () => {
    const { page, errors } = await explore("/explore?focus=person:nobody-at-all");
    expect(await page.locator("#status").textContent()).toBe("Nothing has the id person:nobody-at-all.");
    expect(await page.locator("#details").textContent()).toContain("Nothing with this id");
    expect(await page.locator("[role=listitem]").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a search hit focuses its node, and the URL follows", async () => {
    const { page } = await explore("/explore");
    await page.fill("#search", "Peskov");
    await page.press("#search", "Enter");
    await page.click('#hits button[data-id="person:dmitry-peskov"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get("focus") === "person:dmitry-peskov");
    await page.waitForSelector('#details h2:text("Dmitry Peskov")');
    const items = await listed(page);
    expect(items.map((i) => i.id)).toContain("person:dmitry-peskov");
    expect(items.length).toBeGreaterThan(3);
    await page.close();
  });

  it("focusing Jen Psaki's statement about NATO members shows its evidence in a <mark>, scrolled into view", async () => {
    const { statements } = await ok<{ statements: { edges: { node: { id: string; evidence: { text: string } } }[] } }>(
      `{ statements(filter: { speaker: "Psaki", text: "NATO member" }) { edges { node { id evidence { text } } } } }`,
    );
    expect(statements.edges).toHaveLength(1);
    const { id, evidence } = statements.edges[0]!.node;
    const { page, errors } = await explore(`/explore?focus=${encodeURIComponent(id)}`);
    const mark = page.locator("#details mark");
    await mark.waitFor();
    expect(await mark.textContent()).toBe(evidence.text);
    const inView = await mark.evaluate((m) => {
      const box = m.closest(".source")!.getBoundingClientRect();
      const r = m.getBoundingClientRect();
      return r.top >= box.top && r.top < box.bottom && r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.locator("#details").textContent()).toContain("Jen Psaki");
    // the source as the article writes it, beside the speaker it resolved to
    const source = page.locator('#details .row:has(dt:text-is("source as written")) dd');
    expect(await source.textContent()).toMatch(/Psaki/);
    await screenshot(page, "explore-statement");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the outlet filter removes the other outlet's articles, and the date slider the statements out of its range", async () => {
    type Dated = { id: string; saidOn: string | null; article: { id: string; publishedOn: string | null; outlet: { name: string } } };
    const { statements } = await ok<{ statements: { edges: { node: Dated }[] } }>(
      `{ statements(first: 100) { edges { node { id saidOn article { id publishedOn outlet { name } } } } } }`,
    );
    const dateOf = new Map(statements.edges.map(({ node }) => [node.id, node.saidOn ?? node.article.publishedOn]));
    const outletOf = new Map(statements.edges.map(({ node }) => [node.article.id, node.article.outlet.name]));

    const { page } = await explore("/explore?focus=person:joe-biden");
    const before = await listed(page);
    const articles = before.filter((i) => i.type === "Article");
    expect(new Set(articles.map((a) => outletOf.get(a.id)))).toEqual(new Set(["RT", "Islam Times"]));

    await page.selectOption("#outlet", "RT");
    const rtOnly = await listed(page);
    const rtArticles = rtOnly.filter((i) => i.type === "Article");
    expect(rtArticles.length).toBeGreaterThan(0);
    expect(rtArticles.every((a) => outletOf.get(a.id) === "RT")).toBe(true);
    expect(rtOnly.some((i) => i.type === "Outlet" && i.text.includes("Islam Times"))).toBe(false);
    expect(new URL(page.url()).searchParams.get("outlet")).toBe("RT");

    await page.selectOption("#outlet", "");
    const statementsBefore = (await listed(page)).filter((i) => i.type === "Statement").map((i) => i.id);
    // one step of the "from" slider: the oldest date present is left behind
    await page.focus("#date-from");
    await page.keyboard.press("ArrowRight");
    const from = new URL(page.url()).searchParams.get("from")!;
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator("#date-from-label").textContent()).toBe(from);
    const statementsAfter = (await listed(page)).filter((i) => i.type === "Statement").map((i) => i.id);
    const expected = statementsBefore.filter((id) => (dateOf.get(id) ?? "") >= from);
    expect(expected.length).toBeLessThan(statementsBefore.length);
    expect(statementsAfter.sort()).toEqual(expected.sort());
    await page.close();
  });

  it("keyboard users move through the list with the arrow keys and expand a node with Enter", async () => {
    const { statements } = await ok<{ statements: { edges: { node: { id: string } }[] } }>(
      `{ statements(filter: { speaker: "Psaki", text: "NATO member" }) { edges { node { id } } } }`,
    );
    const { page } = await explore(`/explore?focus=${encodeURIComponent(statements.edges[0]!.node.id)}`);
    const before = (await listed(page)).map((i) => i.id);
    const first = page.locator("[role=listitem]").first();
    await first.focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(before[1]);
    // Enter on the statement's article expands it: the entities it mentions and its other statements join the drawing
    const article = (await listed(page)).find((i) => i.type === "Article")!;
    await page.locator(`[role=listitem][data-id="${article.id}"]`).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => document.querySelectorAll("[role=listitem]").length > n, before.length);
    const after = (await listed(page)).map((i) => i.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.length).toBeGreaterThan(before.length);
    expect((await drawn(page)).filter(Boolean)).toHaveLength(after.length);
    await page.close();
  });

  it("draws the path given in the URL with the articles of each hop, and exports what is on screen as JSON and GraphML", async () => {
    const { connection } = await ok<{ connection: { hops: { articles: { id: string }[] }[] }[] }>(
      `{ connection(from: "person:vladimir-putin", to: "person:sergey-lavrov", maxHops: 3) { hops { articles { id } } } }`,
    );
    const hopArticles = connection.flatMap((p) => p.hops.flatMap((h) => h.articles.map((a) => a.id)));
    expect(hopArticles.length).toBeGreaterThan(0);
    const { page } = await explore("/explore?focus=person:vladimir-putin&path=person:sergey-lavrov&types=Person,Article");
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("links"));
    const ids = (await listed(page)).map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(["person:vladimir-putin", "person:sergey-lavrov", ...hopArticles]));
    const pathEdges = await page.evaluate(
      () =>
        (document.getElementById("graph") as HTMLElement & { _cyreg: { cy: { edges(s: string): { length: number } } } })._cyreg.cy.edges(
          '[kind = "path"]',
        ).length,
    );
    expect(pathEdges).toBeGreaterThan(0);

    const [json] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
    const exported = JSON.parse(await readFile((await json.path())!, "utf8")) as {
      nodes: { id: string; type: string }[];
      edges: unknown[];
    };
    expect(exported.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect(new Set(exported.nodes.map((n) => n.type))).toEqual(new Set(["Person", "Article"]));
    const [graphml] = await Promise.all([page.waitForEvent("download"), page.click("#export-graphml")]);
    const xml = await readFile((await graphml.path())!, "utf8");
    expect(xml.match(/<node /g)).toHaveLength(ids.length);
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe("PNG");
    await page.close();
  });

  it("shows an article's <img onerror> and <script> markup as text and runs none of it", async () => {
    const markup = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
    const text = `Putin warns Biden &lt;img src=x onerror="window.__pwned=3"&gt; &lt;script&gt;window.__pwned=4&lt;/script&gt;\n\nMOSCOW, Dec 7 (Reuters) - Kremlin spokesman Dmitry Peskov said "Russia has never planned to attack anyone ${markup}", on Tuesday.`;
    const res = await pages.server.graphql<{ ingestArticle: { article: { id: string; title: string; source: string } } }>(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id title source } } }`,
      { input: { text, title: `Headline ${markup}`, outlet: "Reuters", publishedOn: "2021-12-07" } },
      { authorization: "Bearer test-key" },
    );
    expect(res.errors).toBeUndefined();
    const article = res.data!.ingestArticle.article;
    expect(article.title).toContain("<img src=x onerror=");

    const { page, errors } = await explore(`/explore?focus=${encodeURIComponent(article.id)}`);
    await page.waitForSelector("#details h2");
    expect(await page.locator("#details h2").textContent()).toBe(article.title);
    const bodyText = await page.locator("#details").textContent();
    expect(bodyText).toContain("<script>");
    expect(await page.locator("#details img, #details script, #nodes img, #nodes script").count()).toBe(0);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
