/**
 * Speaker resolution (src/extract/referent.ts, transcript.ts) through the whole extractor, on made-up
 * texts: each case names what the source phrase is and what it must (and must not) resolve to.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import type { ExtractedStatement } from "../../../src/extract/types.js";

const statements = (text: string): ExtractedStatement[] => extract(text).statements;
const find = (text: string, words: string): ExtractedStatement => {
  const s = statements(text).find((x) => x.text.includes(words));
  if (!s) throw new Error(`no statement with "${words}" in ${JSON.stringify(statements(text).map((x) => x.text))}`);
  return s;
};

describe("sources as written", () => {
  it("keeps the source phrase beside the speaker it resolves to", () => {
    const s = find("Interior Minister Marta Quellhorn said on Monday that the border would stay open.", "border");
    expect(s.speaker).toBe("Marta Quellhorn");
    expect(s.source).toBe("Interior Minister Marta Quellhorn");
  });

  it("gives a described source no speaker, and says who in source", () => {
    const s = find("“The talks have stalled for weeks now,” a senior official said.", "stalled");
    expect(s.speaker).toBeNull();
    expect(s.speakerId).toBeNull();
    expect(s.source).toBe("a senior official");
  });

  it("takes the person, not the body, for a lower-case title of a body", () => {
    const text =
      "Dorian Vesk spent a decade in Parliament. The former sergeant-at-arms of the House of Commons said Monday he is considering a run for office.";
    const s = find(text, "considering a run");
    expect(s.speaker).not.toBe("House of Commons");
  });

  it("takes the person before 'at the University', not the university", () => {
    const s = find("Physics professor Kent Marrow at the University of Toronto says the winds are slowing down.", "winds");
    expect(s.speaker).toBe("Kent Marrow");
  });
});

describe("pronouns", () => {
  const text =
    "Mary Quillfeather met Thomas Brannigan on Tuesday. They spoke for an hour about the harbour. " +
    "“We will rebuild the harbour within two years,” she said. “The money is there for it,” he said.";

  it("gives 'she' to the woman named before, by her given name", () => {
    expect(find(text, "rebuild the harbour").speaker).toBe("Mary Quillfeather");
  });

  it("gives 'he' to the man named before, though a woman spoke last", () => {
    expect(find(text, "money is there").speaker).toBe("Thomas Brannigan");
  });
});

describe("names", () => {
  it("keeps two people of one surname apart and gives the bare surname to the one named last", () => {
    const text =
      "Toronto guard Norman Pellworth said he would miss his teammates. Central bank chair Jerome Pellworth said rates would stay. " +
      "“We were in the foxhole together,” said Pellworth.";
    const x = extract(text);
    const people = x.entities.filter((e) => e.type === "PERSON").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Norman Pellworth", "Jerome Pellworth"]));
    expect(x.statements.find((s) => s.text.includes("foxhole"))?.speaker).toBe("Jerome Pellworth");
    expect(x.statements.find((s) => s.text.includes("miss his teammates"))?.speaker).toBe("Norman Pellworth");
  });

  it("keeps a party word out of a person's name", () => {
    const x = extract("Democrat Hillary Vandermeer said the economy was strong.");
    expect(x.entities.map((e) => e.name)).toContain("Hillary Vandermeer");
    expect(x.statements[0]?.speaker).toBe("Hillary Vandermeer");
    expect(x.statements[0]?.source).toBe("Democrat Hillary Vandermeer");
  });
});

describe("transcripts", () => {
  const text =
    "Senator Anna Brightwater spoke with the host on Sunday. Partial transcript as follows:\n\n" +
    "HOLLIS: Let's start with the budget. Will you vote for it?\n" +
    "BRIGHTWATER: Not in its present form. It cuts the hospitals again.\n" +
    "HOLLIS: And if it is amended?\n" +
    "BRIGHTWATER: Then we can talk about it next week.\n";

  it("makes each 'NAME:' line a direct statement of that speaker", () => {
    const turns = statements(text).filter((s) => s.source === "BRIGHTWATER");
    expect(turns.map((s) => s.text)).toEqual([
      "Not in its present form. It cuts the hospitals again.",
      "Then we can talk about it next week.",
    ]);
    expect(turns.every((s) => s.speaker === "Anna Brightwater" && s.kind === "DIRECT" && s.verb === null)).toBe(true);
  });

  it("keeps a name that speaks twice though the article names it nowhere else, with no speaker", () => {
    const host = statements(text).filter((s) => s.source === "HOLLIS");
    expect(host).toHaveLength(2);
    expect(host.every((s) => s.speaker === null)).toBe(true);
  });

  it("reads no transcript into page furniture ('READ MORE:' lines)", () => {
    const furniture = "Anna Brightwater voted no.\nREAD MORE: Budget passes the Senate\nREAD MORE: Hospitals brace for cuts\n";
    expect(statements(furniture).filter((s) => s.source === "READ MORE")).toEqual([]);
  });
});

describe("text as it comes", () => {
  it("reads hard-wrapped copy as running text: a name split over two lines is one person", () => {
    const text =
      "HARBOURTON (Wire) - Treasury Secretary Jonas\n" +
      "Quillfeather said on Monday that the currency had\n" +
      "fallen far enough, adding that the finance ministers\n" +
      "would meet again in April to review the accord\n" +
      "reached by the group in the spring, when it agreed\n" +
      "to hold the exchange rates near current levels.\n\n" +
      "Quillfeather told reporters the talks went well.\n";
    const x = extract(text);
    const person = x.entities.find((e) => e.type === "PERSON");
    expect(person?.name).toBe("Jonas Quillfeather");
    expect(x.entities.filter((e) => e.type === "PERSON")).toHaveLength(1);
    // offsets still point into the raw text, line break included
    expect(person?.mentions[0]?.text).toBe("Jonas\nQuillfeather");
    expect(text.slice(person?.mentions[0]?.start, person?.mentions[0]?.end)).toBe("Jonas\nQuillfeather");
    expect(x.statements.find((s) => s.text.includes("fallen far enough"))?.speaker).toBe("Jonas Quillfeather");
  });

  it("keeps line breaks of ordinary paragraphs as breaks", () => {
    const x = extract("Maria Oduya\nwas not there.\nTom Brask\ncame late.\n");
    expect(x.entities.map((e) => e.name)).not.toContain("Maria Oduya Tom Brask");
  });
});

describe("the title is part of the article", () => {
  it("takes the names of a title given as metadata, with mentions marked as in the title", () => {
    const x = extract("The two leaders discussed trade and energy security on a call on Tuesday.", {
      title: "Readout of President Ingrid Solberg's Call with Chancellor Otto Brandl of Austria",
    });
    const solberg = x.entities.find((e) => e.name === "Ingrid Solberg");
    expect(solberg?.mentions).toEqual([{ start: 21, end: 35, text: "Ingrid Solberg", in: "title" }]);
    expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Otto Brandl", "Austria"]));
    // "the two leaders": the readout's principal, named in the title only
    expect(x.statements[0]?.speaker).toBe("Ingrid Solberg");
    expect(x.statements[0]?.source).toBe("The two leaders");
  });
});

describe("names written family name first, and subjects of two people", () => {
  it("gives a bare family name to the person whose name opens with it ('Hua Chunying' … 'Hua told reporters')", () => {
    const x = extract(
      "Foreign ministry spokeswoman Hua Chunying spoke on Tuesday. Hua told reporters at a daily briefing that the talks would go on.",
    );
    expect(x.statements.find((s) => s.text.includes("talks would go on"))?.speaker).toBe("Hua Chunying");
  });

  it("gives 'A and B said' in news to the person named last, not to the article's first person", () => {
    const x = extract(
      "Mayor Olga Denholm opened the hearing. Nick Sandover and Nathan Pellick spoke later. Both Sandover and Pellick have said they were trying to keep the peace.",
    );
    expect(x.statements.find((s) => s.text.includes("keep the peace"))?.speaker).toBe("Nathan Pellick");
  });
});

describe("roles attach to what the text relates them to", () => {
  it("gives no country to 'Chancellor X' in a story set in another country's town", () => {
    const x = extract(
      "World leaders gather in Davos this week. Prime Minister Tony Blair of Britain will speak in Davos on Thursday. " +
        "Chancellor Gordon Brown will stay in London. The Swiss summit ends on Sunday.",
    );
    const brown = x.entities.find((e) => e.name === "Gordon Brown");
    expect(brown?.roles?.map((r) => r.title)).toContain("Chancellor");
    expect(brown?.roles?.some((r) => r.of === "Switzerland")).toBe(false);
  });
});
