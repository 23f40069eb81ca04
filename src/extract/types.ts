/** The extraction output that outside checks read (kept stable) and the shapes passed between extraction stages. */

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

/** A half-open range [start, end) of indices into the text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A quotation: the marks at `start` and `end - 1`, its words in [innerStart, innerEnd). */
export interface QuoteSpan {
  /** index of the opening quotation mark */
  start: number;
  /** index just after the closing quotation mark */
  end: number;
  innerStart: number;
  innerEnd: number;
}

/** A word token of the masked text, with the facts recognition needs about it. */
export interface Token {
  start: number;
  /** end of the word, a possessive ’s excluded */
  end: number;
  text: string;
  key: string;
  /** starts with an upper-case letter (or is a dotted initialism) */
  cap: boolean;
  /** the word follows sentence-ending punctuation, an opening quote or a line start */
  sentenceStart: boolean;
  /** joined to the previous token by a hyphen ("US-Russian") */
  hyphenBefore: boolean;
  /** only spaces separate it from the previous token */
  adjacent: boolean;
  possessive: boolean;
}

/** The rule that made a mention (see recognise/passes). */
export type MentionCue =
  | "gazetteer"
  | "demonym"
  | "metonym"
  | "title"
  | "first-name"
  | "verb"
  | "shape"
  | "suffix"
  | "portfolio"
  | "acronym"
  | "org-noun"
  | "according-to"
  | "preposition"
  | "candidate"
  /** a lone name after a kinship noun ("his father, Joseph,"): a family member, not a namesake named in full */
  | "kinship"
  | "team";

/** A name recognised in the text, before resolution into entities. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** canonical name from the gazetteer, or the surface text */
  name: string;
  /** country code of a country, or of the country an organisation or place belongs to */
  code: string | null;
  cue: MentionCue;
  /** token range [from, to) */
  from: number;
  to: number;
  /** in the title given as metadata (offsets into the title), not in the text */
  inTitle?: boolean;
}

/** A title phrase found by recognition, by the token range it covers. */
export interface TitlePhrase {
  from: number;
  to: number;
  title: string;
  /** a long title with an "of/for" complement ("Minister for European Affairs", "President of the European Commission") */
  complement?: boolean;
  /** token range of the entity the complement names after "of" ("… of Ukraine"), when there is one */
  of?: { from: number; to: number };
}

export interface Recognition {
  tokens: Token[];
  mentions: Mention[];
  /** title phrases found, by the token range they cover */
  titles: TitlePhrase[];
}

/** What earlier articles taught: surname → full name ("Smith" → "Jane Smith"). */
export interface ExtractContext {
  knownPeople?: ReadonlyMap<string, string>;
}

/** The article's entities and which entity each recognised mention went to. */
export interface Resolution {
  entities: ExtractedEntity[];
  /** entity id of each mention (same index as the mentions), or null when it was dropped */
  entityOf: (string | null)[];
}

/** A mention of one of the article's resolved entities, as speaker resolution sees it. */
export interface EntityMention {
  start: number;
  end: number;
  entity: ExtractedEntity;
}

export type SubjectKind = "entity" | "person-pronoun" | "institution" | "group" | "unknown" | "none";

/** The subject of a reporting verb. */
export interface Subject {
  kind: SubjectKind;
  entity: ExtractedEntity | null;
  /** where the subject noun phrase starts in the text */
  start: number;
}

/** The attribution pattern that found a statement (see attribute/patterns). */
export type StatementRule =
  | "reporting-verb"
  | "statement-before"
  | "second-verb"
  | "according-to"
  | "as-aside"
  | "participle"
  | "floating-quote"
  | "transcript-turn"
  | "signed-quote";

/** A statement found but not yet finished: where its text, verb and subject are, in the masked text. */
export interface Draft {
  /** the pattern that found it */
  rule: StatementRule;
  subject: Subject;
  /** span of the statement text */
  start: number;
  end: number;
  verbStart: number;
  verbEnd: number;
  /** the attribution (subject, verb, adjuncts): where a date expression is looked for */
  attrStart: number;
  attrEnd: number;
  unit: number;
  /** the cue of another draft this one continues ("…, adding that …") */
  follows: Draft | null;
  /** where an earlier statement in the same unit ends when this attribution follows it */
  cut: number | null;
  /** a readout verb that reports speech only with a person or the participants as subject */
  peopleOnly?: boolean;
  /** where the source phrase is when it is no subject of the verb (a transcript's "HOLLIS:", the name opening the sentence before "…, saying") */
  sourceSpan?: { start: number; end: number };
}
