/** JSON logs on stderr, so that stdout stays free for command output (extract writes JSON Lines there). */
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level = process.env.LOG_LEVEL || "info"): Logger {
  return pino({ level, base: { service: "newsgraph" } }, pino.destination(2));
}
