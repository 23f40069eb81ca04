import { describe, expect, it } from "vitest";
import { recognise } from "../../../src/extract/recognise/index.js";
import { relate } from "../../../src/extract/relate/index.js";
import { resolve } from "../../../src/extract/resolve/index.js";
import { splitSentences } from "../../../src/extract/text/sentences.js";

function people(text: string) {
  const recognition = recognise(text);
  const resolution = resolve(recognition.mentions);
  const entities = relate(text, recognition, resolution, splitSentences(text));
  return new Map(entities.filter((e) => e.type === "PERSON").map((e) => [e.name, e]));
}

describe("relate", () => {
  it("reads title and organisation before a name", () => {
    expect(people("Pentagon spokesman Karl Oberst declined to comment.").get("Karl Oberst")?.roles).toEqual([
      { title: "spokesman", of: "Pentagon" },
    ]);
  });

  it("reads a demonym before a title as the country of the role", () => {
    expect(people("German Finance Minister Klara Vogt flew in.").get("Klara Vogt")?.roles).toEqual([
      { title: "Finance Minister", of: "Germany" },
    ]);
  });

  it("reads 'President X of Y'", () => {
    expect(people("President Amadou Keita of Mali arrived.").get("Amadou Keita")?.roles).toEqual([{ title: "President", of: "Mali" }]);
  });

  it("reads an appositive 'X, the Y of Z,'", () => {
    expect(people("Maria Santos, the Prime Minister of Portugal, spoke.").get("Maria Santos")?.roles).toEqual([
      { title: "Prime Minister", of: "Portugal" },
    ]);
  });

  it("gives a counterpart the title of the role holder and the counterpart's country", () => {
    const p = people("Indian Defence Minister Ravi Menon met his Japanese counterpart, Kenji Sato, on Monday.");
    expect(p.get("Kenji Sato")?.roles).toEqual([{ title: "Defence Minister", of: "Japan" }]);
  });

  it("resolves 'the <demonym> president' to the person of the article who holds that role", () => {
    const p = people("Chancellor Erik Lund met Ana Ruiz. Lund said it was good to see the Spanish president again.");
    expect(p.get("Ana Ruiz")?.roles).toEqual([{ title: "President", of: "Spain" }]);
    expect(p.get("Ana Ruiz")?.mentions.map((m) => m.text)).toContain("Spanish president");
  });

  it("makes a role's 'of' name an entity of the same extraction", () => {
    const text = "White House press secretary Lena Park spoke.";
    const recognition = recognise(text);
    const resolution = resolve(recognition.mentions);
    const entities = relate(text, recognition, resolution, splitSentences(text));
    const names = new Set(entities.map((e) => e.name));
    const park = entities.find((e) => e.name === "Lena Park");
    expect(park?.type).toBe("PERSON");
    expect(park?.roles).toEqual([{ title: "press secretary", of: "White House" }]);
    const ofs = entities.flatMap((e) => (e.roles ?? []).map((r) => r.of));
    expect(ofs.length).toBeGreaterThan(0);
    for (const of of ofs) expect(of === null || names.has(of), `role of ${of}`).toBe(true);
  });
});
