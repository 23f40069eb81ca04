/** Extraction: raw article text in, the Extraction contract (CONTRACTS.md §2) out. Pure: no I/O. */
import { attributeStatements } from "./attribute.js";
import { parseDocument } from "./parse.js";
import { recognise } from "./recognise.js";
import { relate } from "./relate.js";
import { resolve, surnameOf, type ExtractContext } from "./resolve.js";
import { splitSentences } from "./sentences.js";
import type { ArticleMeta, Extraction } from "./types.js";

export const EXTRACTOR = "newsgraph-extract@0.11.0";
export type { ExtractContext } from "./resolve.js";

export function extract(text: string, meta: ArticleMeta = {}, context: ExtractContext = {}): Extraction {
  const doc = parseDocument(text, meta);
  const sentences = splitSentences(doc.masked);
  const recognition = recognise(doc.masked);
  // a title given as metadata and not in the text: its names are the article's too ("Readout of
  // President X's call with Y"), with mentions marked as in the title
  const titleMentions = doc.title && doc.titleSpan === null ? recognise(doc.title).mentions.map((m) => ({ ...m, inTitle: true })) : [];
  const resolution = resolve([...recognition.mentions, ...titleMentions], context);
  relate(text, recognition, resolution, sentences);
  const entities = resolution.entities;
  for (const e of entities) e.mentions.sort((a, b) => (a.in ? 1 : 0) - (b.in ? 1 : 0) || a.start - b.start);
  const statements = attributeStatements(doc, entities, sentences);
  return {
    ...(meta.source !== undefined ? { source: meta.source } : {}),
    extractor: EXTRACTOR,
    article: { title: doc.title, publishedOn: doc.publishedOn, outlet: doc.outlet, url: doc.url, body: doc.body },
    entities,
    statements,
  };
}

/** Full names (two words or more) of the people a text names: the first pass of a multi-file run. */
export function fullNamesIn(text: string, meta: ArticleMeta = {}): string[] {
  const doc = parseDocument(text, meta);
  const { entities } = resolve(recognise(doc.masked).mentions);
  return entities.filter((e) => e.type === "PERSON" && e.name.includes(" ")).map((e) => e.name);
}

/**
 * Surname → full name over a set of files, kept only where the surname is unambiguous ("Smith" is
 * dropped when both "Jane Smith" and "John Smith" occur). Built from all files before any is
 * extracted, so each file's output does not depend on the order the files are given in.
 */
export function surnameDirectory(fullNames: Iterable<string>): Map<string, string> {
  const bySurname = new Map<string, Set<string>>();
  for (const name of fullNames) {
    const surname = surnameOf(name);
    if (surname === name) continue;
    let names = bySurname.get(surname);
    if (!names) bySurname.set(surname, (names = new Set()));
    names.add(name);
  }
  const out = new Map<string, string>();
  for (const [surname, names] of [...bySurname].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [only] = names;
    if (names.size === 1 && only) out.set(surname, only);
  }
  return out;
}
