import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runExtract } from "../../../src/cli/extract.js";
import { surnameDirectory } from "../../../src/extract/index.js";

const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
const a = join(dir, "a.txt");
const b = join(dir, "b.txt");
writeFileSync(a, "Ostrander said the harbour would reopen. Critics disagreed.\n");
writeFileSync(b, "Harbour master Quentin Ostrander said on Monday that repairs were finished.\n");

async function run(files: string[]): Promise<Map<string, string>> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    expect(await runExtract(files, {})).toBe(0);
  } finally {
    spy.mockRestore();
  }
  return new Map(lines.map((l) => JSON.parse(l) as { source: string }).map((x) => [x.source, JSON.stringify(x)]));
}

describe("runExtract", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives every file the same output whatever the order of the files", async () => {
    const forward = await run([a, b]);
    const backward = await run([b, a]);
    expect(backward.get(a)).toBe(forward.get(a));
    expect(backward.get(b)).toBe(forward.get(b));
  });

  it("resolves a bare surname to the full name another file gives", async () => {
    const out = JSON.parse((await run([a, b])).get(a) ?? "{}") as { entities: { name: string }[] };
    expect(out.entities.map((e) => e.name)).toContain("Quentin Ostrander");
  });
});

describe("surnameDirectory", () => {
  it("keeps only surnames that belong to one full name", () => {
    const d = surnameDirectory(["Jane Smith", "John Smith", "Ada Okafor", "Ada Okafor"]);
    expect([...d]).toEqual([["Okafor", "Ada Okafor"]]);
  });
});
