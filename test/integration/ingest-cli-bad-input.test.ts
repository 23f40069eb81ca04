/**
 * `npm run ingest` on a folder of bad input, as an operator meets it: a truncated .jsonl.gz, a
 * latin-1 file, a file in an encoding that is not evident, files of unknown type, and a path that
 * does not exist beside the folder. Every good article is ingested, the summary names every bad
 * file, the exit status is non-zero, and nothing prints a stack trace.
 */
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { constants, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/graph/neo4j.js";
import { resetGraph, testDb } from "../support/graph.js";
import { testNeo4jUri } from "../support/neo4j.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

function runIngest(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/index.ts", "ingest", ...args],
      { cwd: ROOT, env: { ...process.env, NEO4J_URI: testNeo4jUri(), LOG_LEVEL: "silent", ...env }, maxBuffer: 10_000_000 },
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
    );
  });
}

/** No stack frames, no Node's crash banner. */
function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(stderr).not.toMatch(/Node\.js v\d+/);
}

describe("npm run ingest on bad input", () => {
  let db: Db;
  let dir: string;
  let gzLinesWhole: number;

  beforeAll(async () => {
    db = testDb();
    await resetGraph(db);
    dir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-bad-input-"));
    const folder = path.join(dir, "folder");
    await mkdir(folder);
    await writeFile(path.join(folder, "good.txt"), "Ada Quillfeather, the Norland minister, said talks with Freedonia would resume.");
    // windows-1252: é, ’ and “ ” as single bytes
    await writeFile(
      path.join(folder, "latin1.txt"),
      Buffer.from("Le ministre Bo Tannery a d\xe9clar\xe9 \x93nous continuerons\x94 \xe0 Gen\xe8ve, l\x92\xe9t\xe9 dernier.", "latin1"),
    );
    // windows-1251 Cyrillic: not evidently latin-1
    await writeFile(
      path.join(folder, "cyrillic.txt"),
      Buffer.from([0xcf, 0xf0, 0xe5, 0xe7, 0xe8, 0xe4, 0xe5, 0xed, 0xf2, 0x20, 0xf1, 0xea, 0xe0, 0xe7, 0xe0, 0xeb]),
    );
    await writeFile(path.join(folder, "notes.pdf"), "%PDF-1.4");
    await writeFile(path.join(folder, "data.json"), "{}");
    const records = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({
        id: `gz-${i}`,
        title: `Story ${i}`,
        text: `Report ${i}: Mira Stonebridge said exports of item ${i * 7919} rose ${i}%.`,
      }),
    );
    const gz = gzipSync(records.join("\n"));
    const truncated = gz.subarray(0, Math.floor(gz.length * 0.6));
    await writeFile(path.join(folder, "corpus.jsonl.gz"), truncated);
    // the lines a reader can get whole out of the truncated file
    const readable = gunzipSync(truncated, { finishFlush: constants.Z_SYNC_FLUSH }).toString("utf8");
    gzLinesWhole = readable.split("\n").length - 1;
  });
  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("ingests every good article, names every bad file in the summary, and exits non-zero", async () => {
    const missing = path.join(dir, "missing.jsonl");
    const folder = path.join(dir, "folder");
    const { code, stderr } = await runIngest([missing, folder]);
    expectNoStackTrace(stderr);
    expect(code).toBe(1);
    expect(gzLinesWhole).toBeGreaterThan(5);
    expect(gzLinesWhole).toBeLessThan(40);
    const created = 2 + gzLinesWhole;
    expect(stderr).toMatch(new RegExp(`ingest summary: \\d+ read, ${created} new,`));
    expect(stderr).toContain(`${missing}: no such file or folder`);
    expect(stderr).toContain(
      `${path.join(folder, "corpus.jsonl.gz")}:${gzLinesWhole + 1}: truncated gzip: the file ends inside line ${gzLinesWhole + 1}; the ${gzLinesWhole} lines before it were read`,
    );
    expect(stderr).toMatch(
      /cyrillic\.txt: not valid UTF-8 \(byte 0xcf at offset 0\) and not evidently latin-1\/windows-1252; convert it to UTF-8/,
    );
    const summary = stderr.slice(stderr.indexOf("ingest summary:"));
    expect(summary).toContain(
      `files with errors (3): ${missing} (path not found: 1), ${path.join(folder, "corpus.jsonl.gz")} (truncated gzip: 1), ${path.join(folder, "cyrillic.txt")} (unknown encoding: 1)`,
    );
    expect(summary).toContain(
      `skipped, of unknown type (ingest reads .txt, .text, .html, .htm, .jsonl, .jsonl.gz) (2): ${path.join(folder, "data.json")}, ${path.join(folder, "notes.pdf")}`,
    );
    expect(summary).toMatch(/not UTF-8, decoded as windows-1252 .*\(1\): .*latin1\.txt/);

    const rows = await db.read({ cypher: "MATCH (a:Article) RETURN count(a) AS n", params: {} });
    expect(rows).toEqual([{ n: created }]);
    const decoded = await db.read({ cypher: "MATCH (a:Article) WHERE a.body CONTAINS 'Genève' RETURN a.body AS body", params: {} });
    expect(String(decoded[0]?.body)).toContain("déclaré “nous continuerons” à Genève, l’été");
  });

  it("refuses a folder with nothing it can read, naming what it skipped, with a non-zero exit", async () => {
    const only = path.join(dir, "only-unknown");
    await mkdir(only);
    await writeFile(path.join(only, "a.csv"), "x,y");
    const { code, stderr } = await runIngest([only]);
    expectNoStackTrace(stderr);
    expect(code).toBe(1);
    expect(stderr).toContain(`nothing to ingest in ${only}: no article or corpus files`);
    expect(stderr).toContain(`skipped, of unknown type (1): ${path.join(only, "a.csv")}`);
  });

  it("says what it is doing from the first second, and explains a local database it cannot start without a stack trace", async () => {
    const dataDir = path.join(dir, "data-on-a-file");
    await writeFile(dataDir, "not a folder");
    const env = { NEO4J_URI: "", NEWSGRAPH_DATA_DIR: dataDir };
    const { code, stderr } = await runIngest([path.join(dir, "folder", "good.txt")], env);
    expectNoStackTrace(stderr);
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^ingest: starting the local database \\(data in ${dataDir}`));
    expect(lines.at(-1)).toMatch(/^ingest failed: .*data-on-a-file/);
  });
});
