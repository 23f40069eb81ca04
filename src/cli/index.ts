#!/usr/bin/env node
/** The `newsgraph` command: extract, ingest, serve. Logs and progress go to stderr; stdout carries results. */
import { Command } from "commander";
import { INGEST_DEFAULTS } from "../ingest/defaults.js";

const program = new Command("newsgraph").description("GraphQL knowledge graph of the news").showHelpAfterError();

program
  .command("extract")
  .description("extract people, countries, organisations and statements; one JSON object per file on stdout (JSON Lines)")
  .argument("<files...>", "article text files")
  .option("--title <title>", "the article's title")
  .option("--date <YYYY-MM-DD>", "the article's publication date")
  .option("--outlet <name>", "the outlet that published it")
  .option("--url <url>", "where it was published")
  .action(async (files: string[], opts: { title?: string; date?: string; outlet?: string; url?: string }) => {
    const { runExtract } = await import("./extract.js");
    process.exitCode = await runExtract(files, opts);
  });

program
  .command("ingest")
  .description("extract files, folders or JSON Lines corpora (.jsonl, .jsonl.gz) and write them into the graph")
  .argument("<paths...>", "files or folders")
  .option("--concurrency <n>", "write transactions in parallel", String(INGEST_DEFAULTS.concurrency))
  .option("--batch-size <n>", "articles checked against the graph per query", String(INGEST_DEFAULTS.batchSize))
  .option("--write-batch <n>", "new articles written per transaction", String(INGEST_DEFAULTS.writeBatchSize))
  .option("--workers <n>", "extraction threads (0: extract in the main thread)", String(INGEST_DEFAULTS.workers()))
  .option("--outlet <name>", "outlet of JSON Lines records that have no outlet field")
  .action(
    async (paths: string[], opts: { concurrency: string; batchSize: string; writeBatch: string; workers: string; outlet?: string }) => {
      const { runIngest } = await import("./ingest.js");
      process.exitCode = await runIngest(paths, {
        concurrency: Number(opts.concurrency),
        batchSize: Number(opts.batchSize),
        writeBatchSize: Number(opts.writeBatch),
        workers: Number(opts.workers),
        outlet: opts.outlet,
      });
    },
  );

program
  .command("serve")
  .description("run the GraphQL service (same as npm start)")
  .action(async () => {
    await import("../main.js");
  });

// The commands report their expected failures themselves; anything else still gets one line, not a stack
// (LOG_LEVEL=debug shows it).
const unexpected = (error: unknown) => {
  const debug = process.env.LOG_LEVEL === "debug" || process.env.LOG_LEVEL === "trace";
  const text = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  process.stderr.write(`newsgraph: ${text}\n`);
  process.exit(1);
};
process.on("uncaughtException", unexpected);
process.on("unhandledRejection", unexpected);
await program.parseAsync();
