/**
 * The local Neo4j that `npm start` and the tests use when NEO4J_URI is unset (see
 * docs/ARCHITECTURE.md, "Local Neo4j without Docker").
 *
 * Neo4j Community 5.26 jars come from Maven Central (neo4j/pom.xml, copied into neo4j/lib);
 * a small launcher (neo4j/src/main/java/newsgraph/LocalNeo4j.java, compiled into
 * neo4j/classes) runs an embedded DatabaseManagementService with Bolt on 127.0.0.1 and auth
 * off. The JVM shuts down cleanly on SIGTERM and when its stdin (a pipe from this process)
 * closes, so it never outlives the Node process, however that process ends.
 *
 * One local database per data folder: a running one is recorded in `<dataDir>/newsgraph-neo4j.json`
 * (Bolt URI, the JVM's pid, the pid that started it), removed on a clean stop (by Node, and by the
 * JVM after its own clean shutdown) and recognised as stale when that JVM is gone. Commands that need
 * the graph use the recorded database (findLocalNeo4j) instead of starting a second one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { commandLine, describeProcess, holdersOf, isAlive, listenersOn, nameProcess } from "./processes.js";

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port> */
  readonly uri: string;
  /** pid of the JVM */
  readonly pid: number;
  /** SIGTERM, wait for exit (up to 30 s), then SIGKILL; safe to call more than once. */
  stop(): Promise<void>;
  /** settles when the JVM exits, for whatever reason; `expected` when stop() asked for it */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; expected: boolean }>;
}

/** A failure the message explains to the user (port or data folder in use, Java missing…): no stack needed. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LocalNeo4jError";
  }
}

/** What `<dataDir>/newsgraph-neo4j.json` says about the local Neo4j running on that folder. */
export interface LocalNeo4jRecord {
  uri: string;
  /** the JVM */
  pid: number;
  /** the process that started it (npm start, a test, a command) */
  ownerPid: number;
  dataDir: string;
  startedAt: string;
  /** false while the JVM starts (and recovers its store) */
  ready: boolean;
}

export interface StartLocalNeo4jOptions {
  /** folder that holds the database (data/ and logs/ are created inside it) */
  dataDir: string;
  boltPort: number;
  log?: (msg: string) => void;
  /** default 120 000 */
  startTimeoutMs?: number;
  /** what the start is doing, in words for people ("recovering the store …") */
  onPhase?: (phase: string) => void;
}

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const NEO4J_DIR = path.join(REPO_ROOT, "neo4j");
const LIB_DIR = path.join(NEO4J_DIR, "lib");
const LIB_COMPLETE_MARKER = path.join(LIB_DIR, ".complete");
const CLASSES_DIR = path.join(NEO4J_DIR, "classes");
const POM = path.join(NEO4J_DIR, "pom.xml");
const LAUNCHER_SOURCE = path.join(NEO4J_DIR, "src", "main", "java", "newsgraph", "LocalNeo4j.java");
const LAUNCHER_CLASS = path.join(CLASSES_DIR, "newsgraph", "LocalNeo4j.class");
const MAIN_CLASS = "newsgraph.LocalNeo4j";
/**
 * Heap 512 MB + page cache 128 MB (+ metaspace etc.) stays under 1 GB.
 * `TieredStopAtLevel=1`: the JIT compiles with C1 only. The local database lives for a test run,
 * a bench or a working session, and C2's optimising compiles of Neo4j's large code base never paid
 * for themselves in that time: over an ingest of the 19,043 Reuters articles the compiler threads
 * used 54–60 s of CPU (half the JVM's), with C1 alone 7.5 s, while the queries ran ~35% slower
 * (bolt threads 37–40 → 53 s): Neo4j's CPU per article 5.0–5.6 → 3.8 ms (README, Performance).
 * A long-lived production database is a Neo4j server (NEO4J_URI), tuned on its own.
 */
const JVM_OPTS = [
  "-Xms256m",
  "-Xmx512m",
  "-XX:+UseSerialGC",
  "-XX:TieredStopAtLevel=1",
  "-XX:+ExitOnOutOfMemoryError",
  "-Dfile.encoding=UTF-8",
];
const PAGE_CACHE_BYTES = 128 * 1024 * 1024;
const READY_PREFIX = "NEO4J_READY ";
const OUTPUT_TAIL_LINES = 40;
const STOP_TIMEOUT_MS = 30_000;
const RECORD_FILE = "newsgraph-neo4j.json";

const noop = (): void => {};

/** Last lines of a stream of text, for error messages. */
class OutputTail {
  private readonly lines: string[] = [];
  private partial = "";

  constructor(private readonly max = OUTPUT_TAIL_LINES) {}

  push(chunk: string, onLine?: (line: string) => void): void {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts.pop() ?? "";
    for (const line of parts) {
      this.lines.push(line);
      if (this.lines.length > this.max) this.lines.shift();
      onLine?.(line);
    }
  }

  text(): string {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].join("\n");
  }
}

interface RunResult {
  code: number | null;
  output: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const tail = new OutputTail();
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.setEncoding("utf8").on("data", (s: string) => tail.push(s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => tail.push(s));
    child.on("error", (err: NodeJS.ErrnoException) => {
      const hint = err.code === "ENOENT" ? ` (is ${command} installed and on PATH?)` : "";
      reject(new Error(`Local Neo4j: cannot run \`${command} ${args.join(" ")}\`: ${err.message}${hint}`));
    });
    child.on("close", (code) => resolve({ code, output: tail.text() }));
  });
}

async function runOrThrow(command: string, args: readonly string[], cwd: string): Promise<void> {
  const { code, output } = await run(command, args, cwd);
  if (code !== 0) {
    throw new Error(
      `Local Neo4j: \`${command} ${args.join(" ")}\` failed with exit code ${String(code)}` + (output.trim() ? `:\n${output.trim()}` : ""),
    );
  }
}

function libInstalled(): boolean {
  return existsSync(LIB_COMPLETE_MARKER) && readdirSync(LIB_DIR).some((f) => f.endsWith(".jar"));
}

function launcherCompiled(): boolean {
  return existsSync(LAUNCHER_CLASS) && statSync(LAUNCHER_CLASS).mtimeMs >= statSync(LAUNCHER_SOURCE).mtimeMs;
}

let installing: Promise<void> | undefined;

/**
 * Fetches the Neo4j jars (Maven) and compiles the launcher (javac) unless already done.
 * Fast and idempotent when everything is in place.
 */
export function ensureLocalNeo4jInstalled(opts: { log?: (msg: string) => void } = {}): Promise<void> {
  if (libInstalled() && launcherCompiled()) return Promise.resolve();
  installing ??= install(opts.log ?? noop).finally(() => {
    installing = undefined;
  });
  return installing;
}

async function install(log: (msg: string) => void): Promise<void> {
  if (!libInstalled()) {
    log(`Local Neo4j: fetching the Neo4j jars with Maven into ${LIB_DIR} (once; ~120 MB)`);
    await runOrThrow("mvn", ["-q", "-B", "-f", POM, "dependency:copy-dependencies", `-DoutputDirectory=${LIB_DIR}`], REPO_ROOT);
    await writeFile(LIB_COMPLETE_MARKER, `${new Date().toISOString()}\n`);
  }
  if (!launcherCompiled()) {
    log(`Local Neo4j: compiling ${path.relative(REPO_ROOT, LAUNCHER_SOURCE)}`);
    await mkdir(CLASSES_DIR, { recursive: true });
    await runOrThrow("javac", ["-d", CLASSES_DIR, "-cp", path.join(LIB_DIR, "*"), "-encoding", "UTF-8", LAUNCHER_SOURCE], REPO_ROOT);
  }
}

/** A port that was free on 127.0.0.1 a moment ago (for tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("freePort: no port assigned"))));
    });
  });
}

function portInUseError(port: number): Error {
  const holders = listenersOn(port).filter((p) => p.pid !== process.pid);
  const who = holders.length > 0 ? `by ${holders.map(nameProcess).join(", ")}` : "(by a process this user cannot see)";
  const localOf = holders.map((h) => localNeo4jDataDir(h.pid)).find((d) => d !== null);
  const advice = localOf
    ? `That is the local Neo4j of ${localOf}: use it with NEO4J_URI=bolt://127.0.0.1:${port}, stop it (kill ${holders[0]!.pid}), or set NEO4J_BOLT_PORT to a free port.`
    : `Stop it${holders[0] ? ` (kill ${holders[0].pid})` : ""}, set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that Neo4j.`;
  return new LocalNeo4jError(`Local Neo4j: Bolt port ${port} on 127.0.0.1 is already in use ${who}. ${advice}`);
}

function storeLockedError(dataDir: string): Error {
  const holders = holdersOf(dataDir);
  const who = holders.length > 0 ? ` by ${holders.map(nameProcess).join(", ")}` : "";
  return new LocalNeo4jError(
    `Local Neo4j: the data folder ${dataDir} is locked${who} (another Neo4j uses its store). ` +
      `Stop that process${holders[0] ? ` (kill ${holders[0].pid})` : ""}, use its database with NEO4J_URI, or set NEWSGRAPH_DATA_DIR to another folder.`,
  );
}

/** The data folder of a local Neo4j JVM (our launcher), from its command line; null for any other process. */
function localNeo4jDataDir(pid: number): string | null {
  const args = commandLine(pid)?.split(" ") ?? [];
  const at = args.indexOf(MAIN_CLASS);
  return at >= 0 && args[at + 1] ? args[at + 1]! : null;
}

export function recordPath(dataDir: string): string {
  return path.join(path.resolve(dataDir), RECORD_FILE);
}

/** The record of the local Neo4j running on `dataDir`, or null when there is none or it is stale (its JVM is gone). */
export async function readLocalNeo4jRecord(dataDir: string): Promise<LocalNeo4jRecord | null> {
  let record: LocalNeo4jRecord;
  try {
    record = JSON.parse(await readFile(recordPath(dataDir), "utf8")) as LocalNeo4jRecord;
  } catch {
    return null;
  }
  // a JVM whose owner is gone is on its way down (its stdin closed)
  const live =
    Number.isInteger(record.pid) &&
    isAlive(record.pid) &&
    isAlive(record.ownerPid) &&
    localNeo4jDataDir(record.pid) === path.resolve(dataDir);
  return live ? record : null;
}

/**
 * The local Neo4j already running on `dataDir`, once it is ready (waiting up to `waitMs` while it
 * starts), or null when none runs there.
 */
export async function findLocalNeo4j(dataDir: string, waitMs = 120_000): Promise<LocalNeo4jRecord | null> {
  const until = Date.now() + waitMs;
  for (;;) {
    const record = await readLocalNeo4jRecord(dataDir);
    if (!record || record.ready || Date.now() > until) return record?.ready ? record : null;
    await sleep(250);
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (err: NodeJS.ErrnoException) => {
      reject(err.code === "EADDRINUSE" ? portInUseError(port) : err);
    });
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve()));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Retries until Bolt answers a handshake and a query, or the deadline passes. */
async function waitForBolt(uri: string, deadline: number, exited: () => boolean): Promise<void> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 5_000, maxConnectionPoolSize: 1 });
  try {
    let lastError: unknown;
    while (Date.now() < deadline && !exited()) {
      try {
        await driver.getServerInfo();
        await driver.executeQuery("RETURN 1");
        return;
      } catch (err) {
        lastError = err;
        await sleep(250);
      }
    }
    if (exited()) return; // reported by the caller
    throw new Error(`Bolt at ${uri} did not answer: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
  } finally {
    await driver.close();
  }
}

/** Unref the child and its pipes so that a running JVM does not keep Node alive (or the reverse). */
function setReferenced(child: ChildProcess, referenced: boolean): void {
  for (const handle of [child, child.stdin, child.stdout, child.stderr]) {
    const h = handle as { ref?: () => void; unref?: () => void } | null;
    if (referenced) h?.ref?.();
    else h?.unref?.();
  }
}

/**
 * Starts the local Neo4j (call ensureLocalNeo4jInstalled first) and resolves once Bolt
 * answers. Rejects, and kills the JVM, if it exits early or does not come up in time.
 */
export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? noop;
  const timeoutMs = opts.startTimeoutMs ?? 120_000;
  const port = opts.boltPort;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`Local Neo4j: invalid Bolt port ${String(port)} (check NEO4J_BOLT_PORT)`);
  }
  if (!libInstalled() || !launcherCompiled()) {
    throw new Error("Local Neo4j: not installed; call ensureLocalNeo4jInstalled() first");
  }
  const dataDir = path.resolve(opts.dataDir);
  const running = await readLocalNeo4jRecord(dataDir);
  if (running) {
    throw new LocalNeo4jError(
      `Local Neo4j: ${dataDir} already has a local Neo4j running at ${running.uri} (${nameProcess(describeProcess(running.pid))}, ` +
        `started by pid ${running.ownerPid}). Use it (NEO4J_URI=${running.uri}) or stop pid ${running.ownerPid} first.`,
    );
  }
  // a record left behind means the last run did not stop cleanly: Neo4j recovers the store first
  const unclean = existsSync(recordPath(dataDir));
  await assertPortFree(port);
  await mkdir(dataDir, { recursive: true });
  const started = Date.now();
  const deadline = started + timeoutMs;
  log(`Local Neo4j: starting on 127.0.0.1:${port} with data in ${dataDir}`);

  const child = spawn(
    "java",
    [
      ...JVM_OPTS,
      `-Dnewsgraph.pageCacheBytes=${PAGE_CACHE_BYTES}`,
      `-Dnewsgraph.recordFile=${recordPath(dataDir)}`,
      "-cp",
      `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, "*")}`,
      MAIN_CLASS,
      dataDir,
      String(port),
    ],
    { cwd: REPO_ROOT, stdio: ["pipe", "pipe", "pipe"] },
  );
  const record: LocalNeo4jRecord = {
    uri: `bolt://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    ownerPid: process.pid,
    dataDir,
    startedAt: new Date().toISOString(),
    ready: false,
  };
  const writeRecord = () => writeFile(recordPath(dataDir), JSON.stringify(record)).catch(noop);
  // removed only while it is this JVM's (a restart may have written the next one's)
  const removeRecord = async () => {
    const current = await readFile(recordPath(dataDir), "utf8").catch(() => "");
    if (current.includes(`"pid":${record.pid},`)) await rm(recordPath(dataDir), { force: true });
  };
  if (child.pid !== undefined) await writeRecord();
  if (unclean) opts.onPhase?.("recovering the store (the last run did not stop cleanly); this can take a while");
  const tail = new OutputTail();
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exitInfo = { code, signal };
      process.removeListener("exit", killOnExit);
      resolve();
    });
  });
  // Last resort when Node exits without stop(): the JVM also stops when its stdin closes,
  // and its shutdown hook halts it if a clean shutdown takes more than 25 s.
  function killOnExit(): void {
    if (!exitInfo) {
      try {
        child.kill("SIGTERM");
      } catch {
        // already gone
      }
    }
  }
  process.on("exit", killOnExit);

  let readyUri: string | undefined;
  let onReady: (() => void) | undefined;
  child.stdout.setEncoding("utf8").on("data", (s: string) =>
    tail.push(s, (line) => {
      if (!readyUri && line.startsWith(READY_PREFIX)) {
        readyUri = line.slice(READY_PREFIX.length).trim();
        onReady?.();
      }
    }),
  );
  child.stderr.setEncoding("utf8").on("data", (s: string) => tail.push(s, (line) => line && log(`neo4j: ${line}`)));
  // The pipe breaks when the JVM dies; its stdin is only there to signal our own death.
  child.stdin.on("error", noop);

  const failure = (what: string): Error => {
    const output = tail.text();
    if (/Address already in use/i.test(output)) return portInUseError(port);
    if (/FileLockException|Lock file has been locked/i.test(output)) return storeLockedError(dataDir);
    return new LocalNeo4jError(
      `Local Neo4j ${what}.${output.trim() ? ` Last output of the JVM:\n${output.trim()}` : ""}\n(logs in ${path.join(dataDir, "logs")})`,
    );
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(failure(`did not report ready within ${timeoutMs} ms`)), timeoutMs);
      const done = (fn: () => void): void => {
        clearTimeout(timer);
        fn();
      };
      onReady = () => done(resolve);
      child.once("error", (err: NodeJS.ErrnoException) =>
        done(() =>
          reject(
            new Error(
              `Local Neo4j: cannot run java: ${err.message}${err.code === "ENOENT" ? " (is a Java 17+ JDK installed and on PATH?)" : ""}`,
            ),
          ),
        ),
      );
      void exitedPromise.then(() =>
        done(() =>
          reject(
            failure(
              `exited before it was ready (exit code ${String(exitInfo?.code)}${exitInfo?.signal ? `, signal ${exitInfo.signal}` : ""})`,
            ),
          ),
        ),
      );
    });
    const uri = readyUri ?? `bolt://127.0.0.1:${port}`;
    await waitForBolt(uri, deadline, () => exitInfo !== undefined);
    if (exitInfo) throw failure(`exited while starting (exit code ${String(exitInfo.code)})`);
  } catch (err) {
    child.kill("SIGKILL");
    await exitedPromise;
    await removeRecord();
    throw err instanceof Error && err.message.startsWith("Local Neo4j") ? err : failure(`failed to start: ${String(err)}`);
  }

  const uri = readyUri ?? `bolt://127.0.0.1:${port}`;
  const pid = child.pid ?? -1;
  record.uri = uri;
  record.ready = true;
  await writeRecord();
  log(`Local Neo4j: ready at ${uri} (pid ${pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  setReferenced(child, false);

  let stopping: Promise<void> | undefined;
  const exited = exitedPromise.then(async () => {
    // a JVM that died (killed, crashed) leaves its record: the next start knows the store needs recovery
    if (exitInfo?.code === 0 || stopping !== undefined) await removeRecord();
    return { code: exitInfo?.code ?? null, signal: exitInfo?.signal ?? null, expected: stopping !== undefined };
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (exitInfo) return void (await exited);
      setReferenced(child, true);
      log(`Local Neo4j: stopping (pid ${pid})`);
      child.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exitedPromise, new Promise<void>((r) => (timer = setTimeout(r, STOP_TIMEOUT_MS)))]);
      clearTimeout(timer);
      if (!exitInfo) {
        log(`Local Neo4j: did not stop within ${STOP_TIMEOUT_MS} ms; killing it`);
        child.kill("SIGKILL");
        await exitedPromise;
      }
      child.stdin.destroy();
      await exited;
      log("Local Neo4j: stopped");
    })();
    return stopping;
  };

  return { uri, pid, stop, exited };
}
