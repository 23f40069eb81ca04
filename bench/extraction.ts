/**
 * Extraction speed on one core (this thread, no database): newsgraph's `extract` against the
 * `compromise` baseline finding people, places and organisations in exactly the same texts.
 */
import nlp from "compromise";
import type { extract as extractType } from "../src/extract/index.js";
import { BBC, REUTERS, loadCorpus, utf8Bytes, type CorpusDoc } from "./corpus.js";
import { MB, mainThreadCpuMs, round } from "./stats.js";

export interface ExtractionResult {
  mbPerSec: number;
  articlesPerSec: number;
  baselineMbPerSec: number;
  baselineArticlesPerSec: number;
  /** newsgraph MB/s ÷ compromise MB/s */
  ratioToBaseline: number;
  /** MB per CPU second of this thread: the per-core figure even when other processes share the machine */
  /** MB per CPU-second of the extracting thread: the per-core figure whatever else runs */
  mbPerCpuSec: number;
  /** MB per CPU-second of the whole process, the garbage collector's helper threads included */
  mbPerProcessCpuSec: number;
  baselineMbPerCpuSec: number;
  /** CPU seconds per wall second while extracting (≈1 means one core was ours all along) */
  cpuPerWall: number;
  corpus: { name: string; articles: number; bytes: number; mbPerSec: number; baselineMbPerSec: number }[];
  entities: number;
  statements: number;
  baselineEntities: number;
}

interface Timed {
  seconds: number;
  /** CPU of the thread that ran the loop (process CPU where /proc is missing) */
  cpuSeconds: number;
  /** CPU of the whole process, garbage-collector threads included */
  processCpuSeconds: number;
  found: number;
  statements: number;
}

type ExtractFn = typeof extractType;

function cpuSince(processStart: NodeJS.CpuUsage, threadStartMs: number | null): { cpuSeconds: number; processCpuSeconds: number } {
  const used = process.cpuUsage(processStart);
  const processCpuSeconds = (used.user + used.system) / 1e6;
  const threadNowMs = mainThreadCpuMs();
  const cpuSeconds = threadStartMs !== null && threadNowMs !== null ? (threadNowMs - threadStartMs) / 1000 : processCpuSeconds;
  return { cpuSeconds, processCpuSeconds };
}

function timeNewsgraph(extract: ExtractFn, docs: readonly CorpusDoc[]): Timed {
  let found = 0;
  let statements = 0;
  const cpu = process.cpuUsage();
  const thread = mainThreadCpuMs();
  const started = performance.now();
  for (const d of docs) {
    const x = extract(d.text, { title: d.title, date: d.date, outlet: d.outlet, source: d.id });
    found += x.entities.length;
    statements += x.statements.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, ...cpuSince(cpu, thread), found, statements };
}

function timeCompromise(docs: readonly CorpusDoc[]): Timed {
  let found = 0;
  const cpu = process.cpuUsage();
  const thread = mainThreadCpuMs();
  const started = performance.now();
  for (const d of docs) {
    const doc = nlp(d.text);
    found += doc.people().out("array").length + doc.places().out("array").length + doc.organizations().out("array").length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, ...cpuSince(cpu, thread), found, statements: 0 };
}

export async function runExtraction(opts: { quick: boolean; log: (s: string) => void }): Promise<ExtractionResult> {
  const { extract } = await import("../src/extract/index.js");
  // quick: a fixed prefix of each corpus, the same texts for newsgraph and the baseline
  const corpora = [
    { name: "reuters21578", docs: await loadCorpus(REUTERS, "Reuters", opts.quick ? 2000 : Infinity) },
    { name: "bbc2225", docs: await loadCorpus(BBC, "BBC", opts.quick ? 300 : Infinity) },
  ];
  // warm-up (JIT, gazetteer loading) outside the timed loops
  timeNewsgraph(extract, corpora[0]!.docs.slice(0, 50));
  timeCompromise(corpora[0]!.docs.slice(0, 20));

  const rows: ExtractionResult["corpus"] = [];
  const total = { bytes: 0, articles: 0, ng: 0, ngCpu: 0, ngProcessCpu: 0, base: 0, baseCpu: 0, found: 0, statements: 0, baseFound: 0 };
  for (const { name, docs } of corpora) {
    const bytes = utf8Bytes(docs);
    opts.log(`extraction: ${name}, ${docs.length} articles, ${(bytes / MB).toFixed(1)} MB`);
    const ng = timeNewsgraph(extract, docs);
    const base = timeCompromise(docs);
    rows.push({
      name,
      articles: docs.length,
      bytes,
      mbPerSec: round(bytes / MB / ng.seconds),
      baselineMbPerSec: round(bytes / MB / base.seconds),
    });
    total.bytes += bytes;
    total.articles += docs.length;
    total.ng += ng.seconds;
    total.ngCpu += ng.cpuSeconds;
    total.ngProcessCpu += ng.processCpuSeconds;
    total.base += base.seconds;
    total.baseCpu += base.cpuSeconds;
    total.found += ng.found;
    total.statements += ng.statements;
    total.baseFound += base.found;
  }
  const mbPerSec = total.bytes / MB / total.ng;
  const baselineMbPerSec = total.bytes / MB / total.base;
  return {
    mbPerSec: round(mbPerSec),
    articlesPerSec: round(total.articles / total.ng, 1),
    baselineMbPerSec: round(baselineMbPerSec),
    baselineArticlesPerSec: round(total.articles / total.base, 1),
    ratioToBaseline: round(mbPerSec / baselineMbPerSec),
    mbPerCpuSec: round(total.bytes / MB / total.ngCpu),
    baselineMbPerCpuSec: round(total.bytes / MB / total.baseCpu),
    cpuPerWall: round(total.ngCpu / total.ng),
    mbPerProcessCpuSec: round(total.bytes / MB / total.ngProcessCpu),
    corpus: rows,
    entities: total.found,
    statements: total.statements,
    baselineEntities: total.baseFound,
  };
}
