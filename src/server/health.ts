/** GET /healthz: the process runs. GET /readyz: Neo4j answers, within a second (a load balancer polls it). */
import { Router } from "express";
import type { Db } from "../graph/neo4j.js";

const READY_TIMEOUT_MS = 1_000;

export function healthRoutes(db: Db): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.status(200).json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const ready = await answersWithin(db, READY_TIMEOUT_MS);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "neo4j unavailable" });
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
