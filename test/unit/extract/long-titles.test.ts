import { describe, expect, it } from "vitest";
import { recognise } from "../../../src/extract/recognise/index.js";
import { relate } from "../../../src/extract/relate/index.js";
import { resolve } from "../../../src/extract/resolve/index.js";
import { splitSentences } from "../../../src/extract/text/sentences.js";
import type { ExtractedEntity } from "../../../src/extract/types.js";

function entities(text: string): ExtractedEntity[] {
  const recognition = recognise(text);
  const resolution = resolve(recognition.mentions);
  return relate(text, recognition, resolution, splitSentences(text));
}
const people = (text: string): Map<string, ExtractedEntity> =>
  new Map(
    entities(text)
      .filter((e) => e.type === "PERSON")
      .map((e) => [e.name, e]),
  );

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
    const p = people(
      "High Representative of the Union for Foreign Affairs and Security Policy Jonas Lindholm said the mission would go on.",
    );
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

  it("keeps the organisation of a title after the name: 'X, Vice President of Nordlicht Securities Japan, said'", () => {
    const all = entities("Mara Lind, Vice President of Nordlicht Securities Japan, said the yen would rise.");
    expect(all.find((e) => e.name === "Mara Lind")?.roles?.[0]?.of).toMatch(/^Nordlicht Securities/);
  });

  it("reads an acronym as the organisation of the complement: 'President of ZORBA X'", () => {
    const all = entities("President of ZORBA Ivan Petrov said the pipeline was on schedule.");
    expect(all.find((e) => e.name === "Ivan Petrov")?.roles).toEqual([{ title: "President", of: "ZORBA" }]);
  });

  it("keeps a surname that is also a town: 'Undersecretary of State X Bolton'", () => {
    const p = people("US Undersecretary of State Lars Bolton is meeting officials this week.");
    expect(p.get("Lars Bolton")?.roles).toEqual([{ title: "Undersecretary of State", of: "United States" }]);
  });

  it("does not read a venue or a film as a title and name", () => {
    const venue = people("The show opens at Toronto's Princess of Wales Theatre next year.");
    expect([...venue.values()].flatMap((e) => e.roles ?? [])).toEqual([]);
    const film = people("She won Best Actress for Silver Harbour Nights last year.");
    expect([...film.values()].flatMap((e) => e.roles ?? [])).toEqual([]);
    expect([...film.keys()]).not.toContain("Harbour Nights");
  });
});
