import { describe, expect, it } from "vitest";
import { contentHash, InputError, validateArticleInput } from "../../src/ingest/input.js";

const ok = (text: string, extra = {}) => validateArticleInput({ text, ...extra }, 1000);

describe("validateArticleInput", () => {
  it("accepts ordinary article text", () => {
    expect(ok("The minister said on Monday that talks would resume.\n\nMore text.").text).toContain("minister");
  });

  it.each([
    ["", /text is empty/],
    ["   \n\t ", /text is empty/],
    ["a".repeat(1001), /1001 bytes, over the limit of 1000/],
    ["abc\u0000def", /control character U\+0000 at index 3/],
    ["PK\u0003\u0004binary", /control character U\+0003/],
    ["half \uD800 surrogate", /not valid Unicode/],
    ["bad \uFFFD bytes", /not valid UTF-8/],
  ])("rejects %j with a message that names the problem", (text, message) => {
    expect(() => ok(text)).toThrow(InputError);
    expect(() => ok(text)).toThrow(message);
  });

  it("rejects a malformed date and a non-http URL", () => {
    expect(() => ok("text", { publishedOn: "2021-13-40" })).toThrow(/publishedOn must be a date/);
    expect(() => ok("text", { url: "javascript:alert(1)" })).toThrow(/url must be an http/);
  });

  it("counts the size in UTF-8 bytes, not characters", () => {
    expect(() => ok("é".repeat(501))).toThrow(/1002 bytes/);
  });
});

describe("contentHash", () => {
  it("ignores differences in whitespace, so re-scraped copies are one article", () => {
    expect(contentHash("Hello  world\n")).toBe(contentHash(" Hello world"));
  });
  it("differs when the words differ", () => {
    expect(contentHash("Hello world")).not.toBe(contentHash("Hello world!"));
  });
});
