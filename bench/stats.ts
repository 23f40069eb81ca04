/** Small numeric helpers shared by the benchmark sections. */
import { readFileSync } from "node:fs";

export const round = (n: number, digits = 2): number => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

export const MB = 1024 * 1024;

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Samples this process's resident set size (and optionally another pid's, from /proc) until stopped. */
export function rssSampler(intervalMs = 100, otherPid?: number) {
  let peak = process.memoryUsage().rss;
  let otherPeak = 0;
  const sample = async () => {
    peak = Math.max(peak, process.memoryUsage().rss);
    if (otherPid) otherPeak = Math.max(otherPeak, await procRss(otherPid));
  };
  const timer = setInterval(() => void sample(), intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      return { peakRssMb: round(peak / MB, 1), otherPeakRssMb: otherPid ? round(otherPeak / MB, 1) : null };
    },
  };
}

async function procRss(pid: number): Promise<number> {
  try {
    const { readFile } = await import("node:fs/promises");
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; null where there is no /proc. */
export async function procCpuMs(pid: number): Promise<number | null> {
  try {
    const { readFile } = await import("node:fs/promises");
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SEC : null;
  } catch {
    return null;
  }
}

/**
 * CPU time, in ms, of this process's main thread alone (the one that runs JavaScript), from
 * /proc/self/task/<pid>/stat; null where there is no /proc. V8's garbage-collector helper threads
 * are not in it: process.cpuUsage() counts them.
 */
export function mainThreadCpuMs(): number | null {
  try {
    // synchronous on purpose: read around synchronous loops
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SEC : null;
  } catch {
    return null;
  }
}

// USER_HZ, 100 on every Linux architecture Node supports
const CLOCK_TICKS_PER_SEC = 100;

/** CPU ms this process and another one (by pid) use between start() and stop(). */
export async function cpuMeter(otherPid: number) {
  const self0 = process.cpuUsage();
  const other0 = await procCpuMs(otherPid);
  return {
    async stop() {
      const self = process.cpuUsage(self0);
      const other1 = await procCpuMs(otherPid);
      return { selfMs: (self.user + self.system) / 1000, otherMs: other0 !== null && other1 !== null ? other1 - other0 : null };
    },
  };
}
