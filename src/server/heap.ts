/**
 * How far V8 lets the old generation grow between full collections. By default it grows up to
 * several times what survived the last one; a server's requests under load live a few hundred
 * milliseconds, long enough for what they allocate to be promoted out of the young generation, so
 * the old space filled with their garbage before V8 collected it: 269–282 MB resident at the peak
 * in `bench/memory.ts` (19,043 articles, 50 connections), where what the server holds is ~40 MB.
 * Growing by half of what survived keeps the peak at 181–185 MB at the same requests per second
 * (README, issue 14).
 */
import v8 from "node:v8";

export const HEAP_GROWING_PERCENT = 50;

const FLAG = "heap-growing-percent";

/**
 * The V8 flag to set, or null when the operator already chose one (on node's command line or in
 * NODE_OPTIONS, as `--heap-growing-percent=n` or `--heap_growing_percent=n`): theirs stands.
 */
export function heapGrowthFlag(execArgv: readonly string[], nodeOptions = "", percent = HEAP_GROWING_PERCENT): string | null {
  const chosen = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.replaceAll("_", "-").startsWith(`--${FLAG}`));
  return chosen ? null : `--${FLAG}=${percent}`;
}

/** Sets the heap growth for this process (read by V8 at every full collection, so it applies from now on). */
export function boundHeapGrowth(): void {
  const flag = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag) v8.setFlagsFromString(flag);
}
