/** Extraction: raw article text in, an `Extraction` (types.ts) out. Pure: no I/O. */
import { attributeStatements } from "./attribute/index.js";
import { recognise } from "./recognise/index.js";
import { relate } from "./relate/index.js";
import { surnameOf } from "./resolve/ids.js";
import { resolve } from "./resolve/index.js";
import { parseDocument } from "./text/parse.js";
import { splitSentences } from "./text/sentences.js";
import type { ArticleMeta, ExtractContext, Extraction } from "./types.js";
import { EXTRACTOR } from "./version.js";

export { EXTRACTOR } from "./version.js";
export { isGenerationalSuffix, sameGivenName } from "./lexicon/index.js";
export { entityId, slugify } from "./resolve/ids.js";
export type { ExtractContext } from "./types.js";

export function extract(text: string, meta: ArticleMeta = {}, context: ExtractContext = {}): Extraction {
  const doc = parseDocument(text, meta);
  const sentences = splitSentences(doc.masked);
  const recognition = recognise(doc.masked);
  // a title given as metadata and not in the text: its names are the article's too ("Readout of
  // President X's call with Y"), with mentions marked as in the title
  const titleMentions = doc.title && doc.titleSpan === null ? recognise(doc.title).mentions.map((m) => ({ ...m, inTitle: true })) : [];
  const resolution = resolve([...recognition.mentions, ...titleMentions], context);
  const entities = relate(text, recognition, resolution, sentences);
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
