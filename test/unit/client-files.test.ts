/** The files at the root for client tools describe the schema the server runs. */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { graphql } from "../../src/server/graphql-runtime.js";
import { buildSchema } from "../../src/server/schema.js";

const { buildSchema: buildSdl, isInterfaceType, lexicographicSortSchema, printSchema } = graphql;

const root = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
const served = buildSchema();

describe("files for client tools", () => {
  it("schema.graphql is one schema without extensions, the very one the server runs", () => {
    const sdl = root("schema.graphql");
    expect(sdl).not.toMatch(/^extend /m);
    expect(printSchema(lexicographicSortSchema(buildSdl(sdl)))).toBe(printSchema(lexicographicSortSchema(served)));
  });

  it("possibleTypes.json maps every interface to the types that implement it", () => {
    const { possibleTypes } = JSON.parse(root("possibleTypes.json")) as { possibleTypes: Record<string, string[]> };
    const interfaces = Object.values(served.getTypeMap()).filter(isInterfaceType);
    expect(Object.keys(possibleTypes).sort()).toEqual(interfaces.map((i) => i.name).sort());
    for (const i of interfaces)
      expect(possibleTypes[i.name]!.slice().sort()).toEqual(
        served
          .getPossibleTypes(i)
          .map((t) => t.name)
          .sort(),
      );
    expect(possibleTypes.Node).toEqual(
      expect.arrayContaining(["Article", "Outlet", "Statement", "Person", "Country", "Organisation", "Location"]),
    );
  });

  it("graphql.config.yml points editors and tools at the printed schema", () => {
    expect(parseYaml(root("graphql.config.yml"))).toMatchObject({ schema: "schema.graphql" });
  });
});
