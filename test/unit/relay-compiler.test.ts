/**
 * Relay's compiler (relay-compiler 21, the real binary) against the printed schema.graphql: fragments
 * with @connection on root and entity connections, @refetchable on Node types and on Query, and a
 * query using them. Its generated operations must then validate against the schema the server
 * runs, with the root fields in them (not treated as client extensions).
 */
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/server/graphql-runtime.js";
import { buildSchema } from "../../src/server/schema.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RELAY = path.join(ROOT, "node_modules/.bin/relay-compiler");

/** One module per file, named as Relay wants (`<Module>_<prop>` fragments, `<Module>Query` queries). */
const MODULES: Record<string, string> = {
  ArticleCard: `
    fragment ArticleCard_article on Article @refetchable(queryName: "ArticleCardRefetchQuery") {
      id title publishedOn outlet { id name } people { id name }
    }`,
  ArticleList: `
    fragment ArticleList_query on Query
      @refetchable(queryName: "ArticleListPaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
      articles(first: $count, after: $cursor) @connection(key: "ArticleList_articles") {
        totalCount
        edges { node { id ...ArticleCard_article } }
      }
    }`,
  PersonStatements: `
    fragment PersonStatements_person on Person
      @refetchable(queryName: "PersonStatementsPaginationQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
      id name aliases
      statementsBy(first: $count, after: $cursor) @connection(key: "PersonStatements_statementsBy") {
        edges { node { id text saidOn speaker { id name } article { ...ArticleCard_article } } }
      }
    }`,
  EntityTimeline: `
    fragment EntityTimeline_entity on Entity
      @refetchable(queryName: "EntityTimelineRefetchQuery")
      @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" }) {
      id name
      articles(first: $count, after: $cursor) @connection(key: "EntityTimeline_articles") { edges { node { id title } } }
    }`,
  App: `
    query AppQuery($id: ID!) {
      ...ArticleList_query
      node(id: $id) { id ...PersonStatements_person @alias ...EntityTimeline_entity @alias }
      statements(first: 2, filter: { speaker: "Peskov" }) { edges { node { id text } } }
    }`,
};

const run = promisify(execFile);

describe("relay-compiler against schema.graphql", () => {
  let dir: string;
  let compiled: { stdout: string; stderr: string };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "newsgraph-relay-"));
    await mkdir(path.join(dir, "src"));
    await mkdir(path.join(dir, "generated"));
    await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    for (const [name, doc] of Object.entries(MODULES)) {
      await writeFile(path.join(dir, "src", `${name}.js`), `graphql\`${doc}\n\`;\n`);
    }
    await writeFile(
      path.join(dir, "relay.config.json"),
      JSON.stringify({ src: "./src", schema: path.join(ROOT, "schema.graphql"), language: "javascript", artifactDirectory: "./generated" }),
    );
    compiled = await run(RELAY, [path.join(dir, "relay.config.json")], { cwd: dir, timeout: 60_000 }).catch(
      (e: { stdout?: string; stderr?: string; message: string }) => ({ stdout: e.stdout ?? "", stderr: `${e.message}\n${e.stderr ?? ""}` }),
    );
  }, 90_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A generated artifact (an ES module: `export default node`). */
  const artifact = async (name: string) =>
    (
      (await import(pathToFileURL(path.join(dir, "generated", `${name}.graphql.js`)).href)) as {
        default: { params?: { text: string; operationKind: string } };
      }
    ).default;

  it("compiles every fragment and query without an error", async () => {
    expect(compiled.stderr).not.toMatch(/error|Cannot|not defined/i);
    for (const name of ["ArticleListPaginationQuery", "PersonStatementsPaginationQuery", "ArticleCardRefetchQuery", "AppQuery"]) {
      expect((await artifact(name)).params?.operationKind, name).toBe("query");
    }
  });

  it("generates operations the server's schema accepts, root fields included", async () => {
    const schema = buildSchema();
    for (const name of ["AppQuery", "ArticleListPaginationQuery", "PersonStatementsPaginationQuery", "EntityTimelineRefetchQuery"]) {
      const text = (await artifact(name)).params!.text;
      expect(
        graphql.validate(schema, graphql.parse(text)).map((e) => e.message),
        name,
      ).toEqual([]);
    }
    const app = (await artifact("AppQuery")).params!.text;
    expect(app).toMatch(/\barticles\(first: 10\)/);
    expect(app).toMatch(/\bstatements\(first: 2, filter: \{speaker: "Peskov"\}\)/);
    expect((await artifact("PersonStatementsPaginationQuery")).params!.text).toMatch(/node\(id: \$id\)/);
  });
});
