/** Validation of article input, shared by the ingestArticle mutation and the ingest command. */
import { createHash } from "node:crypto";

export interface ArticleInput {
  text: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  publishedOn?: string | null;
}

/** Input that cannot become an article; the message says what is wrong. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

// C0 controls other than tab, newline, carriage return and form feed; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function validateArticleInput(input: ArticleInput, maxBytes: number): ArticleInput {
  const { text } = input;
  if (typeof text !== "string") throw new InputError("text must be a string");
  if (text.trim() === "") throw new InputError("text is empty");
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) throw new InputError(`text is ${bytes} bytes, over the limit of ${maxBytes} bytes`);
  if (LONE_SURROGATE.test(text)) throw new InputError("text is not valid Unicode (it has an unpaired surrogate)");
  if (text.includes("\uFFFD")) throw new InputError("text is not valid UTF-8 (it has replacement characters)");
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, "0");
    throw new InputError(`text has a control character U+${code} at index ${control.index}: binary data is not an article`);
  }
  if (input.publishedOn != null && !isIsoDate(input.publishedOn)) {
    throw new InputError(`publishedOn must be a date as YYYY-MM-DD, got ${JSON.stringify(input.publishedOn)}`);
  }
  if (input.url != null && !isHttpUrl(input.url)) throw new InputError(`url must be an http(s) URL, got ${JSON.stringify(input.url)}`);
  return input;
}

export function isIsoDate(value: unknown): value is string {
  // not a string (a JSON object, say): no date, and no attempt to turn it into one
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/** The article's identity: a hash of its normalised text, so metadata and whitespace do not make a new article. */
export function contentHash(text: string): string {
  const normalised = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalised).digest("hex");
}
