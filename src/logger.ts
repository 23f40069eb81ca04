/**
 * JSON logs on stderr, so that stdout stays free for command output (extract writes JSON Lines there).
 * Inside `withRequestId(id, …)` every line carries that `requestId`, the one the client also gets.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** `destination` is for tests that read the log; the service logs to stderr. */
export function createLogger(level = process.env.LOG_LEVEL || "info", destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: { service: "newsgraph" },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: ["headers.authorization", "req.headers.authorization"], censor: "[redacted]" },
    },
    destination,
  );
}
