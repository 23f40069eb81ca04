/** `newsgraph ingest PATH...`: text files and folders into the graph, one transaction per article. */
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { loadConfig } from "../config.js";
import { Db } from "../graph/neo4j.js";
import { migrate } from "../graph/migrate.js";
import { ensureLocalNeo4jInstalled, startLocalNeo4j, type LocalNeo4j } from "../graph/local-neo4j.js";
import { ingestArticle } from "../ingest/ingest.js";

async function listFiles(p: string): Promise<string[]> {
  const s = await stat(p);
  if (!s.isDirectory()) return [p];
  const names = (await readdir(p)).sort();
  const nested = await Promise.all(names.map((n) => listFiles(path.join(p, n))));
  return nested.flat().filter((f) => f.endsWith(".txt"));
}

export async function runIngest(paths: string[], _opts: { concurrency: number }): Promise<number> {
  const config = loadConfig();
  let local: LocalNeo4j | null = null;
  if (!config.neo4j) {
    await ensureLocalNeo4jInstalled();
    local = await startLocalNeo4j({ dataDir: config.dataDir, boltPort: config.boltPort });
  }
  const db = Db.connect(config.neo4j ?? { uri: local!.uri });
  let failures = 0;
  let created = 0;
  try {
    await migrate(db);
    const files = (await Promise.all(paths.map(listFiles))).flat();
    for (const file of files) {
      try {
        const text = await readFile(file, "utf8");
        if ((await ingestArticle(db, { text }, { maxArticleBytes: config.maxArticleBytes, source: file })).created) created++;
      } catch (error) {
        failures++;
        process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    process.stderr.write(`ingested ${files.length - failures} of ${files.length} files (${created} new), ${failures} errors\n`);
  } finally {
    await db.close();
    await local?.stop();
  }
  return failures > 0 ? 1 : 0;
}
