/** An extraction worker thread (see ExtractPool): extracts each text it is sent and answers with the Extraction. */
import { parentPort } from "node:worker_threads";
import { extract } from "../extract/index.js";
import type { ExtractReply, ExtractRequest } from "./extract-pool.js";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs as a worker thread of ExtractPool");
port.on("message", (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: request.id, extraction: extract(request.text, request.meta) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
