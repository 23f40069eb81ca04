/** Extraction: raw article text in, the Extraction contract (CONTRACTS.md §2) out. Pure: no I/O. */
import { attributeStatements } from "./attribute.js";
import { parseDocument } from "./parse.js";
import { recognise } from "./recognise.js";
import { relate } from "./relate.js";
import { resolve, type ExtractContext } from "./resolve.js";
import { splitSentences } from "./sentences.js";
import type { ArticleMeta, Extraction } from "./types.js";

export const EXTRACTOR = "newsgraph-extract@0.3.0";
export type { ExtractContext } from "./resolve.js";

export function extract(text: string, meta: ArticleMeta = {}, context: ExtractContext = {}): Extraction {
  const doc = parseDocument(text, meta);
  const sentences = splitSentences(doc.masked);
  const recognition = recognise(doc.masked);
  const resolution = resolve(recognition.mentions, context);
  relate(text, recognition, resolution, sentences);
  const entities = resolution.entities;
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  const statements = attributeStatements(doc, entities, sentences);
  return {
    ...(meta.source !== undefined ? { source: meta.source } : {}),
    extractor: EXTRACTOR,
    article: { title: doc.title, publishedOn: doc.publishedOn, outlet: doc.outlet, url: doc.url, body: doc.body },
    entities,
    statements,
  };
}

/** Remembers the full names of people an extraction found, so later articles can resolve bare surnames. */
export function learnPeople(known: Map<string, string>, extraction: Extraction): void {
  for (const e of extraction.entities) {
    if (e.type !== "PERSON") continue;
    const words = e.name.split(/\s+/);
    const surname = words.at(-1);
    if (words.length >= 2 && surname && !known.has(surname)) known.set(surname, e.name);
  }
}
