/**
 * Starts `next start` on a free loopback port and nginx in front of it, with
 * the configuration from config.ts written into a fresh temporary folder (pid,
 * cache, temporary files, access log): nothing is written outside it, so it
 * runs as root or not. `npm run start:nginx` (scripts/start-nginx.ts), which
 * the tests run, and the bench start the front through here.
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

import { readFrontBuild } from "./build";
import { frontConfig } from "./config";
import { freePort, waitForPort } from "./ports";

export type FrontOptions = {
  /** The project: `.next/` holds the build `next start` serves. */
  projectDir: string;
  /** Port nginx listens on. */
  port: number;
  /** Where nginx's and Next.js's logs go: this terminal, or nowhere. */
  output: "inherit" | "ignore";
  log: (message: string) => void;
};

export type Front = {
  nextPort: number;
  /** nginx's master process and `next start`'s. */
  pids: { nginx: number; next: number };
  buildId: string;
  /** The folder of this run; removed by stop(). */
  runDir: string;
  configFile: string;
  /** Settles when nginx or Next.js exits on its own, naming which. */
  exited: Promise<string>;
  /** Stops both (nginx gracefully: requests in flight finish) and removes the run's folder. */
  stop: () => Promise<void>;
};

/** The front could not start; the message says why, and the logs above it say more. */
export class FrontStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FrontStartError";
  }
}

export class NginxMissingError extends FrontStartError {
  constructor() {
    super(
      "nginx not found. Install it (Debian: apt-get install nginx; nothing else is needed, the front uses its own " +
        "configuration and folders) or set NGINX_PATH to the binary.",
    );
    this.name = "NginxMissingError";
  }
}

/** NGINX_PATH, or nginx on PATH or in /usr/sbin, which is not on a normal user's PATH on Debian. */
export function findNginx(): string {
  const candidates = process.env.NGINX_PATH
    ? [process.env.NGINX_PATH]
    : [...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean), "/usr/sbin"].map((dir) =>
        path.join(dir, "nginx"),
      );
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here; try the next one.
    }
  }
  throw new NginxMissingError();
}

const exitOf = (child: ChildProcess, name: string) =>
  new Promise<string>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve(`${name} exited (${child.exitCode ?? child.signalCode})`);
    else child.once("exit", (code, signal) => resolve(`${name} exited (${code ?? signal})`));
  });

/** Waits for the port, failing at once if the process exits first (a missing build, a port in use). */
async function listening(child: ChildProcess, name: string, port: number): Promise<void> {
  await Promise.race([
    waitForPort(port),
    exitOf(child, name).then((why) => Promise.reject(new FrontStartError(`${why} before listening on port ${port}`))),
  ]);
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** One GET through the front; resolves with the status. */
function get(port: number, urlPath: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: "127.0.0.1", port, path: urlPath, headers: { "accept-encoding": acceptEncoding } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
  });
}

/**
 * Asks for every path the build fixed, gzipped and plain, so each is compressed
 * once by Next.js and kept: from then on nginx serves them without Next.js. A
 * path that does not answer 200 means the build and the front disagree, which
 * stops the start.
 */
async function warm(port: number, paths: readonly string[]): Promise<void> {
  const queue = paths.flatMap((urlPath) => [
    { urlPath, encoding: "gzip" },
    { urlPath, encoding: "identity" },
  ]);
  const failures: string[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const status = await get(port, next.urlPath, next.encoding);
      if (status !== 200) failures.push(`${next.urlPath} (${next.encoding}): ${status}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  if (failures.length > 0) throw new FrontStartError(`the front did not serve the build:\n  ${failures.join("\n  ")}`);
}

/** Size at which the access log is rotated, so a long run does not fill the disk. */
const ROTATE_LOG_BYTES = 16 * 1024 * 1024;

/**
 * Copies what nginx appends to its access log to this process's output, every
 * quarter second. nginx writes the log to a file in the run's folder, which
 * never makes it wait: through a pipe, it stalled whenever the reader was not
 * scheduled in time, which cost a third of its throughput on a busy machine.
 * Past ROTATE_LOG_BYTES the file is renamed and nginx told to reopen it
 * (SIGUSR1); the old one is read to its end, then deleted.
 */
function relayAccessLog(file: string, nginxPid: number, write: (chunk: Buffer) => void): { stop: () => void } {
  let current = { path: file, offset: 0 };
  let rotated: { path: string; offset: number; quietTicks: number } | undefined;
  const copyNew = (source: { path: string; offset: number }): number => {
    let fd: number;
    try {
      fd = openSync(source.path, "r");
    } catch {
      return 0; // nginx has not written it yet
    }
    try {
      const size = fstatSync(fd).size;
      if (size <= source.offset) return 0;
      const chunk = Buffer.alloc(size - source.offset);
      readSync(fd, chunk, 0, chunk.length, source.offset);
      source.offset = size;
      write(chunk);
      return chunk.length;
    } finally {
      closeSync(fd);
    }
  };
  const tick = () => {
    if (rotated) {
      // nginx's workers reopen the log on their next event; two quiet seconds mean all have.
      rotated.quietTicks = copyNew(rotated) > 0 ? 0 : rotated.quietTicks + 1;
      if (rotated.quietTicks >= 8) {
        rmSync(rotated.path, { force: true });
        rotated = undefined;
      }
    }
    copyNew(current);
    if (!rotated && current.offset > ROTATE_LOG_BYTES) {
      rotated = { path: `${file}.old`, offset: current.offset, quietTicks: 0 };
      renameSync(file, rotated.path);
      current = { path: file, offset: 0 };
      process.kill(nginxPid, "SIGUSR1");
    }
  };
  const timer = setInterval(tick, 250);
  return {
    stop: () => {
      clearInterval(timer);
      if (rotated) copyNew(rotated);
      copyNew(current);
    },
  };
}

export async function startFront({ projectDir, port, output, log }: FrontOptions): Promise<Front> {
  const nginxPath = findNginx();
  const build = readFrontBuild(projectDir);
  const runDir = mkdtempSync(path.join(os.tmpdir(), "heel-pain-guide-nginx-"));
  // As root, nginx's workers run as an unprivileged user, who must reach the cache nginx creates in here.
  if (process.getuid?.() === 0) chmodSync(runDir, 0o755);

  let next: ChildProcess | undefined;
  let nginx: ChildProcess | undefined;
  let relay: { stop: () => void } | undefined;
  const stop = async () => {
    // SIGQUIT: nginx stops accepting and lets the requests in flight finish.
    await Promise.all([nginx && stopProcess(nginx, "SIGQUIT"), next && stopProcess(next, "SIGTERM")]);
    // After nginx, which writes what it buffered as it exits.
    relay?.stop();
    rmSync(runDir, { recursive: true, force: true });
  };

  try {
    const nextPort = await freePort();
    next = spawn(
      process.execPath,
      [
        path.join(projectDir, "node_modules", "next", "dist", "bin", "next"),
        "start",
        "--port",
        String(nextPort),
        "--hostname",
        "127.0.0.1",
      ],
      { cwd: projectDir, stdio: ["ignore", output, output] },
    );
    await listening(next, "next start", nextPort);

    const accessLogFile = path.join(runDir, "access.log");
    const configFile = path.join(runDir, "nginx.conf");
    const { buildId, buildPaths } = build;
    writeFileSync(configFile, frontConfig({ port, nextPort, buildId, buildPaths, runDir, accessLog: accessLogFile }));
    // -e: the error log until the configuration is read; the default path needs root.
    nginx = spawn(nginxPath, ["-p", runDir, "-c", configFile, "-e", "stderr"], {
      stdio: ["ignore", output, output],
    });
    await listening(nginx, "nginx", port);
    // Only when the output is shown: the bench discards it, and its runs are too short to need rotating.
    if (output === "inherit") {
      relay = relayAccessLog(accessLogFile, nginx.pid ?? 0, (chunk) => process.stdout.write(chunk));
    }

    log(`build ${build.buildId}: filling nginx's cache with ${build.warmPaths.length} paths`);
    await warm(port, build.warmPaths);
    return {
      nextPort,
      pids: { nginx: nginx.pid ?? 0, next: next.pid ?? 0 },
      buildId: build.buildId,
      runDir,
      configFile,
      exited: Promise.race([exitOf(next, "next start"), exitOf(nginx, "nginx")]),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
