// The entry of an extraction worker thread: Node 20 loads a worker's first module before the
// `--import tsx` it inherits is in place, so this plain module registers tsx, then loads the worker.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
