/**
 * GET /healthz: the process runs. GET /readyz: Neo4j answers, within a second (a load balancer polls
 * it), and the graph is prepared (constraints, indexes, first-start seeds), so a client that waits
 * for readiness never sees an empty graph.
 */
import { Router } from "express";
import type { Db } from "../graph/neo4j.js";

const READY_TIMEOUT_MS = 1_000;

/** `prepared` says whether migrations and first-start seeds are done (always, for an app without them). */
export function healthRoutes(db: Db, prepared: () => boolean = () => true): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.status(200).json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    if (!(await answersWithin(db, READY_TIMEOUT_MS))) {
      res.status(503).json({ status: "neo4j unavailable" });
      return;
    }
    const ready = prepared();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "preparing the graph (constraints, indexes, seeds)" });
  });
  return router;
}

async function answersWithin(db: Db, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([db.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
