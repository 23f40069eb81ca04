import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: unknown };
  volumes?: string[];
  ports?: string[];
}

const compose = parse(readFileSync(new URL("../../docker-compose.yml", import.meta.url), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe("docker-compose.yml", () => {
  const { neo4j, app } = compose.services;

  it("runs Neo4j 5.26 community with a healthcheck and a named volume for its data", () => {
    expect(neo4j?.image).toBe("neo4j:5.26-community");
    expect(neo4j?.healthcheck?.test).toBeTruthy();
    const volume = neo4j?.volumes?.find((v) => v.endsWith(":/data"));
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(volume!.split(":")[0]);
  });

  it("builds the app from the Dockerfile and wires it to the database once it is healthy", () => {
    expect(app?.build).toBe(".");
    expect(app?.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(app?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app?.ports).toContain("4000:4000");
  });

  it("gives the app the same password the database was started with", () => {
    const auth = neo4j?.environment?.NEO4J_AUTH ?? "";
    expect(auth.replace(/^neo4j\//, "")).toBe(app?.environment?.NEO4J_PASSWORD);
  });
});

describe("Dockerfile", () => {
  const dockerfile = readFileSync(new URL("../../Dockerfile", import.meta.url), "utf8");
  it("is multi-stage and runs as a non-root user", () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
