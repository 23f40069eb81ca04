import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { describeConnectionFailure } from "../../src/graph/neo4j.js";

const driverError = (cause: string) =>
  new Neo4jError(
    `Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: ${cause}`,
    "ServiceUnavailable",
    "N/A",
    "Connection error",
  );

describe("describeConnectionFailure", () => {
  const uri = "bolt://127.0.0.1:7687";

  it("says the database refused the connection, not that encryption settings may be wrong", () => {
    const text = describeConnectionFailure(uri, driverError("connect ECONNREFUSED 127.0.0.1:7687"));
    expect(text).toBe("the graph database at bolt://127.0.0.1:7687 refused the connection (nothing listens there: is Neo4j running?)");
  });

  it("tells an unknown host and a timeout apart", () => {
    expect(describeConnectionFailure("neo4j://db:7687", driverError("getaddrinfo ENOTFOUND db"))).toBe(
      "the graph database at neo4j://db:7687 cannot be reached: its host name does not resolve",
    );
    expect(describeConnectionFailure(uri, driverError("Connection acquisition timed out in 5000 ms."))).toBe(
      "the graph database at bolt://127.0.0.1:7687 did not answer in time",
    );
  });
});
