import { describe, expect, it } from "vitest";
import { attributeStatements } from "../../../src/extract/attribute/index.js";
import { splitSentences } from "../../../src/extract/text/sentences.js";
import { extract } from "../../../src/extract/index.js";
import type { ExtractedStatement } from "../../../src/extract/types.js";
import { entitiesIn, parsedDocument, type EntitySpec } from "./support.js";

const PEOPLE: EntitySpec[] = [
  { type: "PERSON", name: "Anna Lindqvist", forms: ["Lindqvist"] },
  { type: "PERSON", name: "Tomas Okafor", forms: ["Okafor"] },
  { type: "ORGANISATION", name: "Interior Ministry", forms: ["ministry"] },
  { type: "ORGANISATION", name: "City Hall" },
  { type: "ORGANISATION", name: "Reuters" },
  { type: "COUNTRY", name: "Norway", forms: ["Oslo", "Norwegian"] },
  { type: "COUNTRY", name: "Chile", forms: ["Santiago", "Chilean"] },
];

function attribute(text: string, date: string | null = "2024-03-14"): ExtractedStatement[] {
  const doc = parsedDocument(text, date);
  const statements = attributeStatements(doc, entitiesIn(text, PEOPLE), splitSentences(text));
  for (const s of statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  return statements;
}

const brief = (s: ExtractedStatement): [string | null, string, string, string | null] => [s.speaker, s.kind, s.text, s.verb];

describe("attributeStatements: direct quotes", () => {
  it("attributes a quote to the speaker named after it", () => {
    const [s] = attribute("“The harbour will reopen next month,” Lindqvist said.");
    expect(s && brief(s)).toEqual(["Anna Lindqvist", "DIRECT", "The harbour will reopen next month", "said"]);
  });

  it("attributes a quote to the speaker after an inverted verb", () => {
    const [s] = attribute("“We have no further comment,” said Tomas Okafor, the port director.");
    expect(s && brief(s)).toEqual(["Tomas Okafor", "DIRECT", "We have no further comment", "said"]);
  });

  it("attributes a quote to the speaker named before it with a colon", () => {
    const [s] = attribute("Lindqvist told reporters: “Nobody will lose their job.”");
    expect(s && brief(s)).toEqual(["Anna Lindqvist", "DIRECT", "Nobody will lose their job.", "told reporters"]);
  });

  it("attributes a quote introduced by the verb without a colon", () => {
    const [s] = attribute("Anna Lindqvist said “the talks were honest”.");
    expect(s && brief(s)).toEqual(["Anna Lindqvist", "DIRECT", "the talks were honest", "said"]);
  });

  it("skips the title before a name: the head noun is the speaker", () => {
    const [s] = attribute("“The budget is balanced,” Finance Minister Tomas Okafor said on Monday.");
    expect(s?.speaker).toBe("Tomas Okafor");
    expect(s?.saidOn).toBe("2024-03-11");
  });

  it("keeps a quote that runs over several sentences and paragraphs together", () => {
    const text = "“We were warned. Nobody listened.\n\n“Now the river is at our doors,” Okafor said.";
    const [s] = attribute(text);
    expect(s?.kind).toBe("DIRECT");
    expect(s?.text).toBe("We were warned. Nobody listened.\n\n“Now the river is at our doors");
    expect(s?.speaker).toBe("Tomas Okafor");
  });

  it("resolves “he said” to the person named just before", () => {
    const text = "Tomas Okafor arrived late. “The roads were closed,” he said.";
    const [s] = attribute(text);
    expect(s && brief(s)).toEqual(["Tomas Okafor", "DIRECT", "The roads were closed", "said"]);
  });

  it("joins a quote interrupted by its attribution", () => {
    const [s] = attribute("“This is a start,” Lindqvist said, “but only a start.”");
    expect(s?.kind).toBe("DIRECT");
    expect(s?.speaker).toBe("Anna Lindqvist");
    expect(s?.text).toBe("This is a start,” Lindqvist said, “but only a start.");
  });

  it("gives a quote standing alone to the speaker of the statement before it", () => {
    const text = "Lindqvist said the port would reopen.\n\n“We owe that to the fishermen and their families.”";
    const list = attribute(text);
    expect(list.map((s) => [s.speaker, s.kind])).toEqual([
      ["Anna Lindqvist", "INDIRECT"],
      ["Anna Lindqvist", "DIRECT"],
    ]);
    expect(list[1]?.verb).toBeNull();
  });

  it("gives a quote standing alone far from any statement to the person last named", () => {
    const text =
      "Tomas Okafor has run the port for ten years.\n\nThe harbour is busy.\n\nShips wait.\n\n“It has never been this hard to find crews for the boats.”";
    expect(attribute(text).map((s) => [s.speaker, s.kind])).toEqual([["Tomas Okafor", "DIRECT"]]);
  });

  it("attributes a quote to an organisation named in “the statement said”", () => {
    const text = "The Interior Ministry issued new rules on Friday. “Checks will be random,” the statement said.";
    const [s] = attribute(text);
    expect(s && brief(s)).toEqual(["Interior Ministry", "DIRECT", "Checks will be random", "said"]);
  });

  it("works with straight quotation marks", () => {
    const [s] = attribute('"We expect a deal by May," Mr Okafor said.');
    expect(s && brief(s)).toEqual(["Tomas Okafor", "DIRECT", "We expect a deal by May", "said"]);
  });
});

describe("attributeStatements: reported speech", () => {
  it("takes the reported clause after “said that”", () => {
    const [s] = attribute("Lindqvist said that the bridge would be rebuilt within a year.");
    expect(s && brief(s)).toEqual(["Anna Lindqvist", "INDIRECT", "the bridge would be rebuilt within a year", "said"]);
  });

  it("takes the reported clause after “said” without “that”", () => {
    const [s] = attribute("City Hall said the curfew would end at midnight.");
    expect(s && brief(s)).toEqual(["City Hall", "INDIRECT", "the curfew would end at midnight", "said"]);
  });

  it("keeps the listener in the verb: “told reporters”", () => {
    const [s] = attribute("Okafor told reporters last week that he would not resign.");
    expect(s && brief(s)).toEqual(["Tomas Okafor", "INDIRECT", "he would not resign", "told reporters"]);
    expect(s?.saidOn).toBe("2024-03-07");
  });

  it("takes the clause before a trailing attribution", () => {
    const [s] = attribute("The strike will cost the port millions, the ministry said.");
    expect(s && brief(s)).toEqual(["Interior Ministry", "INDIRECT", "The strike will cost the port millions", "said"]);
  });

  it("attributes “according to X, …” to X", () => {
    const [s] = attribute("According to Reuters, the two sides met in secret.");
    expect(s && brief(s)).toEqual(["Reuters", "INDIRECT", "the two sides met in secret", "According to"]);
  });

  it("attributes the clause before “…, according to X, …” to X when the sentence goes on without its verb", () => {
    const [s] = attribute("Harbour fees rose by 12 percent last year, according to Reuters, more than in any other port.");
    expect(s && brief(s)).toEqual(["Reuters", "INDIRECT", "Harbour fees rose by 12 percent last year", "according to"]);
  });

  it("attributes “…, according to X” to X", () => {
    const [s] = attribute("The two sides met in secret, according to Reuters.");
    expect(s && brief(s)).toEqual(["Reuters", "INDIRECT", "The two sides met in secret", "according to"]);
  });

  it("attributes to a country named by its capital", () => {
    const [s] = attribute("Oslo has rejected the claims that it hid the report.");
    expect(s && brief(s)).toEqual(["Norway", "INDIRECT", "rejected the claims that it hid the report", "rejected"]);
  });

  it.each([
    ["warned", "Lindqvist warned that prices would rise.", "prices would rise"],
    ["stressed", "Lindqvist stressed that the plan was temporary.", "the plan was temporary"],
    ["insisted", "Lindqvist insisted the plan was legal.", "the plan was legal"],
  ])("recognises the reporting verb “%s”", (verb, text, clause) => {
    const [s] = attribute(text);
    expect(s && brief(s)).toEqual(["Anna Lindqvist", "INDIRECT", clause, verb]);
  });

  it.each([
    ["denied", "Lindqvist denied any wrongdoing.", "denied any wrongdoing"],
    ["urged", "Lindqvist urged residents to stay indoors.", "urged residents to stay indoors"],
    ["called for", "Lindqvist called for calm.", "called for calm"],
    ["announced", "Lindqvist announced a new inquiry into the crash.", "announced a new inquiry into the crash"],
  ])("keeps the verb “%s” in the text of what was denied, urged or called for", (verb, text, clause) => {
    const [s] = attribute(text);
    expect(s && brief(s)).toEqual(["Anna Lindqvist", "INDIRECT", clause, verb]);
  });

  it("splits off a second statement introduced by “adding that”", () => {
    const list = attribute("Okafor said the port was safe, adding that inspections would continue.");
    expect(list.map(brief)).toEqual([
      ["Tomas Okafor", "INDIRECT", "the port was safe", "said"],
      ["Tomas Okafor", "INDIRECT", "inspections would continue", "adding"],
    ]);
  });

  it("skips date and place adjuncts between the verb and the clause", () => {
    const [s] = attribute("Lindqvist said on Tuesday in a statement that talks would resume.");
    expect(s?.text).toBe("talks would resume");
    expect(s?.saidOn).toBe("2024-03-12");
  });

  it("takes the finding of a poll or a study as its plain object, a person's showing not", () => {
    const list = attribute(
      "A new poll shows Lindqvist ahead by four points. The harbour study found higher rates of asthma near the docks. " +
        "Okafor showed the badge to the guards.",
    );
    expect(list.map((s) => [s.source, s.verb, s.text])).toEqual([
      ["A new poll", "shows", "Lindqvist ahead by four points"],
      ["The harbour study", "found", "higher rates of asthma near the docks"],
    ]);
  });

  it("reads a named subject's plan or wish with its 'to' infinitive, not a pronoun's or a noun's", () => {
    const list = attribute(
      "Lindqvist plans to reopen the harbour in May. He wants to stay. The plan to build a road stalled. " +
        "Okafor intends to pay for the port with money that Norway lent.",
    );
    expect(list.map(brief)).toEqual([
      ["Anna Lindqvist", "INDIRECT", "plans to reopen the harbour in May", "plans"],
      ["Tomas Okafor", "INDIRECT", "intends to pay for the port with money that Norway lent", "intends"],
    ]);
  });

  it("reads the plan of a phrase that names someone ('The X campaign plans to'), not of 'they' or 'officials'", () => {
    const list = attribute("The Lindqvist campaign plans to hold a rally in May. They plan to win. Officials plan to leave.");
    expect(list.map((s) => [s.source, s.text])).toEqual([["The Lindqvist campaign", "plans to hold a rally in May"]]);
  });

  it("keeps a second verb with its subject across an intent in the first clause", () => {
    const list = attribute("Okafor said he did not want to elaborate and noted that the port was closed.");
    expect(list.map(brief)).toEqual([
      ["Tomas Okafor", "INDIRECT", "he did not want to elaborate", "said"],
      ["Tomas Okafor", "INDIRECT", "the port was closed", "noted"],
    ]);
  });

  it("takes a plural group opening its clause as the source of a finite reporting verb, not a singular noun or a participle", () => {
    const list = attribute(
      "Harbour pilots have warned that the channel is too shallow. The contract added $1.60 on Tuesday. " +
        "The damages claimed in 2023 were high. The bigger question is the cost.",
    );
    expect(list.map((s) => [s.speaker, s.source, s.verb, s.text])).toEqual([
      [null, "Harbour pilots", "warned", "the channel is too shallow"],
    ]);
  });

  it("attributes the sentence around an aside opened by 'as' ('As X noted, …'), not an idiom's", () => {
    const list = attribute(
      "As Lindqvist noted, the harbour is too shallow. The port, as Okafor pointed out, rarely freezes. It is, as they say, about time.",
    );
    expect(list.map(brief)).toEqual([
      ["Anna Lindqvist", "INDIRECT", "the harbour is too shallow", "noted"],
      ["Tomas Okafor", "INDIRECT", "The port, as Okafor pointed out, rarely freezes", "pointed out"],
    ]);
  });

  it("keeps reported speech of a person's lawyer or campaign, with the possessive phrase as source", () => {
    const [s] = attribute("Lindqvist’s lawyer said the charges were false.");
    expect(s && [s.speaker, s.source, s.text]).toEqual([null, "Lindqvist’s lawyer", "the charges were false"]);
  });

  it("keeps reported speech of 'the X campaign' with its phrase as source, not of 'X administration officials'", () => {
    const list = attribute(
      "The Lindqvist campaign says the ad will air on Friday. Okafor administration officials said the port was safe.",
    );
    expect(list.map((s) => [s.speaker, s.source, s.text])).toEqual([[null, "The Lindqvist campaign", "the ad will air on Friday"]]);
  });

  it("reads a prepositional opener before ', X said,' as part of the sentence after it, not as the statement", () => {
    const [s] = attribute("During her years in office, Lindqvist said, the harbour doubled its trade.");
    expect(s && brief(s)).toEqual([
      "Anna Lindqvist",
      "INDIRECT",
      "During her years in office, Lindqvist said, the harbour doubled its trade",
      "said",
    ]);
  });

  it("gives a verb after 'and' with no subject of its own to the name opening the sentence, not across another person", () => {
    const list = attribute(
      "Lindqvist toured the harbour on Monday, and said the port would stay open. " +
        "Okafor’s sister arrived and said she was tired. When Lindqvist left, Okafor smiled and said he was tired.",
    );
    expect(list.map((s) => [s.speaker, s.source, s.text])).toEqual([["Anna Lindqvist", "Lindqvist", "the port would stay open"]]);
  });

  it("reads 'as X put it' and an 'as' aside closing the sentence, but not 'put it' elsewhere", () => {
    const list = attribute(
      "The main test is a lawful source of income, as Lindqvist put it. Okafor put it on the table. The port is safe, as Okafor said.",
    );
    expect(list.map(brief)).toEqual([
      ["Anna Lindqvist", "INDIRECT", "The main test is a lawful source of income", "put it"],
      ["Tomas Okafor", "INDIRECT", "The port is safe", "said"],
    ]);
  });

  it("uses the organisation in a phrase like “a ministry spokesman”", () => {
    const [s] = attribute("A Chilean government spokesman said the border would stay open.");
    expect(s?.speaker).toBe("Chile");
  });
});

describe("attributeStatements: kinds, dates and topics", () => {
  it("marks reported speech with quoted fragments as MIXED", () => {
    const [s] = attribute("Okafor said the talks were in a “deep crisis” after the vote.");
    expect(s && brief(s)).toEqual(["Tomas Okafor", "MIXED", "the talks were in a “deep crisis” after the vote", "said"]);
  });

  it("marks a clause before the attribution that holds a quoted fragment as MIXED", () => {
    const [s] = attribute("The ministry will end “all unlawful checks” by spring, Oslo said.");
    expect(s && brief(s)).toEqual(["Norway", "MIXED", "The ministry will end “all unlawful checks” by spring", "said"]);
  });

  it("dates a statement to the article when the text gives no date", () => {
    expect(attribute("Lindqvist said the port was safe.")[0]?.saidOn).toBe("2024-03-14");
  });

  it("resolves “yesterday” and “earlier on Tuesday” against the article date", () => {
    expect(attribute("Lindqvist said yesterday the port was safe.")[0]?.saidOn).toBe("2024-03-13");
    expect(attribute("Earlier on Tuesday, Lindqvist said the port was safe.")[0]?.saidOn).toBe("2024-03-12");
  });

  it("has no date when the article has none", () => {
    expect(attribute("Lindqvist said the port was safe.", null)[0]?.saidOn).toBeNull();
  });

  it("lists the entities the statement names, without the speaker", () => {
    const [s] = attribute("Lindqvist said Chile and Norway would sign, and Lindqvist would attend.");
    expect(s?.about).toEqual(["Chile", "Norway"]);
  });
});

describe("attributeStatements: what is not a statement", () => {
  it("ignores “said” used as an adjective", () => {
    expect(attribute("The said agreement expired in May.")).toEqual([]);
  });

  it("ignores a passive “rejected by”", () => {
    expect(attribute("The offer was quickly rejected by Okafor.")).toEqual([]);
  });

  it("ignores “was said to be”", () => {
    expect(attribute("Okafor was said to be furious.")).toEqual([]);
  });

  it("ignores reporting verbs inside a quotation attributed to someone else", () => {
    const list = attribute("“Okafor said he would come, and he came,” Lindqvist said.");
    expect(list.map((s) => s.speaker)).toEqual(["Anna Lindqvist"]);
  });

  it("drops reported speech whose speaker cannot be found", () => {
    expect(attribute("Some said the port was safe.")).toEqual([]);
  });

  it("keeps a clear direct quote with an unknown speaker, with speaker null", () => {
    const [s] = attribute("“We will not move,” one protester said.");
    expect(s && brief(s)).toEqual([null, "DIRECT", "We will not move", "said"]);
  });
});

describe("extract: speakers behind appositions and institutions", () => {
  const said = (text: string) => extract(text).statements.map((s) => `${s.speaker ?? "?"}: ${s.text}`);

  it("takes the person before an apposition that names their employer", () => {
    expect(said("“We are reviewing the options,” Tomas Okafor, a Zentrofax spokesman told the BBC.")).toEqual([
      "Tomas Okafor: We are reviewing the options",
    ]);
    expect(said("Marta Quillby, Leeds Traders Association said: “We tried very hard.”")).toEqual(["Marta Quillby: We tried very hard."]);
  });

  it("reads 'X, the Y, said:' with the name inside the apposition", () => {
    expect(said("Ruritania's president, Ivan Dremov, said on Friday: “The talks went well.”")).toEqual([
      "Ivan Dremov: The talks went well.",
    ]);
  });

  it("accepts a lower-case title before a name after the verb", () => {
    expect(said("“Prices will rise,” said central bank governor Anna Lindqvist.")).toEqual(["Anna Lindqvist: Prices will rise"]);
  });

  it("gives 'the firm said' to the organisation the article is about, not the last one named", () => {
    const text =
      "Zentrofax Inc may sue. Zentrofax Inc said costs rose. A manager told the BBC more. But the firm said it would keep all its staff.";
    expect(said(text).at(-1)).toBe("Zentrofax Inc: it would keep all its staff");
  });
});

describe("extract: sources around asides, parentheses and qualifiers", () => {
  const said = (text: string) =>
    extract(`Harbour talks\n\nThe talks began on Monday.\n\n${text}`).statements.map((s) => `${s.speaker ?? s.source ?? "?"}: ${s.text}`);
  const speakers = (text: string) =>
    extract(`Harbour talks\n\nThe talks began on Monday.\n\n${text}`).statements.map((s) => [s.speaker, s.source]);

  it("reads a month or modal word after a given name as the surname when it acts as a name", () => {
    expect(said("Clara May said that the harbour would reopen.")).toEqual(["Clara May: the harbour would reopen"]);
    expect(extract("Harbour talks\n\nThe port will reopen on Clara May 5, officials said.").entities.map((e) => e.name)).not.toContain(
      "Clara May",
    );
  });

  it("reads the name before a party's parenthesis and an apposition", () => {
    expect(said("Rep. Tomas Okafor (D-Ore.), chairman of the ports committee, said members will raise the money.")).toEqual([
      "Tomas Okafor: members will raise the money",
    ]);
  });

  it("reads a source's noun that a place or body qualifies after an inverted verb", () => {
    expect(speakers("“The talks are a frenzy,” said one senior source on the committee.")).toEqual([[null, "one senior source"]]);
    expect(said("“The talks are over,” said Tomas Okafor in Oslo.")).toEqual(["Tomas Okafor: The talks are over"]);
  });

  it("keeps the reported sentence going on after an interposed attribution", () => {
    expect(said("The yard was a giant, Tomas Okafor said, until it went bankrupt in 1999.")).toEqual([
      "Tomas Okafor: The yard was a giant, Tomas Okafor said, until it went bankrupt in 1999",
    ]);
    expect(said("During his years in office, Tomas Okafor said, most voters came to believe “that the port matters.”")).toEqual([
      "Tomas Okafor: During his years in office, Tomas Okafor said, most voters came to believe “that the port matters.”",
    ]);
  });

  it("does not take a title quoted in an opening phrase for the statement of a verb with its own clause", () => {
    expect(said("In an interview on “Harbour Today,” Tomas Okafor said the port would reopen.")).toEqual([
      "Tomas Okafor: the port would reopen",
    ]);
  });

  it("joins a quote resumed after “, X said, and still”", () => {
    expect(said("The firm “got a deal,” Tomas Okafor said, and still “got to sit in on the talks.”")).toEqual([
      "Tomas Okafor: The firm “got a deal,” Tomas Okafor said, and still “got to sit in on the talks.”",
    ]);
  });

  it("gives a country's people as a source, not the country", () => {
    expect(speakers("Norwegians often say that the winters are long.")).toEqual([[null, "Norwegians"]]);
  });

  it("does not read back over a clause that “but” opens for the name before an apposition", () => {
    const text =
      "The Liberals lost the Harbour Council, but their allies, members of the Port Party, have said they will back the government.";
    expect(speakers(text).map(([speaker]) => speaker)).not.toContain("Harbour Council");
    expect(said("Tomas Okafor, a mechanic in Oslo, and an organiser at the union, said cold weather takes a toll.")).toEqual([
      "Tomas Okafor: cold weather takes a toll",
    ]);
  });

  it("reads “recently” between the verb and its clause as an adjunct", () => {
    expect(said("Tomas Okafor said recently that the port would reopen.")).toEqual(["Tomas Okafor: the port would reopen"]);
  });
});
