import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphql } from "../../../src/server/graphql-runtime.js";
import { buildSchema } from "../../../src/server/schema.js";
import { splitOperations } from "../../../src/web/graphiql/operations.js";

/** docs/operations.graphql: the operations /graphiql opens with, one tab each. */
const source = readFileSync(new URL("../../../docs/operations.graphql", import.meta.url), "utf8");

describe("docs/operations.graphql", () => {
  const schema = buildSchema();

  it("validates against the schema as it is", () => {
    expect(graphql.validate(schema, graphql.parse(source)).map((e) => e.message)).toEqual([]);
  });

  it("splits into one tab per operation, each with its own comment and runnable alone", () => {
    const tabs = splitOperations(source);
    expect(tabs.map((tab) => /^(?:query|mutation) (\w+)/m.exec(tab)?.[1])).toEqual([
      "WhoSaidWhatAbout",
      "HowAreTheyConnected",
      "WhatEachOutletReported",
      "StatementEvidence",
    ]);
    expect(tabs[1]).toMatch(/^# How are X and Y connected/);
    expect(tabs.join("")).not.toContain("Ready operations for analysts");
    for (const tab of tabs) expect(graphql.validate(schema, graphql.parse(tab)).map((e) => e.message)).toEqual([]);
  });
});
