import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

import { waitForPort } from "../scripts/nginx-front/ports";

/** Starts `next start` on a loopback port; `nodeArgs` go to Node itself (for example `--cpu-prof`). */
export async function startNext(port: number, cwd: string, nodeArgs: string[] = []): Promise<ChildProcess> {
  const child = spawn(
    "node",
    [...nodeArgs, "node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd, stdio: "ignore" },
  );
  await waitForPort(port);
  return child;
}

/** Stops a process and waits for it (SIGTERM lets Node write CPU profiles). */
export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** A process and all its descendants. */
function processTree(root: number): number[] {
  const pids = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident memory of a process and all its descendants, in MB. */
export function treeRssMb(root: number): number {
  return Math.round(processTree(root).reduce((total, pid) => total + rssKb(pid), 0) / 1024);
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime: the 14th and 15th fields of the line.
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * Starts counting the CPU time (user and system) of the processes under `roots`;
 * the returned function gives the ms used since. Counted per process, so one
 * that exits meanwhile (nginx's cache loader) takes nothing away.
 */
export function cpuTimer(roots: readonly number[]): () => number {
  const snapshot = () => new Map(roots.flatMap(processTree).map((pid) => [pid, cpuTicks(pid)]));
  const before = snapshot();
  return () => {
    let ticks = 0;
    for (const [pid, now] of snapshot()) ticks += now - (before.get(pid) ?? 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  };
}

/** Runs a command to completion, sampling the memory of its process tree; returns wall time and peak memory. */
export function runMeasured(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  return new Promise<{ seconds: number; peakMb: number }>((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    let peakMb = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakMb = Math.max(peakMb, treeRssMb(child.pid));
    }, 250);
    child.on("exit", (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) resolve({ seconds: Math.round(seconds * 10) / 10, peakMb });
      else reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${stderr}`));
    });
  });
}

/** Installs a Debian package when its command is missing (the bench runs as root on these machines). */
export function ensureDebianPackage(command: string, pkg: string): string {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim();
  } catch {
    execFileSync("sh", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`], {
      stdio: "inherit",
    });
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim();
  }
}
