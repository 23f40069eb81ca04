import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { nameKeyPattern, nameWord } from "../../../src/graph/read/names.js";
import { sameStatement, wordOverlap } from "../../../src/graph/read/overlap.js";
import { luceneQuery } from "../../../src/graph/read/search.js";

/** Java and JavaScript agree on the syntax nameKeyPattern uses (lookarounds, \p{…}, (?s)), with the u flag. */
const matches = (pattern: string, key: string) => new RegExp(`^${pattern.replace("(?s)", "")}$`, "su").test(key);

describe("nameKeyPattern", () => {
  it("matches a whole word or words of a name key, case-insensitively", () => {
    const p = nameKeyPattern("  BIDEN ")!;
    expect(matches(p, "joe biden")).toBe(true);
    expect(matches(p, "us president joe biden")).toBe(true);
    expect(matches(p, "bidenomics")).toBe(false);
    expect(matches(nameKeyPattern("Joe   Biden")!, "us president joe biden")).toBe(true);
    expect(matches(nameKeyPattern("Bide")!, "joe biden")).toBe(false);
  });

  it("is null for blank input and escapes every metacharacter", () => {
    expect(nameKeyPattern("   ")).toBeNull();
    expect(matches(nameKeyPattern("u.s.")!, "u.s.")).toBe(true);
    expect(matches(nameKeyPattern("u.s.")!, "uxsx")).toBe(false);
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = nameKeyPattern(s);
        if (p) expect(() => new RegExp(p.replace("(?s)", ""), "su")).not.toThrow();
      }),
    );
  });
});

describe("nameWord", () => {
  it("is the longest word as a Lucene phrase, quotes and backslashes escaped, so any input parses", () => {
    expect(nameWord("  Ada   QUILLFEATHER ")).toBe('"quillfeather"');
    expect(nameWord("Seán O'Neill-Marsh")).toBe(`"o'neill-marsh"`);
    expect(nameWord('a "b\\c"')).toBe('"\\"b\\\\c\\""');
    expect(nameWord(" -- & ")).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = nameWord(s);
        // a phrase: one quoted string in which every quote and backslash is escaped
        if (q !== null) expect(q).toMatch(/^"(?:[^"\\]|\\["\\])*"$/);
      }),
    );
  });
});

describe("luceneQuery", () => {
  it("keeps words only, lower-cased, so operators and syntax are never interpreted", () => {
    expect(luceneQuery("Peskov AND (NATO)")).toBe("peskov and nato");
    expect(luceneQuery('  *:* "~ ')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = luceneQuery(s);
        if (q) expect(q).toMatch(/^[\p{L}\p{N}]+( [\p{L}\p{N}]+)*$/u);
      }),
    );
  });
});

describe("sameStatement", () => {
  it("pairs a quotation with reported speech that carries a quoted fragment of three words or more", () => {
    expect(
      sameStatement("“Russia has never planned to attack anyone,” he said", "Peskov said “Russia has never planned to attack anyone”"),
    ).toBe(true);
    expect(sameStatement("Freedonia “will never leave the Alliance”", "“Freedonia will never leave the Alliance, whatever happens”")).toBe(
      true,
    );
  });

  it("pairs texts sharing a run of five words or most content words", () => {
    expect(
      sameStatement("the leaders would be discussing the crisis state of relations", "he said the leaders would be discussing the crisis"),
    ).toBe(true);
    expect(wordOverlap("defence budget would rise next year sharply", "next year the defence budget would rise")).toBeGreaterThan(0.6);
  });

  it("keeps different statements of one speaker apart", () => {
    expect(sameStatement("“Russia has never planned to attack anyone”", "“we look for good, predictable relations with the US”")).toBe(
      false,
    );
    expect(sameStatement("“crisis”", "the “crisis” state of relations")).toBe(false);
    expect(sameStatement("", "")).toBe(false);
  });
});
