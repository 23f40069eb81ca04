/**
 * Keeps a throw-away database of N ingested Reuters articles until stdin closes or SIGTERM/SIGINT
 * (not part of `npm run bench`): prints `BENCH_NEO4J_URI=bolt://…`, which the tools built on
 * bench/ingested.ts (alternate.ts, builds.ts, cypher-ab.ts, memory.ts) then use as it is.
 * `node --import tsx bench/hold.ts [N]`
 */
import { withIngestedNeo4j } from "./ingested.js";

const N = Number(process.argv[2] ?? 2000);
await withIngestedNeo4j(N, async (uri) => {
  console.log(`BENCH_NEO4J_URI=${uri}`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, resolve);
    process.stdin.once("end", resolve);
    process.stdin.resume();
  });
  // let the process end once the database is stopped, though whatever feeds stdin is still there
  process.stdin.destroy();
});
