/** The bulk path's defaults (`npm run ingest` and the bench use these), apart so the CLI can show them without loading it. */
import os from "node:os";

export const INGEST_DEFAULTS = {
  /** write transactions in flight: one writes while the next group's parameters are built */
  concurrency: 2,
  /** sources validated and checked against the graph per query */
  batchSize: 200,
  /** new articles per write transaction: past ~50 the fixed cost of a transaction is paid off and larger ones only hold locks longer */
  writeBatchSize: 50,
  /** extraction threads: one core for the main thread (reading, resolving, the driver), the rest for extraction; at least one */
  workers: (): number => Math.max(1, os.availableParallelism() - 1),
};
