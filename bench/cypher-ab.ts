/**
 * Two builds of the same read, timed against each other on one database (not part of `npm run bench`):
 * ingests N Reuters articles, then runs each scenario's statement-list query as built by the code
 * in OTHER_ROOT (another checkout) and by this one, alternately, R times each, and prints the
 * medians. `OTHER_ROOT=/path/to/checkout node --import tsx bench/cypher-ab.ts [N] [R]`
 */
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import * as mine from "../src/graph/read/statements.js";
import { withIngestedNeo4j } from "./ingested.js";
import { pickEntities } from "./scenarios.js";

const N = Number(process.argv[2] ?? 2000);
const R = Number(process.argv[3] ?? 40);
const other = process.env.OTHER_ROOT;
if (!other) throw new Error("set OTHER_ROOT to the checkout to compare with");
const theirs = (await import(path.join(other, "src/graph/read/statements.ts"))) as typeof mine;

await withIngestedNeo4j(N, async (uri) => {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const p = await pickEntities(driver);
  const page = { first: 20, after: null };
  const shape = { fields: ["text", "saidOn"], speaker: ["name"] } as const;
  const cases = {
    "statements-about-dated": (m: typeof mine) =>
      m.listStatements({ about: p.about.id, from: p.from, to: p.to }, page, "DESC", [], shape as unknown as mine.StatementShape),
    "statements-by-speaker": (m: typeof mine) => m.listStatements({ speaker: p.speaker.id }, page, "DESC", []),
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [name, build] of Object.entries(cases)) {
    const times: Record<"theirs" | "mine", number[]> = { theirs: [], mine: [] };
    for (let i = 0; i < R + 5; i++) {
      for (const side of ["theirs", "mine"] as const) {
        const q = build(side === "mine" ? mine : theirs);
        const t = performance.now();
        await driver.executeQuery(q.cypher, q.params, { routing: "READ" });
        if (i >= 5) times[side].push(performance.now() - t); // the first five plan and warm up
      }
    }
    console.log(
      `${name}: ${other} ${median(times.theirs).toFixed(1)} ms, this ${median(times.mine).toFixed(1)} ms (medians of ${R}); load ${os.loadavg()[0]!.toFixed(1)}`,
    );
  }
  await driver.close();
});
