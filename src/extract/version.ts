/** The extractor's name and version, stored with every article: re-ingest re-extracts the articles another version extracted. */
export const EXTRACTOR = "newsgraph-extract@0.11.0";
