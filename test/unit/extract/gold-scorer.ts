/** TEST SUPPORT ONLY: the project's gold scorer (../shared/tools/score-extraction.mjs), typed. */
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Extraction } from "../../../src/extract/types.js";

export interface GoldScore {
  entityRecall: number;
  entityPrecision: number;
  roleRecall: number;
  statementRecall: number;
  statementPrecision: number;
  metadata: number;
  forbidden: number;
  junkInBody: number;
  misses: string[];
}

/** The repository is cloned with shared/ beside it. */
export const SHARED_DIR = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../../shared");

export async function loadScoreGold(): Promise<(gold: unknown, extracted: Map<string, Extraction>) => GoldScore> {
  const url = pathToFileURL(resolve(SHARED_DIR, "tools/score-extraction.mjs")).href;
  return ((await import(url)) as { scoreGold: (gold: unknown, extracted: Map<string, Extraction>) => GoldScore }).scoreGold;
}

export interface GgtScore {
  quoteRecall: number;
  quotePrecision: number;
  quoteF1: number;
  speakerAccuracy: number;
  gold: number;
  found: number;
}

export interface PolnearScore {
  recall: number;
  speechRecall: number;
  precision: number;
  sourceAccuracy: number;
}

type DevScorers = {
  scoreGgt: (articles: unknown[], extracted: Map<string, Extraction>) => GgtScore;
  scorePolnear: (articles: unknown[], extracted: Map<string, Extraction>) => PolnearScore;
};

/** The shared scorer's modes for the development sets (GGT quotes and speakers, PolNeAR attributions). */
export async function loadDevScorers(): Promise<DevScorers> {
  const url = pathToFileURL(resolve(SHARED_DIR, "tools/score-extraction.mjs")).href;
  return (await import(url)) as DevScorers;
}
