/**
 * Which process holds a port or a folder, for messages that name it (Linux /proc; elsewhere the
 * answers are empty and the messages say less).
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";

export interface ProcessInfo {
  pid: number;
  /** the command line, shortened */
  command: string;
}

const MAX_COMMAND = 160;

/** True while the process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no procfs: trust kill(0)
  }
}

export function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
  } catch {
    return null;
  }
}

export function describeProcess(pid: number): ProcessInfo {
  const command = commandLine(pid) ?? "?";
  return { pid, command: command.length > MAX_COMMAND ? `${command.slice(0, MAX_COMMAND)}…` : command };
}

/** "pid 123 (java -cp … newsgraph.LocalNeo4j /x/.data 7687)" */
export function nameProcess(info: ProcessInfo): string {
  return `pid ${info.pid} (${info.command})`;
}

function pids(): number[] {
  try {
    return readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
}

function fdTargets(pid: number): string[] {
  const dir = `/proc/${pid}/fd`;
  try {
    return readdirSync(dir).flatMap((fd) => {
      try {
        return [readlinkSync(path.join(dir, fd))];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

/** The processes listening on a TCP port (any address). */
export function listenersOn(port: number): ProcessInfo[] {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const row of text.split("\n").slice(1)) {
      const cols = row.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; the inode is the 10th column
      if (cols.length > 9 && cols[3] === "0A" && parseInt(cols[1]!.split(":")[1] ?? "", 16) === port) inodes.add(cols[9]!);
    }
  }
  if (inodes.size === 0) return [];
  const sockets = new Set([...inodes].map((i) => `socket:[${i}]`));
  return pids()
    .filter((pid) => fdTargets(pid).some((t) => sockets.has(t)))
    .map(describeProcess);
}

/** The processes (other than this one) with a file open inside `dir`. */
export function holdersOf(dir: string): ProcessInfo[] {
  const prefix = path.resolve(dir) + path.sep;
  return pids()
    .filter((pid) => pid !== process.pid && fdTargets(pid).some((t) => t.startsWith(prefix)))
    .map(describeProcess);
}

function parentPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
}

/**
 * The processes this one was launched by, whose death orphans it: the parent, and when that is the
 * `sh -c` that npm runs a script in, npm too (a SIGKILL of `npm start` leaves the shell waiting on us).
 */
export function launcherPids(): number[] {
  const parent = process.ppid;
  const pids = [parent];
  if (/^(\S*\/)?(sh|bash|dash) -c /.test(commandLine(parent) ?? "")) {
    const grandparent = parentPid(parent);
    if (grandparent !== null && grandparent > 1) pids.push(grandparent);
  }
  return pids;
}
