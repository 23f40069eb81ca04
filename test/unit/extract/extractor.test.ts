import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXTRACTOR } from "../../../src/extract/index.js";
import { rulesFingerprint } from "../../../src/extract/version.js";

const rules = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../src/extract");

describe("EXTRACTOR", () => {
  it("names the release and a fingerprint of the rules' code and data", () => {
    expect(EXTRACTOR).toMatch(/^newsgraph-extract@\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(EXTRACTOR.endsWith(`+${rulesFingerprint(rules)}`)).toBe(true);
  });

  it("changes when any rule file changes, code or data, so a re-ingest re-extracts", () => {
    const copy = mkdtempSync(join(tmpdir(), "newsgraph-rules-"));
    try {
      cpSync(rules, copy, { recursive: true });
      const before = rulesFingerprint(copy);
      expect(rulesFingerprint(copy)).toBe(before);
      appendFileSync(join(copy, "lexicon/data/titles.json"), " ");
      const afterData = rulesFingerprint(copy);
      expect(afterData).not.toBe(before);
      appendFileSync(join(copy, "recognise/classify.ts"), "\n");
      expect(rulesFingerprint(copy)).not.toBe(afterData);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
