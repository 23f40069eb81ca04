import { describe, expect, it } from "vitest";
import { recognise } from "../../../src/extract/recognise/index.js";

const found = (text: string) => recognise(text).mentions.map((m) => `${m.type}:${m.text}`);

describe("recognise", () => {
  it("spans a titled person's name only, without the title or the country before it", () => {
    expect(found("French Foreign Minister Marie Dubois arrived late.")).toEqual(["COUNTRY:French", "PERSON:Marie Dubois"]);
  });

  it("takes a lower-case title as a person cue and the body before it as an organisation", () => {
    expect(found("Pentagon spokesman Karl Oberst said nothing.")).toEqual(["ORGANISATION:Pentagon", "PERSON:Karl Oberst"]);
  });

  it("recognises a person by a common first name", () => {
    expect(found("Talks were led by Sarah Okonkwo and others.")).toContain("PERSON:Sarah Okonkwo");
  });

  it("maps abbreviations and demonyms to countries with codes", () => {
    const r = recognise("U.S. troops met Japanese officials and the UK delegation.");
    expect(r.mentions.map((m) => [m.text, m.code])).toEqual([
      ["U.S.", "US"],
      ["Japanese", "JP"],
      ["UK", "GB"],
    ]);
  });

  it("reads a capital followed by a reporting verb as its country", () => {
    const [m] = recognise("Paris said the plan was dead.").mentions;
    expect(m).toMatchObject({ type: "COUNTRY", name: "France", code: "FR" });
  });

  it("reads a capital after a preposition as a location", () => {
    expect(found("The talks were held in Berlin on Friday.")).toEqual(["LOCATION:Berlin"]);
  });

  it("excludes a possessive ending from the span", () => {
    expect(found("Canada’s economy grew.")).toEqual(["COUNTRY:Canada"]);
  });

  it("does not include the determiner in an organisation", () => {
    expect(found("The White House declined to comment.")).toEqual(["ORGANISATION:White House"]);
  });

  it("finds organisations by suffix, by 'of' after a head word and by acronym list", () => {
    expect(found("Shares in Acme Widgets Inc rose.")).toContain("ORGANISATION:Acme Widgets Inc");
    expect(found("He joined the Ministry of Fisheries last year.")).toContain("ORGANISATION:Ministry of Fisheries");
    expect(found("NATO and the IMF met.")).toEqual(["ORGANISATION:NATO", "ORGANISATION:IMF"]);
  });

  it("treats a name after 'according to' as an organisation", () => {
    expect(found("The deal is off, according to Zorblat.")).toEqual(["ORGANISATION:Zorblat"]);
  });

  it("splits hyphenated pairs of names", () => {
    expect(found("The US-Canadian border stayed open.")).toEqual(["COUNTRY:US", "COUNTRY:Canadian"]);
  });

  it("ignores days, months and sentence starters", () => {
    expect(found("On Monday in January the markets were calm. However it rained.")).toEqual([]);
  });

  it("does not take events or laws for people", () => {
    expect(found("He won the Indoor Championships and backed the Clean Air Act.")).toEqual([]);
  });

  it("reads place names ending in Street or River as locations", () => {
    const places = found("Crowds gathered on Baker Street near the Thames River.");
    expect(places).toContain("LOCATION:Baker Street");
    expect(places).toContain("LOCATION:Thames River");
  });

  it("keeps every span equal to the text it covers", () => {
    const text = "“Good,” said Dr. Amara Nwosu of Lagos State University, as Kenya’s Nairobi office waited.";
    for (const m of recognise(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("finds places written in capitals in headlines and datelines", () => {
    expect(found("NEW YORK 1996-08-22")).toEqual(["LOCATION:NEW YORK"]);
  });

  it("knows towns from the world cities list and never takes a surname after an honorific for one", () => {
    expect(found("The army shelled Grozny overnight.")).toEqual(["LOCATION:Grozny"]);
    expect(found("Later Mr Lincoln spoke.").map((m) => m.split(":")[0])).not.toContain("LOCATION");
  });

  it("reads a town followed or preceded by another capitalised word as an organisation", () => {
    expect(found("The story came from the Sydney Newsroom late.")).toContain("ORGANISATION:Sydney Newsroom");
    expect(found("They lost to Borussia Dortmund again.")).toContain("ORGANISATION:Borussia Dortmund");
  });

  it("reads towns as teams in a sports story, but not where a game is played", () => {
    const text = "BASEBALL - RESULTS ON FRIDAY\nBALTIMORE 1996-08-22\nChicago beat Boston 5-3 in Denver on Friday and won the series 3-1 .";
    expect(found(text)).toEqual(["LOCATION:BALTIMORE", "ORGANISATION:Chicago", "ORGANISATION:Boston", "LOCATION:Denver"]);
  });

  it("keeps national sides as places in a sports story", () => {
    expect(found("CRICKET - ENGLAND WIN\nEngland beat Pakistan by five wickets .")).toContain("LOCATION:England");
  });

  it("knows well-known companies and clubs without a suffix", () => {
    expect(found("Shares in Motorola fell while Juventus signed a striker.")).toEqual(["ORGANISATION:Motorola", "ORGANISATION:Juventus"]);
  });
});

describe("recognise in results and market tables", () => {
  it("reads the sides of a results line as organisations, national sides as countries", () => {
    const text = "SOCCER - LEAGUE RESULTS .\nHALTBURY 1996-05-02\nHaltbury Wanderers 2 Dremford 1\nGermany 3 Portugal 0\n";
    expect(found(text)).toEqual(
      expect.arrayContaining(["ORGANISATION:Haltbury Wanderers", "ORGANISATION:Dremford", "COUNTRY:Germany", "COUNTRY:Portugal"]),
    );
  });

  it("keeps people in a table as people: first names, initials and surnames named in full elsewhere", () => {
    const text = "CRICKET - SCORES .\nR. Quillby c Marsh b Tomlin 12\nQuillby 7-1-38-0 , John Tomlin 4-0-20-1\n";
    const types = found(text)
      .filter((m) => m.endsWith("Quillby") || m.endsWith("Tomlin"))
      .map((m) => m.split(":")[0]);
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain("ORGANISATION");
  });

  it("reads unknown names in a market table as companies but not datelines or scorers", () => {
    expect(found("Zentrofax YR EPS 93.12 92.0-94.5 73.8\n")).toContain("ORGANISATION:Zentrofax");
    expect(found("PARIS 1996-08-22\n")).not.toContain("ORGANISATION:PARIS");
    expect(found("Dremford 1 ( Vollick 35th )\n")).not.toContain("ORGANISATION:Vollick");
  });
});

describe("recognise organisations by their shape and context", () => {
  it("reads a demonym or place that opens a name ending in an organisation word as part of it", () => {
    expect(found("The Czech National Bank cut rates.")).toContain("ORGANISATION:Czech National Bank");
  });

  it("keeps a country before a known government body apart from it", () => {
    expect(found("The Russian Foreign Ministry said nothing.")).toEqual(expect.arrayContaining(["COUNTRY:Russian"]));
  });

  it("reads an unknown name after a company noun or 'shares in' as an organisation", () => {
    expect(found("Finnish foodstuffs group Korvala said profits rose.")).toContain("ORGANISATION:Korvala");
    expect(found("He bought shares in Drexmoor last year.")).toContain("ORGANISATION:Drexmoor");
  });

  it("reads 'the Mariners' in a sports story as a team", () => {
    const text =
      "BASEBALL - RESULTS .\nThe pitcher struck out six as the Harriers won 5-3 and the game ended 2-1 , 4-0 and 1-1 with a homer , inning , run , pitch , hit , season .";
    expect(found(text)).toContain("ORGANISATION:Harriers");
  });
});
