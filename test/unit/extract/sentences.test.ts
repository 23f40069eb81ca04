import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/extract/text/quotes.js";
import { splitSentences } from "../../../src/extract/text/sentences.js";

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const quotes = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));
const inner = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));

describe("splitSentences", () => {
  it("does not break after titles, initials or acronyms", () => {
    const text = "Mr. Hale met Dr. J. R. Osei in the U.S. capital. They talked for an hour.";
    expect(sentences(text)).toEqual(["Mr. Hale met Dr. J. R. Osei in the U.S. capital.", "They talked for an hour."]);
  });

  it("does not break inside decimals or before a month's day number", () => {
    expect(sentences("Prices rose 3.5% on Jan. 4 in St. Louis. Traders were calm.")).toEqual([
      "Prices rose 3.5% on Jan. 4 in St. Louis.",
      "Traders were calm.",
    ]);
  });

  it("keeps a closing quote mark with the sentence it ends", () => {
    expect(sentences("She said: “We are ready.” The vote follows.")).toEqual(["She said: “We are ready.”", "The vote follows."]);
  });

  it("does not break when a quoted question is followed by its attribution", () => {
    expect(sentences("“Why now?” the mayor asked. Nobody replied.")).toEqual(["“Why now?” the mayor asked.", "Nobody replied."]);
  });

  it("ends a sentence at a paragraph break even without punctuation", () => {
    expect(sentences("Markets in turmoil\n\nShares fell sharply.\nBonds rallied")).toEqual([
      "Markets in turmoil",
      "Shares fell sharply.",
      "Bonds rallied",
    ]);
  });

  it("treats an ellipsis before a capital as a sentence end and before lower case as a pause", () => {
    expect(sentences("We waited... and waited... Then it rained.")).toEqual(["We waited... and waited...", "Then it rained."]);
  });

  it("breaks after an acronym when a typical sentence opener follows", () => {
    expect(sentences("He moved to the U.S. The move paid off.")).toEqual(["He moved to the U.S.", "The move paid off."]);
  });

  it("returns offsets into the text given, skipping masked blanks", () => {
    const text = "      \nA short line. Another.";
    const s = splitSentences(text);
    expect(s[0]).toEqual({ start: 7, end: 20 });
  });
});

describe("findQuotes", () => {
  it("pairs curly double quotes", () => {
    expect(inner("The minister called it “a betrayal” and left.")).toEqual(["a betrayal"]);
  });

  it("pairs straight double quotes", () => {
    expect(quotes('He said "no deal" twice, then "maybe".')).toEqual(['"no deal"', '"maybe"']);
  });

  it("continues a quote into the next paragraph that reopens without closing", () => {
    const text = "“We will rebuild the bridge.\n\n“It will take two years,” the engineer said.";
    expect(inner(text)).toEqual(["We will rebuild the bridge.\n\n“It will take two years,"]);
  });

  it("drops a quote left open at a paragraph end that does not reopen", () => {
    expect(quotes("He said “this never closes.\n\nA new paragraph with “a quote”.")).toEqual(["“a quote”"]);
  });

  it("treats single curly quotes as quotation marks but not apostrophes", () => {
    expect(inner("The board’s plan was ‘unworkable’, the union’s leader said.")).toEqual(["unworkable"]);
  });

  it("does not close a single quote at a plural possessive when a later closer exists", () => {
    expect(inner("They called it ‘the workers’ charter’ last year.")).toEqual(["the workers’ charter"]);
  });

  it("treats straight single quotes as quotation marks around words, not in contractions", () => {
    expect(inner("It's what the report called 'a missed chance' and they didn't argue.")).toEqual(["a missed chance"]);
  });

  it("keeps quotes nested inside a double quote as part of it", () => {
    expect(inner("“They told us ‘wait’ and we waited,” she said.")).toEqual(["They told us ‘wait’ and we waited,"]);
  });

  it("spans sentences inside one quotation", () => {
    expect(inner("“We lost. We will be back,” the coach said.")).toEqual(["We lost. We will be back,"]);
  });
});
