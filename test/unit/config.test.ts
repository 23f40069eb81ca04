import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

describe("loadConfig", () => {
  it("uses the documented defaults when nothing is set", () => {
    const c = loadConfig({}, "/srv/app");
    expect(c.port).toBe(4000);
    expect(c.neo4j).toBeNull();
    expect(c.boltPort).toBe(7687);
    expect(c.dataDir).toBe("/srv/app/.data");
    expect(c.apiKey).toBeNull();
    expect(c.queryStats).toBe(false);
  });

  it("reads an external Neo4j and the other variables", () => {
    const c = loadConfig(
      {
        PORT: "8080",
        NEO4J_URI: "neo4j://db:7687",
        NEO4J_PASSWORD: "pw",
        NEWSGRAPH_DATA_DIR: "/tmp/x",
        NEWSGRAPH_API_KEY: "k",
        NEWSGRAPH_QUERY_STATS: "true",
      },
      "/srv",
    );
    expect(c.port).toBe(8080);
    expect(c.neo4j).toEqual({ uri: "neo4j://db:7687", user: "neo4j", password: "pw" });
    expect(c.dataDir).toBe("/tmp/x");
    expect(c.apiKey).toBe("k");
    expect(c.queryStats).toBe(true);
  });

  it.each([
    [{ PORT: "abc" }, /PORT: expected a whole number/],
    [{ PORT: "70000" }, /PORT: expected a number from 0 to 65535/],
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI: expected bolt:\/\//],
    [{ NEWSGRAPH_QUERY_STATS: "yes please" }, /NEWSGRAPH_QUERY_STATS: expected true or false/],
    [{ NEO4J_BOLT_PORT: "0" }, /NEO4J_BOLT_PORT/],
  ])("fails fast naming the variable for %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
