/**
 * `newsgraph ingest PATH...`: files, folders and JSON Lines corpora into the graph, one transaction
 * per article, a few in parallel; progress on stderr, a summary at the end, non-zero exit on errors.
 */
import cliProgress from "cli-progress";
import { loadConfig } from "../config.js";
import { Db } from "../graph/neo4j.js";
import { migrate } from "../graph/migrate.js";
import { ensureLocalNeo4jInstalled, startLocalNeo4j, type LocalNeo4j } from "../graph/local-neo4j.js";
import { ingestItems, type IngestSummary } from "../ingest/batch.js";
import { countArticles, listSources, readSources } from "../ingest/sources.js";

export interface IngestCliOptions {
  concurrency: number;
  batchSize?: number;
  outlet?: string;
}

export async function runIngest(paths: string[], opts: IngestCliOptions): Promise<number> {
  const config = loadConfig();
  const say = (line: string) => process.stderr.write(`${line}\n`);
  for (const [name, value] of [
    ["--concurrency", opts.concurrency],
    ["--batch-size", opts.batchSize ?? 200],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 1000) {
      say(`ingest: ${name} must be a whole number from 1 to 1000, got ${value}`);
      return 1;
    }
  }
  let files: string[];
  try {
    files = await listSources(paths);
  } catch (error) {
    say(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const total = await countArticles(files);

  let local: LocalNeo4j | null = null;
  if (!config.neo4j) {
    await ensureLocalNeo4jInstalled();
    local = await startLocalNeo4j({ dataDir: config.dataDir, boltPort: config.boltPort });
  }
  // bulk writes on a busy machine may wait on locks of hot entities longer than an API request should
  const db = Db.connect({ ...(config.neo4j ?? { uri: local!.uri }), queryTimeoutMs: 120_000 });
  const tty = process.stderr.isTTY === true;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "ingest [{bar}] {value}/{total} | {rate} articles/s | ETA {eta_formatted} | new {created} skipped {skipped} errors {failed}",
      noTTYOutput: !tty,
      notTTYSchedule: 5000,
      etaBuffer: 200,
      hideCursor: tty,
    },
    cliProgress.Presets.shades_classic,
  );
  try {
    await migrate(db);
    bar.start(total, 0, { rate: "0", created: 0, skipped: 0, failed: 0 });
    const summary = await ingestItems(db, readSources(files, { outlet: opts.outlet }), {
      maxArticleBytes: config.maxArticleBytes,
      concurrency: opts.concurrency,
      batchSize: opts.batchSize ?? 200,
      onArticle: (s) => {
        const done = s.created + s.reextracted + s.skipped + s.failed;
        bar.update(done, {
          rate: (done / Math.max(s.elapsedMs / 1000, 0.001)).toFixed(1),
          created: s.created,
          skipped: s.skipped,
          failed: s.failed,
        });
      },
      onError: (where, message) => {
        if (tty) process.stderr.write("\r\x1b[K");
        say(`${where}: ${message}`);
      },
    });
    bar.stop();
    const totals = await db.read({
      cypher:
        "CALL () { MATCH (a:Article) RETURN count(a) AS articles } CALL () { MATCH (e:Entity) RETURN count(e) AS entities } CALL () { MATCH (s:Statement) RETURN count(s) AS statements } RETURN articles, entities, statements",
      params: {},
    });
    say(formatSummary(summary, totals[0] ?? {}));
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    bar.stop();
    say(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.close();
    await local?.stop();
  }
}

export function formatSummary(s: IngestSummary, graph: Record<string, unknown>): string {
  const seconds = s.elapsedMs / 1000;
  const processed = s.created + s.reextracted + s.skipped + s.failed;
  const errors = Object.entries(s.errors)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason}: ${n}`)
    .join(", ");
  return [
    `ingest summary: ${s.read} read, ${s.created} new, ${s.reextracted} re-extracted, ${s.skipped} skipped (already ingested), ${s.failed} errors`,
    `  written: ${s.entities} entity mentions, ${s.statements} statements`,
    `  graph now: ${graph.articles ?? "?"} articles, ${graph.entities ?? "?"} entities, ${graph.statements ?? "?"} statements`,
    `  errors by reason: ${errors || "none"}`,
    `  elapsed ${seconds.toFixed(1)} s, ${(processed / Math.max(seconds, 0.001)).toFixed(1)} articles/s`,
  ].join("\n");
}
