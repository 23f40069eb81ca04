import { describe, expect, it } from "vitest";
import { APOLLO_STUDIO_ORIGIN, loadConfig } from "../../src/config.js";
import { originAllowed } from "../../src/server/cors.js";

const allowed = (env: Record<string, string>, origin: string) => originAllowed(loadConfig(env).cors, origin);

describe("NEWSGRAPH_CORS_ORIGINS", () => {
  it("by default lets loopback pages on any port and Apollo Studio call the API, and nothing else", () => {
    for (const origin of ["http://localhost:5173", "http://127.0.0.1:8888", "https://localhost", "http://[::1]:3000", APOLLO_STUDIO_ORIGIN])
      expect(allowed({}, origin), origin).toBe(true);
    for (const origin of ["https://evil.example", "http://localhost.evil.example", "http://127.0.0.2:80", "null", "file://"])
      expect(allowed({}, origin), origin).toBe(false);
  });

  it("with a list allows exactly its origins, and loopback only when the list says `loopback`", () => {
    const env = { NEWSGRAPH_CORS_ORIGINS: "https://app.example.org, http://notebook.example:8888/" };
    expect(allowed(env, "https://app.example.org")).toBe(true);
    expect(allowed(env, "http://notebook.example:8888")).toBe(true);
    expect(allowed(env, "http://app.example.org")).toBe(false);
    expect(allowed(env, "http://localhost:5173")).toBe(false);
    expect(allowed(env, APOLLO_STUDIO_ORIGIN)).toBe(false);
    expect(allowed({ NEWSGRAPH_CORS_ORIGINS: "loopback,https://app.example.org" }, "http://localhost:5173")).toBe(true);
  });

  it("`*` allows every origin", () => {
    expect(loadConfig({ NEWSGRAPH_CORS_ORIGINS: "*" }).cors.any).toBe(true);
    expect(allowed({ NEWSGRAPH_CORS_ORIGINS: "*" }, "https://anything.example")).toBe(true);
  });

  it.each(["app.example.org", "https://app.example.org/path", "ftp://files.example", "https://a.example,", "*,https://a.example"])(
    "refuses %j naming the variable",
    (value) => {
      expect(() => loadConfig({ NEWSGRAPH_CORS_ORIGINS: value })).toThrow(/^NEWSGRAPH_CORS_ORIGINS: expected `\*` or origins/);
    },
  );
});
