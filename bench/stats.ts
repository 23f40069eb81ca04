/** Small numeric helpers shared by the benchmark sections. */

export const round = (n: number, digits = 2): number => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

export const MB = 1024 * 1024;

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
