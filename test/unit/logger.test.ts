import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { resolveLogFormat } from "../../src/logger.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** What a process that logs one line with the service's logger in `format` writes: stdout, stderr (a pipe here, not a terminal). */
function logOnce(format: string): { stdout: string; stderr: string } {
  const script = `import { createLogger } from "./src/logger.ts"; createLogger("info", undefined, ${JSON.stringify(format)}).info({ port: 4000 }, "newsgraph serving");`;
  const { stdout, stderr } = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { stdout, stderr };
}

describe("log format", () => {
  it("is pretty on a terminal and JSON otherwise, unless LOG_FORMAT says", () => {
    expect(resolveLogFormat("auto", true)).toBe("pretty");
    expect(resolveLogFormat("auto", false)).toBe("json");
    expect(resolveLogFormat("json", true)).toBe("json");
    expect(resolveLogFormat("pretty", false)).toBe("pretty");
    expect(loadConfig({}).logFormat).toBe("auto");
    expect(loadConfig({ LOG_FORMAT: "JSON" }).logFormat).toBe("json");
    expect(() => loadConfig({ LOG_FORMAT: "yaml" })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_FORMAT: "yaml" })).toThrow(/LOG_FORMAT: expected pretty, json or auto, got "yaml"/);
  });

  it("writes readable lines for people in pretty format and one JSON object a line otherwise", () => {
    const pretty = logOnce("pretty");
    expect(pretty.stdout).toBe("");
    expect(pretty.stderr).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: newsgraph serving\n\s+port: 4000\n$/);
    const json = JSON.parse(logOnce("auto").stderr) as Record<string, unknown>;
    expect(json).toMatchObject({ level: 30, msg: "newsgraph serving", port: 4000, service: "newsgraph" });
  });
});
