/**
 * Extraction off the main thread: src/extract is pure and CPU-bound, so the bulk path hands texts to
 * a pool of worker threads and writes to the database on the main thread meanwhile, keeping every
 * core busy. `inThread()` is the same interface without threads (for small jobs and tests).
 */
import { Worker } from "node:worker_threads";
import { extract } from "../extract/index.js";
import type { ArticleMeta, Extraction } from "../extract/types.js";
import { INGEST_DEFAULTS } from "./defaults.js";

export interface Extractor {
  extract(text: string, meta: ArticleMeta): Promise<Extraction>;
  close(): Promise<void>;
}

export interface ExtractRequest {
  id: number;
  text: string;
  meta: ArticleMeta;
}

export type ExtractReply = { id: number; extraction: Extraction } | { id: number; error: string };

const BOOT = new URL("./extract-worker-boot.mjs", import.meta.url);
const ENTRY = new URL("./extract-worker.ts", import.meta.url).href;

/** Extraction in this thread, as the pool's interface. */
export function inThread(): Extractor {
  return { extract: (text, meta) => Promise.resolve(extract(text, meta)), close: () => Promise.resolve() };
}

interface Waiting {
  resolve: (x: Extraction) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  waiting: Map<number, Waiting>;
  failed: Error | null;
}

/** `size` worker threads; each text goes to the one with the fewest waiting, answers come back in any order. */
export class ExtractPool implements Extractor {
  private readonly slots: Slot[];
  private nextId = 0;

  constructor(readonly size = INGEST_DEFAULTS.workers()) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => this.start());
  }

  private start(): Slot {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY } });
    const slot: Slot = { worker, waiting: new Map(), failed: null };
    worker.on("message", (reply: ExtractReply) => {
      const waiting = slot.waiting.get(reply.id);
      if (!waiting) return;
      slot.waiting.delete(reply.id);
      if ("error" in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.extraction);
    });
    const fail = (error: Error) => {
      slot.failed = error;
      for (const w of slot.waiting.values()) w.reject(error);
      slot.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`an extraction worker stopped (exit code ${code})`)));
    return slot;
  }

  extract(text: string, meta: ArticleMeta): Promise<Extraction> {
    const live = this.slots.filter((s) => !s.failed);
    if (live.length === 0) return Promise.reject(this.slots[0]!.failed!);
    const slot = live.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = this.nextId++;
    return new Promise<Extraction>((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, text, meta } satisfies ExtractRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
