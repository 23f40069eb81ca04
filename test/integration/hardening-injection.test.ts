/**
 * Injection strings are just text: every string argument of every Query field, and every string
 * field of every filter input, found from the schema itself (so filters added later are covered),
 * gets Cypher, Lucene, regex and control-character payloads and random text. Each answer is normal
 * (data, or BAD_USER_INPUT for a value that is not e.g. a date), never an internal error, and the
 * graph (seed articles loaded) is unchanged afterwards.
 */
import path from "node:path";
import fc from "fast-check";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFolder } from "../../src/ingest/ingest.js";
import type { Db } from "../../src/graph/neo4j.js";
import { resetGraph, startTestServer, type TestServer } from "../support/graph.js";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

const PAYLOADS = [
  "' }) MATCH (n) DETACH DELETE n //",
  '" }) MATCH (n) DETACH DELETE n //',
  "x') RETURN 1 UNION MATCH (n) DETACH DELETE n //",
  "`) DETACH DELETE n //",
  "*:*",
  "name:* OR *:*",
  'Biden~ AND "Putin',
  "\\",
  "(",
  "[a-z",
  ".*",
  "(?i).*",
  "\u0000",
  "Biden\u0000Putin",
  "$ids",
  '{"$ne": null}',
  "%",
  "_",
  "\u202e\ufeff\u200b",
  "🇺🇸 Biden",
  "x".repeat(5_000),
];

/** One place a string can go: `field(arg: value)` where value is the string, or an input object holding it. */
interface Probe {
  label: string;
  query: string;
  variables: (text: string) => Record<string, unknown>;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type) && !("getFields" in type)) return "";
  if (isObjectType(type) && type.getFields().totalCount) return "{ totalCount }";
  return "{ __typename }";
}

/** A harmless value for a required argument that is not the one being probed. */
function benign(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [benign(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, benign(f.type)]));
  }
  if (isScalarType(t) && (t.name === "Int" || t.name === "Float")) return 1;
  if (isScalarType(t) && t.name === "Boolean") return false;
  return "x";
}

const isTextual = (type: GraphQLInputType) => {
  const named = getNamedType(type);
  return isScalarType(named) && !["Int", "Float", "Boolean"].includes(named.name);
};
const wrap = (type: GraphQLInputType, text: string) => (isListType(getNullableType(type)) ? [text] : text);

function probes(schema: GraphQLSchema): Probe[] {
  const found: Probe[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const make = (arg: GraphQLArgument, label: string, value: (text: string) => unknown) => {
      const others = field.args.filter((a) => a !== arg && isNonNullType(a.type));
      const args = [arg, ...others];
      found.push({
        label,
        query: `query(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ")}) { ${field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(", ")}) ${selectionFor(field)} }`,
        variables: (text) => Object.fromEntries([[arg.name, value(text)], ...others.map((a) => [a.name, benign(a.type)])]),
      });
    };
    for (const arg of field.args) {
      if (isTextual(arg.type)) make(arg, `${field.name}(${arg.name})`, (text) => wrap(arg.type, text));
      const input = getNamedType(arg.type);
      if (!isInputObjectType(input)) continue;
      for (const inner of Object.values(input.getFields())) {
        if (!isTextual(inner.type)) continue;
        make(arg, `${field.name}(${arg.name}.${inner.name})`, (text) => ({
          ...(benign(arg.type) as object),
          [inner.name]: wrap(inner.type, text),
        }));
      }
    }
  }
  return found;
}

async function graphFingerprint(db: Db): Promise<unknown> {
  const [row] = await db.read({
    cypher: `MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS props, collect(DISTINCT labels(n)) AS labels
             OPTIONAL MATCH ()-[r]->() RETURN nodes, props, labels, count(r) AS relationships`,
    params: {},
  });
  return row;
}

describe("injection strings in every string argument and filter field are just text", () => {
  let server: TestServer;
  let before: unknown;
  let all: Probe[] = [];

  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: "production" });
    await resetGraph(server.db);
    await ingestFolder(server.db, SEEDS, { maxArticleBytes: 1_000_000 });
    before = await graphFingerprint(server.db);
    // the schema as the server publishes it (and in this module's copy of graphql-js)
    const introspection = await server.graphql<IntrospectionQuery>(getIntrospectionQuery());
    all = probes(buildClientSchema(introspection.data!));
  });
  afterAll(() => server?.close());

  async function expectNormal(probe: Probe, text: string): Promise<void> {
    const res = await server.graphql(probe.query, probe.variables(text));
    const unexpected = (res.errors ?? []).filter((e) => e.extensions?.code !== "BAD_USER_INPUT");
    expect(unexpected, `${probe.label} with ${JSON.stringify(text.slice(0, 60))}`).toEqual([]);
    expect([200, 400], probe.label).toContain(res.status);
    if (res.status === 400) expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  }

  it("finds the filters to probe in the schema", () => {
    const labels = all.map((p) => p.label);
    expect(labels).toEqual(expect.arrayContaining(["articles(filter.title)", "articles(filter.outlet)", "node(id)"]));
    process.stderr.write(`[injection] ${all.length} probes: ${labels.join(", ")}\n`);
  });

  it("answers every payload normally", async () => {
    for (const probe of all) await Promise.all(PAYLOADS.map((payload) => expectNormal(probe, payload)));
  });

  it("answers random text normally (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.constantFrom(...PAYLOADS).chain((p) => fc.string().map((s) => p + s)),
        ),
        async (i, text) => {
          await expectNormal(all[i]!, text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("leaves the graph unchanged by the Cypher payloads, in every argument", async () => {
    // sends its own payloads, so it says something when run alone too
    const cypher = PAYLOADS.filter((p) => /DETACH DELETE/.test(p));
    expect(cypher.length).toBeGreaterThanOrEqual(4);
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const probe of all) await Promise.all(cypher.map((payload) => expectNormal(probe, payload)));
    expect(await graphFingerprint(server.db)).toEqual(before);
    expect(before).toMatchObject({ nodes: expect.any(Number) });
    expect((before as { nodes: number }).nodes).toBeGreaterThan(10);
  });
});
