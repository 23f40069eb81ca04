/** Monaco's workers, bundled beside the page (src/server/bundle.ts) instead of fetched from a CDN. */
const WORKERS: Record<string, string> = {
  json: "/assets/json.worker.js",
  graphql: "/assets/graphql.worker.js",
};

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return new Worker(WORKERS[label] ?? "/assets/editor.worker.js", { type: "module" });
  },
};
