/**
 * Whether the write queries plan alike on an empty graph and on a grown one (not part of
 * `npm run bench`): EXPLAINs every write-path query shape, with parameters from real extractions,
 * on a fresh database and again after N Reuters articles, and prints the operators of the plans
 * that differ. The write queries keep their first plan (`replan=skip`, src/graph/neo4j.ts), which
 * is only sound while these stay alike. `node --import tsx bench/plans.ts [N]`
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { extract } from "../src/extract/index.js";
import { ensureLocalNeo4jInstalled, freePort, startLocalNeo4j } from "../src/graph/local-neo4j.js";
import { migrate } from "../src/graph/migrate.js";
import { asOneMapParameter, Db, type CypherQuery } from "../src/graph/neo4j.js";
import { resolveEntities } from "../src/graph/resolve-entities.js";
import { batchCheck, batchWrite, mergeEntityRows } from "../src/graph/write-batch.js";
import { articleCheck, articleUpsert, articleWrite, factsOf, orphanCleanup, removeArticleFacts } from "../src/graph/write.js";
import { contentHash } from "../src/ingest/input.js";
import { loadCorpus, REUTERS } from "./corpus.js";
import { runIngestion } from "./ingestion.js";

const N = Number(process.argv[2] ?? 2000);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ng-plans-"));
await ensureLocalNeo4jInstalled();
const local = await startLocalNeo4j({ dataDir, boltPort: await freePort() });
const db = Db.connect({ uri: local.uri, queryTimeoutMs: 120_000 });
const driver = neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true });
try {
  await migrate(db);
  const docs = await loadCorpus(REUTERS, "Reuters", 30);
  const batch = docs.map((d) => ({
    extraction: extract(d.text, { title: d.title, date: d.date, outlet: "Reuters" }),
    hash: contentHash(d.text),
    source: null,
  }));
  const resolved = batch.map((b) => resolveEntities(b.extraction, new Map()));
  const facts = batch.map((b, i) => ({
    articleId: `article:${b.hash.slice(0, 24)}`,
    mentions: resolved[i]!.entities.map((e) => ({ id: e.id, starts: e.starts, ends: e.ends })),
    ...factsOf(b.extraction, b.hash, resolved[i]!),
  }));
  const entities = mergeEntityRows(resolved.flatMap((r) => r.entities));
  const fold = [{ from: "person:x", into: "person:y" }];
  const { extraction: x, hash } = batch[0]!;
  const queries: Record<string, CypherQuery> = {
    batchCheck: batchCheck(batch),
    batchWrite: batchWrite(entities, facts, []),
    "batchWrite (folding)": batchWrite(entities, facts, fold),
    articleCheck: articleCheck(x, hash),
    articleWrite: articleWrite(x, hash, resolved[0]!),
    "articleWrite (folding)": articleWrite(x, hash, { ...resolved[0]!, absorb: fold }),
    articleUpsert: articleUpsert(x, hash),
    removeArticleFacts: removeArticleFacts("article:x", true),
    orphanCleanup: orphanCleanup(["person:a"]),
  };
  type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };
  // operators and what they read; the planner's bookkeeping (cached properties, eagerness notes) aside
  const operators = (p: Plan, depth = 0): string[] => [
    ...(/^(CacheProperties|Eager)/.test(p.operatorType)
      ? []
      : [
          `${"  ".repeat(depth)}${p.operatorType.replace(/@.*/, "")} ${String(p.arguments.Details ?? "")
            .split("\n")[0]!
            .slice(0, 110)}`,
        ]),
    ...p.children.flatMap((c) => operators(c, /^(CacheProperties|Eager)/.test(p.operatorType) ? depth : depth + 1)),
  ];
  // names the planner makes up, whether a property was cached, the order of a Distinct's columns
  const normalise = (line: string) =>
    line
      .replace(/anon_\d+/g, "anon")
      .replace(/cache\[([^\]]+)\]/g, "$1")
      .replace(/^(\s*Distinct )(.*)$/, (_, head: string, cols: string) => head + cols.split(", ").sort().join(", "));
  const plans = async () => {
    const out = new Map<string, string[]>();
    for (const [name, q] of Object.entries(queries)) {
      const { cypher, params } = asOneMapParameter(q);
      const r = await driver.executeQuery(`CYPHER replan=force EXPLAIN ${cypher}`, params);
      out.set(name, operators(r.summary.plan as unknown as Plan).map(normalise));
    }
    return out;
  };
  const empty = await plans();
  await runIngestion(db, { quick: true, articles: N, neo4jPid: local.pid, log: () => {} });
  const grown = await plans();
  for (const [name, before] of empty) {
    const after = grown.get(name)!;
    const same = before.join("\n") === after.join("\n");
    console.log(`${name}: ${same ? "the same plan" : `planned differently at ${N} articles`}`);
    if (!same) console.log(`  empty graph:\n${before.join("\n")}\n  at ${N} articles:\n${after.join("\n")}\n`);
  }
} finally {
  await driver.close();
  await db.close();
  await local.stop();
  await rm(dataDir, { recursive: true, force: true });
}
