import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile, copyFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/graph/neo4j.js";
import { resetGraph, testDb } from "../support/graph.js";
import { testNeo4jUri } from "../support/neo4j.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/index.ts", "ingest", ...args],
      { cwd: ROOT, env: { ...process.env, NEO4J_URI: testNeo4jUri(), LOG_LEVEL: "silent" }, maxBuffer: 10_000_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const line = (id: string, text: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, date: "1987-03-02", title: `Title ${id}`, text, ...extra });

describe("npm run ingest -- PATH... against the real Neo4j", () => {
  let db: Db;
  let dir: string;

  beforeAll(async () => {
    db = testDb();
    await resetGraph(db);
    dir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-ingest-cli-"));
    await mkdir(path.join(dir, "folder/nested"), { recursive: true });
    await copyFile(path.join(ROOT, "seeds/000_691b2acb9da4b58d.txt"), path.join(dir, "folder/seed.txt"));
    await writeFile(
      path.join(dir, "folder/nested/story.html"),
      "<html><body><p>Ada Quillfeather, the Norland minister, said talks with Freedonia would resume.</p></body></html>",
    );
    await writeFile(path.join(dir, "folder/nested/ignored.json"), "{}");
    await writeFile(
      path.join(dir, "corpus.jsonl"),
      [
        line("c-1", "Bo Tannery said the Harbour Council would meet in Norland on Monday."),
        line("c-2", "Freedonia's central bank raised rates, Governor Ada Quillfeather said."),
        "{not json",
        line("c-3", "   "),
        "",
        line("c-4", "Norland and Freedonia signed a trade pact, officials said."),
      ].join("\n"),
    );
    await writeFile(
      path.join(dir, "more.jsonl.gz"),
      gzipSync([line("g-1", "Tannery said exports rose in March."), line("g-2", "Quillfeather resigned on Friday.")].join("\n")),
    );
  });
  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("ingests files, folders, .jsonl and .jsonl.gz; names file and line of each error; summarises; exits non-zero on errors", async () => {
    const { code, stderr } = await runCli([
      "--concurrency",
      "3",
      "--outlet",
      "Reuters",
      path.join(dir, "folder"),
      path.join(dir, "corpus.jsonl"),
      path.join(dir, "more.jsonl.gz"),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${path.join(dir, "corpus.jsonl")}:3: not valid JSON`);
    expect(stderr).toMatch(new RegExp(`corpus\\.jsonl:4 \\(c-3\\): text is empty`));
    expect(stderr).toMatch(/ingest summary: 9 read, 7 new, 0 re-extracted, 0 skipped \(already ingested\), 2 errors/);
    expect(stderr).toMatch(/errors by reason: (invalid JSON line: 1, empty text: 1|empty text: 1, invalid JSON line: 1)/);
    expect(stderr).toMatch(/graph now: 7 articles/);
    expect(stderr).toMatch(/articles\/s/);
    const rows = await db.read({
      cypher: "MATCH (a:Article)-[:PUBLISHED_BY]->(o:Outlet) RETURN o.name AS outlet, count(a) AS n",
      params: {},
    });
    expect(rows).toEqual(expect.arrayContaining([{ outlet: "Reuters", n: 5 }]));
    const dated = await db.read({ cypher: "MATCH (a:Article {title: 'Title c-1'}) RETURN toString(a.publishedOn) AS d", params: {} });
    expect(dated).toEqual([{ d: "1987-03-02" }]);
  });

  it("skips what is already ingested, so an interrupted run resumes where it stopped", async () => {
    await writeFile(
      path.join(dir, "resume.jsonl"),
      [line("c-1", "Bo Tannery said the Harbour Council would meet in Norland on Monday."), line("r-1", "A new story about Norland.")].join(
        "\n",
      ),
    );
    const { code, stderr } = await runCli([path.join(dir, "resume.jsonl")]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/ingest summary: 2 read, 1 new, 0 re-extracted, 1 skipped \(already ingested\), 0 errors/);
    expect(stderr).toMatch(/errors by reason: none/);
  });

  it("fails with a message naming a path that does not exist", async () => {
    const { code, stderr } = await runCli([path.join(dir, "missing.jsonl")]);
    expect(code).toBe(1);
    expect(stderr).toContain("missing.jsonl");
  });
});
