import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";

const said = (text: string) => extract(text, { date: "2024-03-14" }).statements.map((s) => `${s.speaker ?? "?"}: ${s.text}`);
const names = (text: string) => extract(text).entities.map((e) => `${e.type}:${e.name}`);

const CALL =
  "President Elena Marwick spoke today with Prime Minister Tomas Arvidsen of Norway. The two leaders discussed the security situation in the Baltic Sea and their shared commitment to NATO. Prime Minister Arvidsen underscored the importance of energy cooperation. The President reaffirmed the support of the United States for the sovereignty of Norway.";
const MEETING =
  "Chancellor Dieter Vossberg held a telephone call with President Amina Sallah of Kenya on Tuesday. Chancellor Vossberg emphasized Germany's readiness to support regional stability. President Sallah noted that Kenya would host the next round of talks.";

describe("extract on government readouts of leaders' calls", () => {
  it("finds both leaders, the countries and the organisations named", () => {
    expect(names(CALL)).toEqual(
      expect.arrayContaining(["PERSON:Elena Marwick", "PERSON:Tomas Arvidsen", "COUNTRY:Norway", "COUNTRY:United States", "ORGANISATION:North Atlantic Treaty Organization"]),
    );
  });

  it("gives 'Prime Minister X of Y' its role", () => {
    const arvidsen = extract(CALL).entities.find((e) => e.name === "Tomas Arvidsen");
    expect(arvidsen?.roles).toContainEqual({ title: "Prime Minister", of: "Norway" });
  });

  it("attributes what a leader underscored, with the verb kept in the statement", () => {
    expect(said(CALL)).toContain("Tomas Arvidsen: underscored the importance of energy cooperation");
  });

  it("resolves 'The President' to the person of the article who holds that title", () => {
    expect(said(CALL)).toContain("Elena Marwick: reaffirmed the support of the United States for the sovereignty of Norway");
  });

  it("attributes emphasis and notes to the leader named by title and surname", () => {
    expect(said(MEETING)).toEqual([
      "Dieter Vossberg: emphasized Germany's readiness to support regional stability",
      "Amina Sallah: Kenya would host the next round of talks",
    ]);
  });
});
