/**
 * Two builds' extraction timed against each other in one process (not part of `npm run bench`): the
 * code in OTHER_ROOT (another checkout) and this one extract the same corpus articles, in chunks of C
 * articles that alternate between them (which goes first swaps each chunk), P passes after two
 * warm-up passes each. A busy machine slows both alike, so their ratio holds where absolute figures
 * move. Prints MB per CPU-second of the process for each and this build ÷ the other, per pass.
 * `OTHER_ROOT=/path/to/checkout node --import tsx bench/extraction-ab.ts [reuters articles] [P] [C]`
 * (a third as many BBC articles go with the Reuters ones, three Reuters to one BBC).
 */
import os from "node:os";
import path from "node:path";
import { extract as mine } from "../src/extract/index.js";
import { BBC, REUTERS, loadCorpus, utf8Bytes, type CorpusDoc } from "./corpus.js";
import { MB, round } from "./stats.js";

const N = Number(process.argv[2] ?? 3000);
const P = Number(process.argv[3] ?? 3);
const C = Number(process.argv[4] ?? 60);
const other = process.env.OTHER_ROOT;
if (!other) throw new Error("set OTHER_ROOT to the checkout to compare with");
const theirs = ((await import(path.join(path.resolve(other), "src/extract/index.ts"))) as { extract: typeof mine }).extract;

const reuters = await loadCorpus(REUTERS, "Reuters", N);
const bbc = await loadCorpus(BBC, "BBC", Math.ceil(N / 3));
const docs: CorpusDoc[] = [];
for (let i = 0, j = 0; i < reuters.length || j < bbc.length;) {
  for (let k = 0; k < 3 && i < reuters.length; k++) docs.push(reuters[i++]!);
  if (j < bbc.length) docs.push(bbc[j++]!);
}
const run = (extract: typeof mine, list: readonly CorpusDoc[]): void => {
  for (const d of list) extract(d.text, { title: d.title, date: d.date, outlet: d.outlet, source: d.id });
};
const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const builds = [theirs, mine];
for (const extract of builds) for (let w = 0; w < 2; w++) run(extract, docs.slice(0, 1500));
const total = [0, 0];
const perPass: number[] = [];
for (let p = 0; p < P; p++) {
  const spent = [0, 0];
  for (let c = 0, n = 0; c < docs.length; c += C, n++) {
    const chunk = docs.slice(c, c + C);
    for (const k of (n + p) % 2 === 0 ? [0, 1] : [1, 0]) {
      const t = cpuSeconds();
      run(builds[k]!, chunk);
      spent[k]! += cpuSeconds() - t;
    }
  }
  total[0]! += spent[0]!;
  total[1]! += spent[1]!;
  perPass.push(round(spent[0]! / spent[1]!, 3));
}
const mb = (utf8Bytes(docs) * P) / MB;
console.log(
  JSON.stringify({
    articles: docs.length,
    passes: P,
    otherMbPerCpuSec: round(mb / total[0]!),
    thisMbPerCpuSec: round(mb / total[1]!),
    thisOverOther: round(total[0]! / total[1]!, 3),
    perPass,
    load: os.loadavg().map((l) => round(l, 1)),
  }),
);
