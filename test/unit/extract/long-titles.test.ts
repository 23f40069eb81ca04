import { describe, expect, it } from "vitest";
import { recognise } from "../../../src/extract/recognise.js";
import { relate } from "../../../src/extract/relate.js";
import { resolve } from "../../../src/extract/resolve.js";
import { splitSentences } from "../../../src/extract/sentences.js";
import type { ExtractedEntity } from "../../../src/extract/types.js";

function entities(text: string): ExtractedEntity[] {
  const recognition = recognise(text);
  const resolution = resolve(recognition.mentions);
  relate(text, recognition, resolution, splitSentences(text));
  return resolution.entities;
}
const people = (text: string): Map<string, ExtractedEntity> => new Map(entities(text).filter((e) => e.type === "PERSON").map((e) => [e.name, e]));

describe("long titles before a name", () => {
  it("keeps 'Minister for … Affairs' out of the name, modifier included in the title", () => {
    const p = people("Federal Minister for European and International Affairs Lukas Brenner said the talks were useful.");
    expect([...p.keys()]).toEqual(["Lukas Brenner"]);
    expect(p.get("Lukas Brenner")?.roles).toEqual([{ title: "Federal Minister for European and International Affairs", of: null }]);
    expect(p.get("Lukas Brenner")?.mentions.map((m) => m.text)).toEqual(["Lukas Brenner"]);
  });

  it("reads a comma-and-'and' list in the complement", () => {
    const text = "Secretary of State for Foreign, Commonwealth and Development Affairs Harriet Pembrook said the deal was fair.";
    const all = entities(text);
    expect(all.map((e) => e.name)).toEqual(["Harriet Pembrook"]);
    expect(all[0]?.roles).toEqual([{ title: "Secretary of State for Foreign, Commonwealth and Development Affairs", of: null }]);
  });

  it("reads 'President of the European Commission X' as President of the organisation", () => {
    const p = people("President of the European Commission Margit Solvang said the bloc was united.");
    expect(p.get("Margit Solvang")?.roles).toEqual([{ title: "President", of: "European Commission" }]);
  });

  it("reads 'Minister of Foreign Affairs of <country> X'", () => {
    const all = entities("Minister of Foreign Affairs of Ukraine Taras Melnychuk said the talks were over.");
    expect(all.filter((e) => e.type === "PERSON").map((e) => e.name)).toEqual(["Taras Melnychuk"]);
    expect(all.find((e) => e.name === "Taras Melnychuk")?.roles).toEqual([{ title: "Minister of Foreign Affairs", of: "Ukraine" }]);
  });

  it("reads 'Director-General of the World Health Organization X'", () => {
    const p = people("Director-General of the World Health Organization Amara Okonkwo said the outbreak was contained.");
    expect(p.get("Amara Okonkwo")?.roles).toEqual([{ title: "Director-General", of: "World Health Organization" }]);
  });

  it("still reads 'UN Secretary-General X'", () => {
    const p = people("UN Secretary-General Paulo Ferreira said the ceasefire must hold.");
    expect(p.get("Paulo Ferreira")?.roles).toEqual([{ title: "Secretary-General", of: "United Nations" }]);
  });

  it("reads 'High Representative of the Union for Foreign Affairs and Security Policy X'", () => {
    const p = people("High Representative of the Union for Foreign Affairs and Security Policy Jonas Lindholm said the mission would go on.");
    expect([...p.keys()]).toEqual(["Jonas Lindholm"]);
    expect(p.get("Jonas Lindholm")?.roles?.[0]?.title).toMatch(/^High Representative .*Security Policy$/);
  });

  it("takes the organisation named in the complement: 'Governor of the Ruritanian Development Bank X'", () => {
    const all = entities("Governor of the Ruritanian Development Bank Anna Berglund said rates would hold.");
    expect(all.find((e) => e.type === "ORGANISATION")?.name).toBe("Ruritanian Development Bank");
    expect(all.find((e) => e.name === "Anna Berglund")?.roles).toEqual([{ title: "Governor", of: "Ruritanian Development Bank" }]);
  });

  it("makes no person of a title without a name", () => {
    const all = entities("The Minister for Foreign Affairs said the embassy would stay open.");
    expect(all.filter((e) => e.type === "PERSON")).toEqual([]);
  });

  it("keeps a comma that closes the title: 'the Secretary of State for Health, Ian Marsh, said'", () => {
    const p = people("The Secretary of State for Health, Ian Marsh, said waiting lists were falling.");
    expect([...p.keys()]).toEqual(["Ian Marsh"]);
  });
});
