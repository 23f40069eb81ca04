/** The extraction contract (CONTRACTS.md §2) and the shapes passed between extraction stages. */

export type EntityType = "PERSON" | "COUNTRY" | "ORGANISATION" | "LOCATION";
export type StatementKind = "DIRECT" | "INDIRECT" | "MIXED";

/** What the caller knows about an article besides its text; it wins over what the page says. */
export interface ArticleMeta {
  title?: string | null;
  /** ISO date YYYY-MM-DD */
  date?: string | null;
  outlet?: string | null;
  url?: string | null;
  source?: string;
}

/** A half-open range [start, end) of UTF-16 indices into the raw input text. */
export interface Span {
  start: number;
  end: number;
  text: string;
  /** "title": the span is in the article's title given as metadata (offsets into the title), not in the text */
  in?: "title";
}

export interface Role {
  title: string;
  /** canonical name of another entity in the same extraction, or null when unknown */
  of: string | null;
}

export interface ExtractedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2, countries only */
  code?: string;
  /** people only */
  roles?: Role[];
  mentions: Span[];
}

export interface ExtractedStatement {
  speaker: string | null;
  speakerId: string | null;
  /** the source phrase as written ("ministry spokesman Tomas Okafor", "a senior official", "he"), or null */
  source: string | null;
  text: string;
  kind: StatementKind;
  verb: string | null;
  saidOn: string | null;
  about: string[];
  start: number;
  end: number;
}

export interface ExtractedArticle {
  title: string | null;
  publishedOn: string | null;
  outlet: string | null;
  url: string | null;
  body: string;
}

export interface Extraction {
  source?: string;
  extractor: string;
  article: ExtractedArticle;
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
}

/**
 * The parsed page. `masked` has exactly the length of `raw`; every character that is page
 * furniture (menus, captions, related stories, header lines, title) is replaced by a space
 * (newlines kept), so later stages can work on `masked` and their offsets stay valid in `raw`.
 */
export interface ParsedDocument {
  raw: string;
  masked: string;
  title: string | null;
  titleSpan: { start: number; end: number } | null;
  publishedOn: string | null;
  outlet: string | null;
  url: string | null;
  /** raw-text ranges that make up the body, in order */
  bodySegments: { start: number; end: number }[];
  body: string;
}
