import { describe, expect, it } from "vitest";
import { recognise } from "../../../src/extract/recognise/index.js";
import { slugify } from "../../../src/extract/resolve/ids.js";
import { resolve } from "../../../src/extract/resolve/index.js";

const entities = (text: string, known?: Map<string, string>) =>
  resolve(recognise(text).mentions, known ? { knownPeople: known } : {}).entities;

describe("resolve", () => {
  it("merges a surname with the full name and keeps the surname as an alias", () => {
    const [p] = entities("Minister Anna Kowalczyk spoke first. Later Kowalczyk said more.").filter((e) => e.type === "PERSON");
    expect(p).toMatchObject({ id: "person:anna-kowalczyk", name: "Anna Kowalczyk", aliases: ["Kowalczyk"] });
    expect(p?.mentions).toHaveLength(2);
  });

  it("merges a country's name, abbreviation, demonym and metonym capital into one entity with its code", () => {
    const c = entities("The United States and US officials met American diplomats. Washington said no.").filter(
      (e) => e.type === "COUNTRY",
    );
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ id: "country:us", name: "United States", code: "US" });
    expect(c[0]?.mentions).toHaveLength(4);
  });

  it("gives organisations and locations slug ids", () => {
    const ids = entities("The Kremlin replied from Moscow to the European Union.").map((e) => e.id);
    expect(ids).toEqual(["organisation:kremlin", "location:moscow", "organisation:european-union"]);
  });

  it("drops a lone capitalised word with no person cue", () => {
    expect(entities("Zanzibarian tea was served.")).toEqual([]);
  });

  it("resolves a bare surname with names learnt from earlier articles", () => {
    const [p] = entities("Okafor said the vote was fair.", new Map([["Okafor", "Chidi Okafor"]]));
    expect(p).toMatchObject({ name: "Chidi Okafor", aliases: ["Okafor"] });
  });

  it("slugifies accents and punctuation", () => {
    expect(slugify("José Ångström-O’Neil")).toBe("jose-angstrom-oneil");
  });
});
