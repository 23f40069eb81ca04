/**
 * Property-based checks of article input validation (shared by ingestArticle and the ingest command):
 * anything at all is either accepted or refused with an InputError whose message says why;
 * nothing else is ever thrown, and binary or broken text is refused.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError, validateArticleInput, type ArticleInput } from "../../src/ingest/input.js";

const MAX = 1_000_000;

describe("validateArticleInput, fed anything", () => {
  it("accepts or throws InputError with a message, never anything else", () => {
    const field = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constant(null),
      fc.constant(undefined),
      fc.integer(),
      fc.object(),
    );
    fc.assert(
      fc.property(fc.record({ text: field, url: field, title: field, outlet: field, publishedOn: field }), (input) => {
        try {
          expect(validateArticleInput(input as unknown as ArticleInput, MAX)).toBe(input);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("refuses text with a control character wherever it is, naming where", () => {
    const control = fc.constantFrom("\u0000", "\u0001", "\u0008", "\u000b", "\u001b", "\u007f", "\u0085", "\u009f");
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), control, fc.string(), (before, c, after) => {
        const text = `x${before}${c}${after}`;
        const valid = !/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/.test(`x${before}`);
        fc.pre(valid && !/[\uD800-\uDFFF\uFFFD]/.test(text));
        expect(() => validateArticleInput({ text }, MAX)).toThrow(
          new RegExp(`control character U\\+${c.charCodeAt(0).toString(16).padStart(4, "0")} at index ${1 + before.length}`),
        );
      }),
    );
  });

  it("refuses lone surrogates, whitespace-only text and text over the size limit", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("\ud800", "\udfff", "\ud83d"), (s, lone) => {
        expect(() => validateArticleInput({ text: `a${s.replace(/[\uD800-\uDFFF]/g, "")}${lone}` }, MAX)).toThrow(InputError);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[ \t\r\n]*$/), (text) => {
        expect(() => validateArticleInput({ text }, MAX)).toThrow("text is empty");
      }),
    );
    expect(() => validateArticleInput({ text: "é".repeat(10) }, 19)).toThrow("text is 20 bytes, over the limit of 19 bytes");
  });
});
