import { inject } from "vitest";

/**
 * Bolt URI of the Neo4j the tests run against: NEO4J_URI if it was set, otherwise the local
 * Neo4j that test/global-setup.ts started for this run.
 */
export function testNeo4jUri(): string {
  const uri = inject("neo4jUri") ?? process.env.NEO4J_URI;
  if (!uri) {
    throw new Error("No Neo4j for the tests: run them with test/global-setup.ts as globalSetup, or set NEO4J_URI");
  }
  return uri;
}
