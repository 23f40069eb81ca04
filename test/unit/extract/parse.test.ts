import { describe, expect, it } from "vitest";
import furniture from "../../../src/extract/lexicon/data/furniture.json" with { type: "json" };
import { isoFrom } from "../../../src/extract/text/header.js";
import { parseDocument, requiredLiteral } from "../../../src/extract/text/parse.js";

const page = [
  " date 2020-03-04  icon abicon bicon cicon dicon",
  "HomeWorld News",
  "",
  "Ruritania and Freedonia sign grain accord",
  "",
  "4 Mar, 2020 09:15",
  "Get short URL",
  "Ruritania and Freedonia sign grain accord",
  "Farmers unload wheat near the border. © Example Photo/Jane Roe",
  "Ruritania and Freedonia signed a grain accord on Tuesday, ending a dispute that lasted two years.",
  "",
  "Read more",
  "Freedonia expels envoy over spying row",
  "",
  "The deal covers wheat, barley and maize, officials in both capitals said.",
  "",
  "Related Stories",
  "Ruritania elects new parliament",
  "Daily Planet - The vote was held on Sunday amid heavy rain ...",
  "Accept cookies",
].join("\n");

describe("parseDocument", () => {
  const doc = parseDocument(page);

  it("takes the title from a headline repeated near the top", () => {
    expect(doc.title).toBe("Ruritania and Freedonia sign grain accord");
  });

  it("reads the publication date from the scraper's date line", () => {
    expect(doc.publishedOn).toBe("2020-03-04");
  });

  it("keeps masked text the same length as the raw text, newlines in place", () => {
    expect(doc.masked.length).toBe(page.length);
    expect([...doc.masked].filter((c) => c === "\n").length).toBe([...page].filter((c) => c === "\n").length);
  });

  it("keeps only article paragraphs in the body", () => {
    expect(doc.body).toBe(
      "Ruritania and Freedonia signed a grain accord on Tuesday, ending a dispute that lasted two years.\n\nThe deal covers wheat, barley and maize, officials in both capitals said.",
    );
  });

  it("drops icons, short-URL links, captions, read-more headlines and related stories", () => {
    for (const junk of ["icon", "Get short URL", "©", "Read more", "expels envoy", "Related Stories", "elects", "Accept cookies"]) {
      expect(doc.body).not.toContain(junk);
      expect(doc.masked).not.toContain(junk);
    }
  });

  it("body segments point at the raw text", () => {
    for (const s of doc.bodySegments) expect(doc.body).toContain(page.slice(s.start, s.end));
  });

  it("finds the outlet from a byline prefix in the related list", () => {
    expect(doc.outlet).toBe("Daily Planet");
  });

  it("finds the outlet from an app name before a copyright line", () => {
    const d = parseDocument(
      "Headline here today\n\nHeadline here today\nA long enough first paragraph of the story follows here, with a full stop.\n\nXYZ News App\n\n© Some Holding Company, 2020. All rights reserved.",
    );
    expect(d.outlet).toBe("XYZ");
    expect(d.body).not.toContain("All rights reserved");
  });

  it("reads a date written out with weekday and time in the header", () => {
    const d = parseDocument(
      "Tuesday 3 March 2020 - 10:05\n\nStory Code : 12345\nA headline for the test\nA headline for the test\nThe first paragraph of the story is long enough to count as prose here.",
    );
    expect(d.publishedOn).toBe("2020-03-03");
    expect(d.body).not.toContain("Story Code");
  });

  it("treats plain agency copy without a header as all body, with title and date from meta", () => {
    const text = "The central bank raised rates by half a point on Monday.\nIt said inflation was too high.";
    const d = parseDocument(text, { title: "Bank raises rates", date: "1999-01-02", outlet: "Wire" });
    expect(d.body).toBe(text);
    expect(d.masked).toBe(text);
    expect(d.title).toBe("Bank raises rates");
    expect(d.publishedOn).toBe("1999-01-02");
    expect(d.outlet).toBe("Wire");
  });

  it("reads hard-wrapped agency copy without metadata as body: no sentence's tail as headline, no date from the clock or a wrapped sentence", () => {
    const text = [
      "Vesk Corp said a hearing on its 1987 contract is",
      "scheduled in the district court in Harbour today for",
      "charges against it and eight of its employees.",
      "    The contract falls due on April 7, 1992 and the",
      "equipment is in use at the agency,",
      "Marsh said.",
      "    If found guilty, the company would likely be fined,",
      "Marsh said.",
    ].join("\n");
    const d = parseDocument(text);
    expect(d.title).toBeNull();
    expect(d.publishedOn).toBeNull();
    expect(d.body.startsWith("Vesk Corp said a hearing on its 1987 contract is")).toBe(true);
    expect(d.body.endsWith("Marsh said.")).toBe(true);
  });

  it("reads a date line's date whether it opens, closes or is most of the line", () => {
    for (const [line, iso] of [
      ["PM call with the Prime Minister of Vesk: 9 May 2023", "2023-05-09"],
      ["Posted: Mon 3 March 2014 10:00", "2014-03-03"],
      ["November 18, 2022", "2022-11-18"],
    ] as const) {
      const d = parseDocument(
        `Harbour talks end\n${line}\n\nThe two leaders met in Harbour on Monday to discuss the grain accord and trade.`,
      );
      expect(d.publishedOn, line).toBe(iso);
    }
    // a relative date is read against no clock, and a date inside a wrapped sentence makes no date line
    expect(isoFrom("held in Harbour today for the 1987 budget")).toBeNull();
    expect(isoFrom("a 100 mln dlr eurobond due April 15, 1992 paying")).toBeNull();
  });

  it("takes the outlet from an agency dateline", () => {
    expect(parseDocument("LONDON (Wirenews) - Shares fell on Monday as investors worried about rates.").outlet).toBe("Wirenews");
  });
});

describe("requiredLiteral (the furniture patterns' pre-check)", () => {
  it("reads the run of top-level, unquantified literals every match contains", () => {
    expect(requiredLiteral("^\\s*.*\\buses? cookies\\b.*$")).toBe(" cookies");
    expect(requiredLiteral("^(?=.{0,400}$).*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}\\s*/\\s*(?:AP|AFP)$")).toBe("/");
    expect(requiredLiteral("x\\.y")).toBe("x.y");
    expect(requiredLiteral("\\(x\\)")).toBe("(x)");
    expect(requiredLiteral("[a-z]{1,3}Q")).toBe("Q");
    expect(requiredLiteral("[\\]x]yz")).toBe("yz");
  });

  it("says nothing where a literal may be left out: alternatives, quantifiers, groups, classes", () => {
    expect(requiredLiteral("a|b")).toBeNull();
    expect(requiredLiteral("^\\s*(?:Share|Tweet)\\s*$")).toBeNull();
    expect(requiredLiteral("ab?")).toBe("a");
    expect(requiredLiteral("a*b+c{2}")).toBeNull();
    expect(requiredLiteral("\\d+\\s\\w")).toBeNull();
    // escapes that spell a character or a reference: their digits are no literal of the text
    expect(requiredLiteral("\\x41b")).toBe("b");
    expect(requiredLiteral("\\u0041b")).toBe("b");
    expect(requiredLiteral("\\u{1F600}b")).toBe("b");
    expect(requiredLiteral("(a)\\12b")).toBe("b");
    expect(requiredLiteral("(?<n>a)\\k<n>b")).toBe("b");
    expect(requiredLiteral("\\cJb")).toBe("b");
  });

  it("gives for each furniture pattern a literal that every line it removes contains", () => {
    const lines = [
      "This site uses cookies to improve your visit.",
      "Protesters gather outside parliament. Jane Roe / The Canadian Press",
      "A file photo (THE CANADIAN PRESS/Jane Roe)",
      "Get short URL",
      "Story Code: 12345",
      "Home > World > Europe",
      "Photo credit: Jane Roe",
      "Tags: politics, Europe",
      "© 2024 Example Media. All rights reserved",
    ];
    let removed = 0;
    for (const pattern of furniture.lineRemove) {
      const needs = requiredLiteral(pattern);
      const re = new RegExp(pattern, "u");
      for (const line of lines.filter((l) => re.test(l))) {
        removed++;
        if (needs !== null) expect(line).toContain(needs);
      }
    }
    expect(removed).toBeGreaterThanOrEqual(lines.length);
  });
});
