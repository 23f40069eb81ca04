/**
 * `newsgraph ingest PATH...`: files, folders and JSON Lines corpora into the graph, one transaction
 * per article, a few in parallel; progress on stderr from the first second, a summary at the end
 * that names every bad file, non-zero exit when anything failed. No expected failure prints a stack.
 */
import cliProgress from "cli-progress";
import { loadConfig } from "../config.js";
import { Db } from "../graph/neo4j.js";
import { graphTotals, type GraphTotals } from "../graph/inventory.js";
import { migrate } from "../graph/migrate.js";
import { ingestItems, type IngestSummary } from "../ingest/batch.js";
import { INGEST_DEFAULTS } from "../ingest/defaults.js";
import { countArticles, KNOWN_TYPES, listSources, readSources, type SourceItem } from "../ingest/sources.js";
import { openCommandGraph, type CommandGraph } from "./graph.js";

export interface IngestCliOptions {
  concurrency: number;
  batchSize?: number;
  writeBatchSize?: number;
  workers?: number;
  outlet?: string;
}

/** What the summary names, beyond the counts. */
export interface IngestReport {
  /** file → reason → how many of its articles (or the file itself) failed for it */
  badFiles: Map<string, Map<string, number>>;
  /** files in folders skipped for their type */
  unknown: string[];
  /** encoding → what was decoded from it (file, or file:line) */
  decoded: Map<string, string[]>;
}

const say = (line: string) => process.stderr.write(`${line}\n`);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runIngest(paths: string[], opts: IngestCliOptions): Promise<number> {
  try {
    return await ingest(paths, opts);
  } catch (error) {
    say(`ingest failed: ${messageOf(error)}`);
    return 1;
  }
}

async function ingest(paths: string[], opts: IngestCliOptions): Promise<number> {
  const config = loadConfig();
  for (const [name, value] of [
    ["--concurrency", opts.concurrency],
    ["--batch-size", opts.batchSize ?? INGEST_DEFAULTS.batchSize],
    ["--write-batch", opts.writeBatchSize ?? INGEST_DEFAULTS.writeBatchSize],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 1000) {
      say(`ingest: ${name} must be a whole number from 1 to 1000, got ${value}`);
      return 1;
    }
  }
  const workers = opts.workers ?? INGEST_DEFAULTS.workers();
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
    say(`ingest: --workers must be a whole number from 0 to 64, got ${workers}`);
    return 1;
  }
  const sources = await listSources(paths);
  const report: IngestReport = { badFiles: new Map(), unknown: sources.unknown, decoded: new Map() };
  if (sources.files.length === 0 && sources.problems.length === 0) {
    say(`ingest: nothing to ingest in ${paths.join(", ")}: no article or corpus files (${KNOWN_TYPES})`);
    if (report.unknown.length > 0) say(`  ${listed("skipped, of unknown type", report.unknown)}`);
    return 1;
  }
  // counted while the database starts: the bar's total is ready by the time it is
  const counting = countArticles(sources.files);

  let graph: CommandGraph | null = null;
  let db: Db | null = null;
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
    graph = await openCommandGraph(config, (line) => say(`ingest: ${line}`));
    // bulk writes on a busy machine may wait on locks of hot entities longer than an API request should
    db = Db.connect({ ...(config.neo4j ?? {}), uri: graph.uri, queryTimeoutMs: 120_000 });
    say("ingest: checking the graph's constraints and indexes");
    await migrate(db);
    bar.start(await counting, 0, { rate: "0", created: 0, skipped: 0, failed: 0 });
    const items = observe(sourcesThenFiles(sources.problems, readSources(sources.files, { outlet: opts.outlet })), report);
    const summary = await ingestItems(db, items, {
      maxArticleBytes: config.maxArticleBytes,
      concurrency: opts.concurrency,
      batchSize: opts.batchSize ?? INGEST_DEFAULTS.batchSize,
      writeBatchSize: opts.writeBatchSize ?? INGEST_DEFAULTS.writeBatchSize,
      workers,
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
    say(formatSummary(summary, (await graphTotals(db)) ?? {}, report));
    return summary.failed > 0 ? 1 : 0;
  } finally {
    bar.stop();
    await db?.close();
    await graph?.release();
  }
}

async function* sourcesThenFiles(problems: SourceItem[], items: AsyncIterable<SourceItem>): AsyncGenerator<SourceItem> {
  yield* problems;
  yield* items;
}

/** Notes what the summary names: files with errors, and what was decoded from another encoding. */
async function* observe(items: AsyncIterable<SourceItem>, report: IngestReport): AsyncGenerator<SourceItem> {
  for await (const item of items) {
    if ("error" in item) {
      const reasons = report.badFiles.get(item.file) ?? new Map<string, number>();
      reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1);
      report.badFiles.set(item.file, reasons);
    } else if (item.decodedFrom) {
      report.decoded.set(item.decodedFrom, [...(report.decoded.get(item.decodedFrom) ?? []), item.where]);
    }
    yield item;
  }
}

const MAX_NAMED = 20;

function listed(what: string, names: readonly string[]): string {
  const more = names.length > MAX_NAMED ? `, and ${names.length - MAX_NAMED} more` : "";
  return `${what} (${names.length}): ${names.slice(0, MAX_NAMED).join(", ")}${more}`;
}

export function formatSummary(s: IngestSummary, graph: Partial<GraphTotals>, report?: IngestReport): string {
  const seconds = s.elapsedMs / 1000;
  const processed = s.created + s.reextracted + s.skipped + s.failed;
  const errors = Object.entries(s.errors)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason}: ${n}`)
    .join(", ");
  const lines = [
    `ingest summary: ${s.read} read, ${s.created} new, ${s.reextracted} re-extracted, ${s.skipped} skipped (already ingested), ${s.failed} errors`,
    `  written: ${s.entities} entity mentions, ${s.statements} statements`,
    `  graph now: ${graph.articles ?? "?"} articles, ${graph.entities ?? "?"} entities, ${graph.statements ?? "?"} statements`,
    `  errors by reason: ${errors || "none"}`,
  ];
  if (report && report.badFiles.size > 0) {
    const bad = [...report.badFiles].map(([file, reasons]) => `${file} (${[...reasons].map(([r, n]) => `${r}: ${n}`).join(", ")})`);
    lines.push(`  ${listed("files with errors", bad)}`);
  }
  if (report && report.unknown.length > 0)
    lines.push(`  ${listed(`skipped, of unknown type (ingest reads ${KNOWN_TYPES})`, report.unknown)}`);
  for (const [encoding, where] of report?.decoded ?? []) {
    lines.push(`  ${listed(`not UTF-8, decoded as ${encoding} (check the text; convert the files to UTF-8 to be sure)`, where)}`);
  }
  lines.push(`  elapsed ${seconds.toFixed(1)} s, ${(processed / Math.max(seconds, 0.001)).toFixed(1)} articles/s`);
  return lines.join("\n");
}
