import { describe, expect, it } from "vitest";
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from "../../src/server/heap.js";

describe("heapGrowthFlag", () => {
  it("sets the service's heap growth when the operator chose none", () => {
    expect(heapGrowthFlag(["--import", "tsx"], "")).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag([], undefined, 30)).toBe("--heap-growing-percent=30");
  });

  it("leaves the operator's own choice on node's command line or in NODE_OPTIONS", () => {
    expect(heapGrowthFlag(["--heap-growing-percent=20"], "")).toBeNull();
    expect(heapGrowthFlag([], "--max-old-space-size=512 --heap_growing_percent=80")).toBeNull();
  });

  it("is not fooled by other heap flags", () => {
    expect(heapGrowthFlag(["--max-old-space-size=512", "--max-semi-space-size=8"], "--expose-gc")).toBe(
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
    );
  });
});
