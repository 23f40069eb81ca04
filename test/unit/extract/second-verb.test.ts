import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";

const said = (text: string): [string | null, string | null, string][] =>
  extract(text, { date: "2024-03-14" }).statements.map((s) => {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    return [s.speaker, s.verb, s.text];
  });

describe("a second reporting verb in the same clause", () => {
  it("splits 'X welcomed the agreement and stressed that …' into two statements by X", () => {
    expect(said("Foreign Minister Maria Olsen welcomed the agreement and stressed that the region needed stability.")).toEqual([
      ["Maria Olsen", "welcomed", "welcomed the agreement"],
      ["Maria Olsen", "stressed", "the region needed stability"],
    ]);
  });

  it("splits at ', and' too", () => {
    expect(said("Prime Minister Henrik Dahl welcomed the agreement, and stressed that talks would continue next week.")).toEqual([
      ["Henrik Dahl", "welcomed", "welcomed the agreement"],
      ["Henrik Dahl", "stressed", "talks would continue next week"],
    ]);
  });

  it("splits a readout's 'discussed … and agreed to …'", () => {
    const out = said("Chancellor Ines Vogt discussed trade and security and agreed to meet again in the spring.");
    expect(out.map(([who, verb]) => [who, verb])).toEqual([
      ["Ines Vogt", "discussed"],
      ["Ines Vogt", "agreed"],
    ]);
    expect(out[0]?.[2]).toBe("discussed trade and security");
  });

  it("splits 'thanked … and said that …'", () => {
    expect(said("Karl Brandt thanked the hosts and said that the visit had been productive.")).toEqual([
      ["Karl Brandt", "thanked", "thanked the hosts"],
      ["Karl Brandt", "said", "the visit had been productive"],
    ]);
  });

  it("does not split coordinated objects", () => {
    expect(said("Mayor Tomas Reyes said the roads and bridges would be repaired by May.")).toEqual([
      ["Tomas Reyes", "said", "the roads and bridges would be repaired by May"],
    ]);
    expect(said("Governor Lena Park said wages and prices had risen.")).toEqual([["Lena Park", "said", "wages and prices had risen"]]);
  });

  it("leaves a verb of another subject inside the clause alone", () => {
    const out = said("Nadia Berg said the union and the employers had agreed to talks.");
    expect(out).toEqual([["Nadia Berg", "said", "the union and the employers had agreed to talks"]]);
  });
});
