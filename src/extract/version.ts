/**
 * The extractor's name and version, stored with every article: re-ingest re-extracts the articles
 * another version extracted. The version is the release below plus a fingerprint of the rules
 * (every code and data file of src/extract), computed when the module loads, so a change to the
 * rules cannot ship under the old name. Bump RELEASE for a change worth naming.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const RELEASE = "0.11.0";
/** Hex digits of the fingerprint kept: enough that two rule sets never share one. */
const FINGERPRINT_LENGTH = 12;

const root = fileURLToPath(new URL(".", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(?:ts|json)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** sha256 over the rules' files (path and text, line ends as LF), in path order. */
export function rulesFingerprint(dir = root): string {
  const hash = createHash("sha256");
  for (const file of files(dir)
    .map((f) => relative(dir, f).split("\\").join("/"))
    .sort()) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(join(dir, file), "utf8").replace(/\r\n/g, "\n"));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, FINGERPRINT_LENGTH);
}

export const EXTRACTOR = `newsgraph-extract@${RELEASE}+${rulesFingerprint()}`;
