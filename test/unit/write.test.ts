import { describe, expect, it } from "vitest";
import { keyOf, resolveEntities, surnameKey, surnameKeysOf, type KnownSurname } from "../../src/graph/resolve-entities.js";
import { asOneMapParameter } from "../../src/graph/neo4j.js";
import { articleCheck, articleIdFor, articleUpsert, articleWrite, orphanCleanup, removeArticleFacts } from "../../src/graph/write.js";
import { makeExtraction, quillfeatherStory } from "../support/extraction.js";

const known = (entries: Record<string, Partial<KnownSurname>>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k, { fullNames: v.fullNames ?? [], surnameOnly: v.surnameOnly ?? false }]));

const story = quillfeatherStory;

describe("keys for cross-article resolution", () => {
  it("keys countries by ISO code and everything else by normalised canonical name", () => {
    expect(keyOf({ type: "COUNTRY", name: "Russian Federation", code: "RU" })).toBe("country:ru");
    expect(keyOf({ type: "COUNTRY", name: "Atlantis" })).toBe("country:atlantis");
    expect(keyOf({ type: "PERSON", name: "José  Álvarez-Núñez" })).toBe("person:jose-alvarez-nunez");
    expect(keyOf({ type: "ORGANISATION", name: "The Harbour Council" })).toBe("organisation:the-harbour-council");
  });

  it("takes a person's last name token, normalised, as the surname key", () => {
    expect(surnameKey("Ada Quillfeather")).toBe("quillfeather");
    expect(surnameKey("Quillfeather")).toBe("quillfeather");
    expect(surnameKey("Zoë Brontë")).toBe("bronte");
  });

  it("looks up the surnames of every person of the article, once each, sorted", () => {
    const { x } = makeExtraction("Bo Tannery, Ada Quillfeather, Quillfeather.", [
      { type: "PERSON", name: "Bo Tannery" },
      { type: "PERSON", name: "Ada Quillfeather" },
      { type: "PERSON", name: "Quillfeather" },
      { type: "COUNTRY", name: "Norland", code: "NL" },
    ]);
    expect(surnameKeysOf(x)).toEqual(["quillfeather", "tannery"]);
  });
});

describe("resolveEntities", () => {
  const bare = () => makeExtraction("Quillfeather spoke.", [{ type: "PERSON", name: "Quillfeather" }]).x;

  it("links a surname-only person to the one known person with that surname", () => {
    const r = resolveEntities(bare(), known({ quillfeather: { fullNames: ["person:ada-quillfeather"] } }));
    expect(r.entities.map((e) => [e.id, e.names])).toEqual([["person:ada-quillfeather", ["Quillfeather"]]]);
  });

  it("keeps a surname-only person apart when the surname is ambiguous or unknown", () => {
    const two = resolveEntities(bare(), known({ quillfeather: { fullNames: ["person:ada-quillfeather", "person:tom-quillfeather"] } }));
    expect(two.entities.map((e) => e.id)).toEqual(["person:quillfeather"]);
    expect(resolveEntities(bare(), new Map()).entities.map((e) => e.id)).toEqual(["person:quillfeather"]);
  });

  it("folds a surname-only entity into a full name only when that full name is the only one", () => {
    const { x } = makeExtraction("Ada Quillfeather spoke.", [{ type: "PERSON", name: "Ada Quillfeather" }]);
    expect(resolveEntities(x, known({ quillfeather: { surnameOnly: true } })).absorb).toEqual([
      { from: "person:quillfeather", into: "person:ada-quillfeather" },
    ]);
    expect(resolveEntities(x, known({ quillfeather: { surnameOnly: true, fullNames: ["person:tom-quillfeather"] } })).absorb).toEqual([]);
    expect(resolveEntities(x, known({ quillfeather: { surnameOnly: false } })).absorb).toEqual([]);
  });

  it("joins a full name to the known person whose given name is its formal or familiar form, middle initials and suffixes aside", () => {
    const formal = makeExtraction("Joseph R. Quillfeather, Jr. spoke.", [{ type: "PERSON", name: "Joseph R. Quillfeather Jr." }]).x;
    expect(surnameKey("Joseph R. Quillfeather Jr.")).toBe("quillfeather");
    const joined = resolveEntities(formal, known({ quillfeather: { fullNames: ["person:joe-quillfeather"] } }));
    expect(joined.entities.map((e) => e.id)).toEqual(["person:joe-quillfeather"]);
    expect(joined.entities[0]?.names).toContain("Joseph R. Quillfeather Jr.");
    // another given name, or two people who fit, keep it apart
    const other = resolveEntities(formal, known({ quillfeather: { fullNames: ["person:ada-quillfeather"] } }));
    expect(other.entities.map((e) => e.id)).toEqual(["person:joseph-r-quillfeather-jr"]);
    const two = resolveEntities(formal, known({ quillfeather: { fullNames: ["person:joe-quillfeather", "person:joey-quillfeather"] } }));
    expect(two.entities.map((e) => e.id)).toEqual(["person:joseph-r-quillfeather-jr"]);
    // a person already known by this very name stays who they are
    const self = makeExtraction("Joe Quillfeather spoke.", [{ type: "PERSON", name: "Joe Quillfeather" }]).x;
    const same = resolveEntities(self, known({ quillfeather: { fullNames: ["person:joe-quillfeather", "person:joseph-quillfeather"] } }));
    expect(same.entities.map((e) => e.id)).toEqual(["person:joe-quillfeather"]);
  });

  it("merges two extracted entities that resolve to one graph entity, keeping the fuller name and every span once", () => {
    const { x } = makeExtraction("Ada Quillfeather arrived; Quillfeather spoke.", [
      { type: "PERSON", name: "Quillfeather", say: ["Quillfeather"] },
      { type: "PERSON", name: "Ada Quillfeather" },
    ]);
    const r = resolveEntities(x, new Map());
    expect(r.entities).toEqual([
      {
        id: "person:ada-quillfeather",
        type: "PERSON",
        name: "Ada Quillfeather",
        names: ["Ada Quillfeather", "Quillfeather"],
        code: null,
        surnameKey: "quillfeather",
        starts: [0, 4, 26],
        ends: [16, 16, 38],
      },
    ]);
    expect(r.idOf.get("local:0")).toBe("person:ada-quillfeather");
  });
});

describe("write query builders (Cypher and parameters)", () => {
  it("builds the article check that also writes a new article and locks and looks up its surnames", () => {
    const { x, hash } = story();
    const q = articleCheck(x, hash);
    expect(q).toMatchSnapshot();
    expect(q.params.keys).toEqual(surnameKeysOf(x));
    // keyed on the article id from the text's hash, under the uniqueness constraint
    expect(q.cypher).toMatch(/^MERGE \(a:Article \{id: \$article\.id\}\)/);
    expect(q.params.article).toMatchObject({
      id: articleIdFor(hash),
      contentHash: hash,
      url: "https://example.test/alpha",
      title: "Alpha",
      publishedOn: "2024-03-01",
      extractor: x.extractor,
    });
    expect(q.params).toMatchObject({ outlet: { id: "outlet:daily-test", name: "Daily Test" }, url: "https://example.test/alpha" });
    // an article with the same URL and other text is found, to be replaced
    // by its unique index whatever the statistics: the write queries are planned once (Db.write)
    expect(q.cypher).toContain("OPTIONAL MATCH (old:Article {url: $url}) USING INDEX SEEK old:Article(url) WHERE old.id <> a.id");
    expect(q.cypher).toMatch(/\[:PUBLISHED_BY\]/);
  });

  it("builds one query for an article's entities, mentions, statements and roles", () => {
    const { x, hash } = story();
    const q = articleWrite(x, hash, resolveEntities(x, new Map()));
    expect(q).toMatchSnapshot();
    expect(q.params.roles).toEqual([{ personId: "person:ada-quillfeather", title: "Minister", ofId: "country:nl" }]);
    expect(q.params.statements).toEqual([
      expect.objectContaining({ speakerId: "person:ada-quillfeather", aboutIds: ["country:fd"], start: 43, end: 68 }),
    ]);
    expect(q.params.articleId).toBe(articleIdFor(hash));
    // one entity per real thing, each with every span it was named at
    expect((q.params.entities as { id: string; starts: number[] }[]).map((e) => [e.id, e.starts])).toEqual([
      ["country:fd", [59]],
      ["country:nl", [29]],
      ["organisation:harbour-council", [93]],
      ["person:ada-quillfeather", [9, 13, 71]],
    ]);
    for (const rel of ["MENTIONS", "REPORTED_IN", "SAID_BY", "ABOUT", "HOLDS_ROLE"]) expect(q.cypher).toContain(`[:${rel}`);
    expect(q.cypher).not.toMatch(/\bDELETE\b/);
  });

  it("keeps one query shape whatever the article holds, so the database plans it once", () => {
    const empty = makeExtraction("Nothing named here.", []);
    const { x, hash } = story();
    expect(articleWrite(empty.x, empty.hash, resolveEntities(empty.x, new Map())).cypher).toBe(
      articleWrite(x, hash, resolveEntities(x, new Map())).cypher,
    );
  });

  it("builds the removal of an article's derived facts and the orphan cleanup", () => {
    const drop = removeArticleFacts("article:abc", true);
    expect(drop).toMatchSnapshot();
    expect(drop.params).toEqual({ articleId: "article:abc", dropArticle: true });
    // statements it reports, its mentions and the roles it is evidence for go; the article only when asked
    expect(drop.cypher).toContain("MATCH (s:Statement)-[:REPORTED_IN]->(a) DETACH DELETE s");
    expect(drop.cypher).toContain("MATCH (a)-[m:MENTIONS]->() DELETE m");
    expect(drop.cypher).toContain("MATCH ()-[r:HOLDS_ROLE {article: a.id}]->() DELETE r");
    expect(drop.cypher).toContain("WITH a WHERE $dropArticle DETACH DELETE a");
    expect(drop.cypher).toMatch(/RETURN mentioned$/);
    const keep = removeArticleFacts("article:abc", false);
    expect(keep.params).toEqual({ articleId: "article:abc", dropArticle: false });
    expect(keep.cypher).toBe(drop.cypher);
    expect(orphanCleanup(["person:b", "person:a", "person:b"]).params).toEqual({ ids: ["person:a", "person:b"] });
  });

  it("never puts input text into Cypher: labels come from a fixed list", () => {
    const { x, hash } = makeExtraction("Robert'); MATCH (n) DETACH DELETE n; // spoke.", [
      { type: "PERSON", name: "Robert'); MATCH (n) DETACH DELETE n; //" },
    ]);
    const q = articleWrite(x, hash, resolveEntities(x, new Map()));
    expect(q.cypher).not.toContain("Robert");
    expect(articleCheck(x, hash).cypher).not.toContain("Robert");
  });

  it("passes a write query's parameters as one map, so each write query has one plan whatever the sizes", () => {
    const { x, hash } = story();
    const q = asOneMapParameter(articleWrite(x, hash, resolveEntities(x, new Map())));
    expect(Object.keys(q.params)).toEqual(["p"]);
    expect(q.cypher).toContain("MATCH (a:Article {id: $p.articleId})");
    expect(q.cypher).toContain("UNWIND $p.entities AS e");
    expect(q.cypher).not.toMatch(/\$(?!p\.)/);
    expect(asOneMapParameter({ cypher: "RETURN $a + $b_2", params: { a: 1, b_2: 2 } })).toEqual({
      cypher: "RETURN $p.a + $p.b_2",
      params: { p: { a: 1, b_2: 2 } },
    });
  });

  it("has no `$` inside a string literal of any write query, which the one-map rewrite would break", () => {
    const { x, hash } = story();
    const absorbing = resolveEntities(x, new Map([["quillfeather", { fullNames: [], surnameOnly: true }]]));
    const queries = [
      articleCheck(x, hash),
      articleUpsert(x, hash),
      articleWrite(x, hash, resolveEntities(x, new Map())),
      articleWrite(x, hash, absorbing),
      removeArticleFacts("article:abc", true),
      orphanCleanup(["person:a"]),
    ];
    for (const q of queries) {
      const literals = q.cypher.match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
      for (const literal of literals) expect(literal).not.toContain("$");
    }
  });
});
