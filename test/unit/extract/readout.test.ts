import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { parseDocument } from "../../../src/extract/text/parse.js";
import type { Extraction } from "../../../src/extract/types.js";
import { loadScoreGold, type GoldScore } from "./gold-scorer.js";

const said = (text: string) => extract(text, { date: "2024-03-14" }).statements.map((s) => `${s.speaker ?? "?"}: ${s.text}`);
const names = (text: string) => extract(text).entities.map((e) => `${e.type}:${e.name}`);

const CALL =
  "President Elena Marwick spoke today with Prime Minister Tomas Arvidsen of Norway. The two leaders discussed the security situation in the Baltic Sea and their shared commitment to NATO. Prime Minister Arvidsen underscored the importance of energy cooperation. The President reaffirmed the support of the United States for the sovereignty of Norway.";
const MEETING =
  "Chancellor Dieter Vossberg held a telephone call with President Amina Sallah of Kenya on Tuesday. Chancellor Vossberg emphasized Germany's readiness to support regional stability. President Sallah noted that Kenya would host the next round of talks.";

describe("extract on government readouts of leaders' calls", () => {
  it("finds both leaders, the countries and the organisations named", () => {
    expect(names(CALL)).toEqual(
      expect.arrayContaining([
        "PERSON:Elena Marwick",
        "PERSON:Tomas Arvidsen",
        "COUNTRY:Norway",
        "COUNTRY:United States",
        "ORGANISATION:North Atlantic Treaty Organization",
      ]),
    );
  });

  it("gives 'Prime Minister X of Y' its role", () => {
    const arvidsen = extract(CALL).entities.find((e) => e.name === "Tomas Arvidsen");
    expect(arvidsen?.roles).toContainEqual({ title: "Prime Minister", of: "Norway" });
  });

  it("attributes what a leader underscored, with the verb kept in the statement", () => {
    expect(said(CALL)).toContain("Tomas Arvidsen: underscored the importance of energy cooperation");
  });

  it("resolves 'The President' to the person of the article who holds that title", () => {
    expect(said(CALL)).toContain("Elena Marwick: reaffirmed the support of the United States for the sovereignty of Norway");
  });

  it("attributes emphasis and notes to the leader named by title and surname", () => {
    expect(said(MEETING)).toEqual([
      "Dieter Vossberg: emphasized Germany's readiness to support regional stability",
      "Amina Sallah: Kenya would host the next round of talks",
    ]);
  });
});

describe("plain-text readouts: title and date lines without page furniture", () => {
  it("takes a short Title Case first line as the title and the date line after it", () => {
    const doc = parseDocument(
      "Readout of President Anna Lindqvist's Call with Prime Minister Tomas Herrera of Chile\nDecember 07, 2021\n\nPresident Anna Lindqvist spoke today with Prime Minister Tomas Herrera of Chile.\n",
    );
    expect(doc.title).toBe("Readout of President Anna Lindqvist's Call with Prime Minister Tomas Herrera of Chile");
    expect(doc.publishedOn).toBe("2021-12-07");
    expect(doc.body).toBe("President Anna Lindqvist spoke today with Prime Minister Tomas Herrera of Chile.");
  });

  it("reads 'Press release, 7 December 2021' and skips a place line", () => {
    const doc = parseDocument(
      "Statement by the Press Secretary on the Visit of President Amadou Sow\nPress release, 7 December 2021\nBerlin\n\nChancellor Klaus Dietmar met today with President Amadou Sow of Senegal in Berlin.\n",
    );
    expect(doc.title).toBe("Statement by the Press Secretary on the Visit of President Amadou Sow");
    expect(doc.publishedOn).toBe("2021-12-07");
    expect(doc.body.startsWith("Chancellor Klaus Dietmar")).toBe(true);
  });

  it("takes an office line between title and date as header", () => {
    const doc = parseDocument(
      "Secretary Maria Ostrowski's Meeting with Foreign Minister Hassan Farouk\nOffice of the Spokesperson\nNovember 18, 2022\n\nSecretary of State Maria Ostrowski met today with Egyptian Foreign Minister Hassan Farouk.\n",
    );
    expect(doc.publishedOn).toBe("2022-11-18");
    expect(doc.title).toBe("Secretary Maria Ostrowski's Meeting with Foreign Minister Hassan Farouk");
  });

  it("leaves agency copy that starts with the body alone, soft-wrapped or not", () => {
    const wrapped = parseDocument(
      "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao.\n",
    );
    expect(wrapped.title).toBeNull();
    expect(wrapped.publishedOn).toBeNull();
    expect(wrapped.body.startsWith("Showers continued")).toBe(true);
    const capital = parseDocument(
      "Texas Commerce Bancshares Inc's Texas\nCommerce Bank-Houston said it filed an application with the\nComptroller of the Currency.\n",
    );
    expect(capital.title).toBeNull();
    const oneLine = parseDocument(
      "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.\n\nThe rains came late.\n",
    );
    expect(oneLine.title).toBeNull();
    expect(oneLine.body.startsWith("Showers")).toBe(true);
  });
});

describe("readout statements: verbs with a plain object, titles, the participants as a group", () => {
  it("credits 'the two leaders', 'both sides' and a following 'they' to the first person named (the principal)", () => {
    const t =
      "Chancellor Klaus Dietmar met President Amadou Sow of Senegal. The two leaders exchanged views on the Sahel. Both sides expressed support for the reform of the World Bank. They also discussed the situation in Mali, and President Sow called for more support from the African Union.";
    expect(said(t)).toEqual([
      "Klaus Dietmar: exchanged views on the Sahel",
      "Klaus Dietmar: expressed support for the reform of the World Bank",
      "Klaus Dietmar: discussed the situation in Mali",
      "Amadou Sow: called for more support from the African Union",
    ]);
  });

  it("finds the holder of 'the President of Finland' and reads 'President of Finland X' as a role", () => {
    const t =
      "Vladislav Orlov had a telephone conversation with President of Finland Mikael Aalto. The President of Finland noted that Finland remained committed to dialogue.";
    const x = extract(t);
    expect(x.entities.find((e) => e.name === "Mikael Aalto")?.roles).toContainEqual({ title: "President", of: "Finland" });
    expect(said(t)).toEqual(["Mikael Aalto: Finland remained committed to dialogue"]);
  });

  it("reads 'the Secretary' and 'the Prime Minister also raised' as the principal holding that title", () => {
    const t =
      "Prime Minister Oliver Grant spoke to Prime Minister Rajesh Mehta of India. The Prime Minister also raised the case of a detained British national. Secretary of State Maria Ostrowski joined the call. The Secretary thanked Prime Minister Mehta for his hospitality.";
    expect(said(t)).toEqual([
      "Oliver Grant: raised the case of a detained British national",
      "Maria Ostrowski: thanked Prime Minister Mehta for his hospitality",
    ]);
  });

  it("reads a capital after a title as a first name, and 'commended'/'informed' as readout verbs", () => {
    const t =
      "Prime Minister Sofia Castellanos of Spain met President Helga Brandt. President Brandt commended Spain's efforts on renewable energy.";
    expect(names(t)).toContain("PERSON:Sofia Castellanos");
    expect(said(t)).toEqual(["Helga Brandt: commended Spain's efforts on renewable energy"]);
  });

  it("takes readout verbs only with people as subjects and not after a modal", () => {
    expect(said("Halvorsen Foods raised prices by 4% in March. The board agreed to sell the plant.")).toEqual([]);
    expect(said("During the talks, President Anna Lindqvist will raise the question of fishing quotas.")).toEqual([]);
  });

  it("gives a title without its country the country the readout is written from", () => {
    const t =
      "Chancellor Klaus Dietmar met President Amadou Sow of Senegal in Berlin. The Chancellor emphasized Germany's readiness to invest in Senegal. Germany will host the next round of talks.";
    expect(extract(t).entities.find((e) => e.name === "Klaus Dietmar")?.roles).toContainEqual({ title: "Chancellor", of: "Germany" });
  });
});

describe("six hand-written readouts (fixtures/readouts, gold.json), scored like the seeds", () => {
  const dir = resolve(fileURLToPath(new URL(".", import.meta.url)), "fixtures/readouts");
  let score: GoldScore;
  beforeAll(async () => {
    const scorer = { scoreGold: await loadScoreGold() };
    const gold: unknown = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
    const extracted = new Map<string, Extraction>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")))
      extracted.set(f, extract(readFileSync(join(dir, f), "utf8"), { source: f }));
    score = scorer.scoreGold(gold, extracted);
  });

  // bars a few points under what the extractor measures on these readouts (entity recall and precision
  // 1.0, statement recall 0.98, roles 1.0), so a regression of a few points fails; this gold was written
  // beside the rules, so the shared development sets (dev-sets.test.ts) are the independent check
  it("meets the readout bars: entity recall ≥ 0.97, precision ≥ 0.97, statement recall ≥ 0.95", () => {
    console.log(
      `readouts: entities R ${score.entityRecall} P ${score.entityPrecision}, statements R ${score.statementRecall}, roles ${score.roleRecall}`,
    );
    expect(score.entityRecall).toBeGreaterThanOrEqual(0.97);
    expect(score.entityPrecision).toBeGreaterThanOrEqual(0.97);
    expect(score.statementRecall).toBeGreaterThanOrEqual(0.95);
  });

  it("gets roles, titles and dates from plain-text readouts", () => {
    expect(score.roleRecall).toBeGreaterThanOrEqual(0.97);
    expect(score.metadata).toBe(1);
  });
});
