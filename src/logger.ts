/**
 * Logs on stderr, so that stdout stays free for command output (extract writes JSON Lines there):
 * readable lines for people on a terminal (pino-pretty), JSON otherwise (a file, a pipe, a log
 * collector); LOG_FORMAT=pretty|json overrides the choice.
 * Lines about a request carry its `requestId` (the one the client also gets) in the details the
 * code that logs them passes (src/server/http.ts, src/server/errors.ts).
 */
import { pino, type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

export type LogFormat = "pretty" | "json" | "auto";

/** "auto": pretty when stderr is a terminal. */
export function resolveLogFormat(format: LogFormat, isTTY = process.stderr.isTTY === true): "pretty" | "json" {
  return format === "auto" ? (isTTY ? "pretty" : "json") : format;
}

/**
 * `destination` is for tests that read the log (JSON lines); the service logs to stderr in the
 * format `format` resolves to.
 */
export function createLogger(level = process.env.LOG_LEVEL || "info", destination?: DestinationStream, format: LogFormat = "auto"): Logger {
  const stream =
    destination ??
    (resolveLogFormat(format) === "pretty"
      ? pretty({
          destination: 2,
          sync: true,
          colorize: process.stderr.isTTY === true,
          translateTime: "SYS:HH:MM:ss.l",
          ignore: "pid,hostname,service",
        })
      : pino.destination(2));
  return pino(
    {
      level,
      base: { service: "newsgraph" },
      redact: { paths: ["headers.authorization", "req.headers.authorization"], censor: "[redacted]" },
    },
    stream,
  );
}
