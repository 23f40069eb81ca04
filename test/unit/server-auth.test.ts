import { describe, expect, it } from "vitest";
import { hasWriteKey } from "../../src/server/auth.js";

describe("hasWriteKey (Authorization: Bearer <NEWSGRAPH_API_KEY>, constant-time)", () => {
  it("accepts the exact key with the Bearer scheme in any case", () => {
    expect(hasWriteKey("Bearer s3cret-key", "s3cret-key")).toBe(true);
    expect(hasWriteKey("bearer s3cret-key", "s3cret-key")).toBe(true);
    expect(hasWriteKey("  Bearer   s3cret-key  ", "s3cret-key")).toBe(true);
  });

  it("refuses a missing header, another scheme, a prefix, a longer key, another key", () => {
    for (const header of [
      undefined,
      "",
      "Bearer",
      "Bearer ",
      "Basic s3cret-key",
      "s3cret-key",
      "Bearer s3cret-ke",
      "Bearer s3cret-key2",
      "Bearer S3CRET-KEY",
      "Bearer s3cret-key,Bearer x",
    ]) {
      expect(hasWriteKey(header, "s3cret-key"), String(header)).toBe(false);
    }
  });

  it("refuses everything when no key is configured (writes off)", () => {
    expect(hasWriteKey("Bearer ", null)).toBe(false);
    expect(hasWriteKey("Bearer anything", null)).toBe(false);
  });
});
