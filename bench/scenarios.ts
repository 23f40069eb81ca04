/**
 * The query scenarios, each in three equivalent forms: a newsgraph GraphQL operation, the
 * hand-written Cypher of bench/raw-cypher.ts, and a @neo4j/graphql operation over the same data.
 * Entities are picked from the ingested corpus, never hard-coded.
 */
import type { Driver } from "neo4j-driver";

export interface Request {
  path: string;
  body: string;
}

export interface Scenario {
  name: string;
  what: string;
  newsgraph: Request;
  raw: Request;
  peer: Request;
}

export interface Picks {
  person: { id: string; name: string };
  speaker: { id: string; name: string };
  about: { id: string; name: string };
  pathTo: { id: string; name: string };
  from: string;
  to: string;
  search: string;
}

const gql = (query: string, variables: Record<string, unknown>): Request => ({
  path: "/graphql",
  body: JSON.stringify({ query: query.replace(/\s+/g, " ").trim(), variables }),
});
const raw = (name: string, params: Record<string, unknown>): Request => ({ path: `/q/${name}`, body: JSON.stringify(params) });

async function one(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown> | null> {
  const { records } = await driver.executeQuery(cypher, params, { routing: "READ" });
  return (records[0]?.toObject() as Record<string, unknown> | undefined) ?? null;
}

/** The most-mentioned person, the most quoted speaker, the country most spoken about, … */
export async function pickEntities(driver: Driver): Promise<Picks> {
  const entity = (r: Record<string, unknown> | null, what: string) => {
    if (!r?.id) throw new Error(`no ${what} in the ingested graph`);
    return { id: String(r.id), name: String(r.name) };
  };
  const person = entity(
    await one(
      driver,
      "MATCH (p:Person)<-[:MENTIONS]-(a:Article) RETURN p.id AS id, p.name AS name, count(a) AS n ORDER BY n DESC, id LIMIT 1",
    ),
    "person",
  );
  const speakerRow = await one(
    driver,
    "MATCH (e:Entity)<-[:SAID_BY]-(s:Statement) RETURN e.id AS id, e.name AS name, count(s) AS n ORDER BY n DESC, id LIMIT 1",
  );
  const about = entity(
    (await one(
      driver,
      "MATCH (c:Country)<-[:ABOUT]-(s:Statement) RETURN c.id AS id, c.name AS name, count(s) AS n ORDER BY n DESC, id LIMIT 1",
    )) ??
      (await one(
        driver,
        "MATCH (c:Country)<-[:MENTIONS]-(a:Article) RETURN c.id AS id, c.name AS name, count(a) AS n ORDER BY n DESC, id LIMIT 1",
      )),
    "country",
  );
  // a person never named in the same article as `person`, so the path has more than one hop
  const pathTo = entity(
    (await one(
      driver,
      `MATCH (p:Person)<-[:MENTIONS]-(a:Article) WHERE p.id <> $id
       AND NOT EXISTS { (p)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(:Entity {id: $id}) }
       AND NOT toLower($name) CONTAINS toLower(p.name) AND NOT toLower(p.name) CONTAINS toLower($name)
       RETURN p.id AS id, p.name AS name, count(a) AS n ORDER BY n DESC, id LIMIT 1`,
      { id: person.id, name: person.name },
    )) ??
      (await one(
        driver,
        "MATCH (p:Person)<-[:MENTIONS]-(a:Article) WHERE p.id <> $id RETURN p.id AS id, p.name AS name, count(a) AS n ORDER BY n DESC, id LIMIT 1",
        { id: person.id },
      )),
    "second person",
  );
  // the middle half of the dates of statements about the country
  const dates = await one(
    driver,
    `MATCH (:Entity {id: $id})<-[:ABOUT]-(s:Statement)-[:REPORTED_IN]->(a:Article)
     WITH coalesce(s.saidOn, a.publishedOn) AS on WHERE on IS NOT NULL
     WITH on ORDER BY on WITH collect(on) AS xs
     RETURN toString(xs[size(xs) / 4]) AS from, toString(xs[(3 * size(xs)) / 4]) AS to`,
    { id: about.id },
  );
  return {
    person,
    speaker: speakerRow?.id ? entity(speakerRow, "speaker") : person,
    about,
    pathTo,
    from: String(dates?.from ?? "1987-03-01"),
    to: String(dates?.to ?? "1987-06-30"),
    search: person.name.split(/\s+/).at(-1) ?? person.name,
  };
}

export function buildScenarios(p: Picks): Scenario[] {
  return [
    {
      name: "articles-people-statements",
      what: "20 newest articles with their people and first 5 statements (with speaker)",
      newsgraph: gql(
        `query($first: Int) { articles(first: $first) { edges { node { id title publishedOn people { id name }
           statements(first: 5) { edges { node { id text kind speaker { id name } } } } } } } }`,
        { first: 20 },
      ),
      raw: raw("articles-people-statements", { first: 20 }),
      peer: gql(
        `query($first: Int) { articles(sort: [{ publishedOn: DESC }, { id: ASC }], limit: $first) { id title publishedOn people { id name }
           statements(limit: 5, sort: [{ start: ASC }]) { id text kind speaker { id name } } } }`,
        { first: 20 },
      ),
    },
    {
      name: "statements-by-speaker",
      what: `statements by the most quoted speaker (${p.speaker.name}), 20 newest, with article and total`,
      newsgraph: gql(
        `query($speaker: String!) { statements(filter: { speaker: $speaker }, first: 20) { totalCount
           edges { node { id text kind verb saidOn article { id title publishedOn } } } } }`,
        { speaker: p.speaker.id },
      ),
      raw: raw("statements-by-speaker", { speaker: p.speaker.id, first: 20 }),
      peer: gql(
        `query($speaker: ID!) { statementsConnection(where: { speaker: { id: { eq: $speaker } } }, first: 20, sort: [{ saidOn: DESC }]) {
           totalCount edges { node { id text kind verb saidOn article { id title publishedOn } } } } }`,
        { speaker: p.speaker.id },
      ),
    },
    {
      name: "statements-about-dated",
      what: `statements about ${p.about.name} between ${p.from} and ${p.to}, with speaker and total`,
      newsgraph: gql(
        `query($about: String!, $from: Date!, $to: Date!) { statements(filter: { about: $about, from: $from, to: $to }, first: 20) {
           totalCount edges { node { id text saidOn speaker { id name } } } } }`,
        { about: p.about.id, from: p.from, to: p.to },
      ),
      raw: raw("statements-about-dated", { about: p.about.id, from: p.from, to: p.to, first: 20 }),
      peer: gql(
        `query($about: ID!, $from: Date!, $to: Date!) { statementsConnection(
           where: { about: { some: { id: { eq: $about } } }, saidOn: { gte: $from, lte: $to } }, first: 20, sort: [{ saidOn: DESC }]) {
           totalCount edges { node { id text saidOn speaker { id name } } } } }`,
        { about: p.about.id, from: p.from, to: p.to },
      ),
    },
    {
      name: "search",
      what: `full-text search for "${p.search}" over entity names and statement text, top 10`,
      newsgraph: gql(
        `query($q: String!) { search(query: $q, first: 10) { score node { __typename id ... on Entity { name } ... on Statement { text } } } }`,
        { q: p.search },
      ),
      raw: raw("search", { query: p.search.toLowerCase(), first: 10 }),
      peer: gql(`query($q: String!) { search(query: $q, first: 10) { score id name text } }`, { q: p.search.toLowerCase() }),
    },
    {
      name: "co-mentions",
      what: `the 10 entities most often named alongside ${p.person.name}`,
      newsgraph: gql(`query($id: ID!) { node(id: $id) { ... on Entity { id name coMentions(first: 10) { count entity { id name } } } } }`, {
        id: p.person.id,
      }),
      raw: raw("co-mentions", { id: p.person.id, first: 10 }),
      peer: gql(`query($id: ID!) { people(where: { id: { eq: $id } }) { id name coMentions(first: 10) { id name } } }`, {
        id: p.person.id,
      }),
    },
    {
      name: "connection",
      what: `shortest paths from ${p.person.name} to ${p.pathTo.name} (entities and the articles linking each hop)`,
      newsgraph: gql(
        `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 3, first: 3) { length entities { id name }
           hops { from { id } to { id } articles { id title } } } }`,
        { from: p.person.id, to: p.pathTo.id },
      ),
      raw: raw("connection", { from: p.person.id, to: p.pathTo.id, first: 3 }),
      peer: gql(
        `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, first: 3) { length entities { id name } hops { fromId toId articles { id title } } } }`,
        { from: p.person.id, to: p.pathTo.id },
      ),
    },
    {
      name: "person-profile",
      what: `${p.person.name}: aliases, 5 newest articles and statements, with totals`,
      newsgraph: gql(
        `query($id: ID!) { node(id: $id) { ... on Person { id name aliases articles(first: 5) { totalCount edges { node { id title publishedOn } } }
           statementsBy(first: 5) { totalCount edges { node { id text } } } } } }`,
        { id: p.person.id },
      ),
      raw: raw("person-profile", { id: p.person.id }),
      peer: gql(
        `query($id: ID!) { people(where: { id: { eq: $id } }) { id name aliases
           articlesConnection(first: 5, sort: [{ node: { publishedOn: DESC } }]) { totalCount edges { node { id title publishedOn } } }
           statementsByConnection(first: 5, sort: [{ node: { saidOn: DESC } }]) { totalCount edges { node { id text } } } } }`,
        { id: p.person.id },
      ),
    },
  ];
}
