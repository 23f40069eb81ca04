/**
 * Property-based robustness of the extractor (fast-check): random and hostile text never makes it
 * throw, and every span it reports lies inside the text and quotes it exactly
 * (`raw.slice(start, end) === text`, every offset points into the raw text).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import type { Extraction } from "../../src/extract/types.js";

/** Pieces that steer the extractor into its interesting paths, mixed with hostile characters. */
const PIECES = [
  "Joe Biden",
  "Vladimir Putin",
  "Kremlin spokesman Dmitry Peskov",
  "the Russian president",
  "the White House",
  "Russia",
  "United States",
  "Ukraine",
  "NATO",
  "Moscow",
  "Washington",
  " said",
  " told reporters",
  " according to ",
  " on Monday",
  " last week",
  ", he added.",
  "“",
  "”",
  '"',
  "'",
  "‘",
  "’",
  "«",
  "»",
  "«Нет»",
  ". ",
  "! ",
  "? ",
  "…",
  "\n",
  "\n\n",
  "\r\n",
  "\t",
  " ",
  "  ",
  "(",
  ")",
  "—",
  "–",
  "-",
  "Mr.",
  "Dr.",
  "U.S.",
  "e.g.",
  "Read more",
  "Featured Stories",
  "Accept cookies",
  "Get short URL",
  "© 2021 RT",
  "7 Dec, 2021 14:05",
  "2021-12-07",
  "https://example.com/a?b=c",
  "\u200b",
  "\u200f",
  "\u202e",
  "\ufeff",
  "\u00a0",
  "🇺🇸",
  "👩‍👩‍👧",
  "e\u0301",
  "\ud83d",
  "\ude00",
  "\u0000",
  "\u001b[31m",
  "<script>alert(1)</script>",
  "' }) MATCH (n) DETACH DELETE n //",
  "*:*",
  "$where",
  "%s%n",
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 120 })
  .map((parts) => parts.join(""));

const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  hostileText,
);

/** Every span lies inside the text (a mention marked in: "title", inside the title given as metadata) and quotes it. */
function expectSpansInside(raw: string, x: Extraction, title: string | null = null): void {
  for (const entity of x.entities) {
    for (const m of entity.mentions) {
      const into = m.in === "title" ? title : raw;
      expect(into, `mention ${JSON.stringify(m)} in a title not given`).not.toBeNull();
      const src = into ?? "";
      expect(Number.isInteger(m.start) && Number.isInteger(m.end), `mention ${JSON.stringify(m)}`).toBe(true);
      expect(0 <= m.start && m.start <= m.end && m.end <= src.length, `mention ${JSON.stringify(m)} inside ${src.length}`).toBe(true);
      expect(src.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const s of x.statements) {
    expect(0 <= s.start && s.start <= s.end && s.end <= raw.length, `statement ${s.start}-${s.end} inside ${raw.length}`).toBe(true);
    expect(raw.slice(s.start, s.end)).toBe(s.text);
  }
}

describe("extract, fed random and hostile text", () => {
  it("never throws, and every span lies inside the text and quotes it exactly", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expectSpansInside(raw, extract(raw));
      }),
      { numRuns: 400 },
    );
  });

  it("copes with hostile metadata too", () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.record({
          title: fc.option(fc.string()),
          date: fc.option(fc.string()),
          outlet: fc.option(fc.string()),
          url: fc.option(fc.string()),
        }),
        (raw, meta) => {
          const x = extract(raw, meta);
          expectSpansInside(raw, x, x.article.title);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("handles pathological sizes: one huge word, thousands of quotes, deep brackets", () => {
    for (const raw of [
      "a".repeat(200_000),
      "“".repeat(20_000),
      "(".repeat(20_000) + ")".repeat(20_000),
      "Joe Biden said “".repeat(2_000),
      ". ".repeat(50_000),
    ]) {
      const started = performance.now();
      expectSpansInside(raw, extract(raw));
      expect(performance.now() - started, `${raw.slice(0, 20)}… (${raw.length} chars)`).toBeLessThan(10_000);
    }
  });
});
