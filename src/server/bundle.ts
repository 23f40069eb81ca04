/**
 * The browser pages' code and styles, bundled from src/web and npm packages with esbuild, in memory,
 * once per process, on the first request that needs them. Nothing is written to disk.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export interface Asset {
  contents: Uint8Array;
  type: string;
}

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../web");
const resolve = createRequire(import.meta.url).resolve;

/** entry name → source file; each bundles to /assets/<name>.js (and <name>.css when it imports CSS) */
export const ENTRIES = {
  explore: path.join(WEB, "explore/main.ts"),
  graphiql: path.join(WEB, "graphiql/main.ts"),
  "graphiql-page": path.join(WEB, "graphiql/page.css"),
  // Monaco's web workers (src/web/graphiql/workers.ts)
  "editor.worker": resolve("monaco-editor/esm/vs/editor/editor.worker.js"),
  "json.worker": resolve("monaco-editor/esm/vs/language/json/json.worker.js"),
  "graphql.worker": resolve("monaco-graphql/esm/graphql.worker.js"),
} as const;

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

let bundled: Promise<Map<string, Asset>> | null = null;

async function bundleAll(): Promise<Map<string, Asset>> {
  const result = await build({
    entryPoints: ENTRIES,
    bundle: true,
    format: "esm",
    splitting: false,
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "linked",
    write: false,
    outdir: "/assets",
    assetNames: "[name]-[hash]",
    loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file", ".graphql": "text" },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    assets.set(name, { contents: file.contents, type: TYPES[path.extname(name)] ?? "text/plain; charset=utf-8" });
  }
  return assets;
}

/** the bundled assets by file name; a failed build is retried on the next call */
export function assets(): Promise<Map<string, Asset>> {
  bundled ??= bundleAll().catch((error: unknown) => {
    bundled = null;
    throw error;
  });
  return bundled;
}
