/**
 * A deploy never serves a page from an older build. Runs the command of
 * `npm run start:nginx` on a copy of the real build, fills the front's cache, stops it,
 * "rebuilds" (a new BUILD_ID and a changed article, as a build writes them) and
 * starts it again: the front must serve the new article, gzipped and plain,
 * first time and from its cache. It fails if the cache outlived the run or
 * ignored the build ID, or if a stopped front left nginx answering.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";

import { afterAll, describe, expect, it } from "vitest";

import { freePort } from "@/scripts/nginx-front/ports";

const ROOT = process.cwd();
const ARTICLE = "/articles/plantar-fasciitis";
const ARTICLE_HTML = path.join(".next", "server", "app", "articles", "plantar-fasciitis.html");
if (!existsSync(path.join(ROOT, ARTICLE_HTML))) {
  throw new Error(`${ARTICLE_HTML} missing: run \`npm run build\` before these tests (npm test does)`);
}

/** What `next start` and the start script read, linked; the build copied, so it can be "rebuilt". */
function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "heel-pain-guide-rebuild-"));
  for (const entry of ["node_modules", "package.json", "next.config.ts", "tsconfig.json", "lib", "content", "public"]) {
    symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
  }
  symlinkSync(path.join(ROOT, "scripts"), path.join(dir, "scripts"));
  symlinkSync(path.join(ROOT, ".search"), path.join(dir, ".search"));
  cpSync(path.join(ROOT, ".next"), path.join(dir, ".next"), {
    recursive: true,
    // Next.js's build cache, and the copies `next start` makes of pages it served: a build starts without them.
    filter: (source) => !/[/\\]\.next[/\\](cache|server[/\\]route-cache)([/\\]|$)/.test(source),
  });
  return dir;
}

type RunningFront = { process: ChildProcess; output: () => string };

/** `npm run start:nginx`'s command in the copy (without npm, so SIGTERM reaches it), resolved once it is ready. */
async function startFront(projectDir: string, port: number): Promise<RunningFront> {
  const command = (
    JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts["start:nginx"];
  const [program = "", ...args] = (command ?? "").split(" ");
  const child = spawn(program, args, {
    cwd: projectDir,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("[start:nginx] ready on")) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    child.once("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`${command} exited (${code}) before it was ready:\n${output}`));
    });
  });
  return { process: child, output: () => output };
}

function stopFront({ process: child }: RunningFront): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

/** The article's body through the front, decoded. */
function getArticle(port: number, acceptEncoding: "gzip" | "identity"): Promise<{ status: number; html: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: ARTICLE, headers: { "accept-encoding": acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          const gzipped = response.headers["content-encoding"] === "gzip";
          resolve({ status: response.statusCode ?? 0, html: (gzipped ? gunzipSync(body) : body).toString() });
        });
      })
      .on("error", reject);
  });
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    http.get({ host: "127.0.0.1", port, path: "/" }, () => resolve(false)).on("error", () => resolve(true));
  });

const h1 = (html: string) => /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? "";

describe("the nginx front after a rebuild", () => {
  const projectDir = copyProject();
  const running = new Set<RunningFront>();
  afterAll(async () => {
    // Only if an assertion failed with a front still up.
    await Promise.all([...running].map(stopFront));
    rmSync(projectDir, { recursive: true, force: true });
  });

  it("serves the new build's page, never the one it cached from the old build", { timeout: 120_000 }, async () => {
    const port = await freePort();
    const builtHeading = h1(readFileSync(path.join(projectDir, ARTICLE_HTML), "utf8"));
    expect(builtHeading).not.toBe("");

    const first = await startFront(projectDir, port);
    running.add(first);
    for (const encoding of ["gzip", "identity"] as const) {
      expect(await getArticle(port, encoding)).toMatchObject({ status: 200 });
      expect(h1((await getArticle(port, encoding)).html), encoding).toBe(builtHeading);
    }
    expect(await stopFront(first)).toBe(0);
    running.delete(first);
    expect(await refused(port)).toBe(true);

    // What a rebuild changes: a new build ID, new pages, and none of the copies the old server made.
    const rebuiltHeading = `Rebuilt at ${Date.now()}`;
    writeFileSync(path.join(projectDir, ".next", "BUILD_ID"), `rebuilt${Date.now()}`);
    const html = readFileSync(path.join(projectDir, ARTICLE_HTML), "utf8");
    writeFileSync(
      path.join(projectDir, ARTICLE_HTML),
      html.replace(`>${builtHeading}</h1>`, `>${rebuiltHeading}</h1>`),
    );
    rmSync(path.join(projectDir, ".next", "server", "route-cache"), { recursive: true, force: true });

    const second = await startFront(projectDir, port);
    running.add(second);
    try {
      for (const encoding of ["gzip", "identity"] as const) {
        // Twice: the answer the start script cached, then the same from the cache again.
        for (const round of [1, 2]) {
          const { status, html: served } = await getArticle(port, encoding);
          expect(status).toBe(200);
          expect(h1(served), `${encoding}, request ${round}`).toBe(rebuiltHeading);
        }
      }
    } finally {
      expect(await stopFront(second)).toBe(0);
      running.delete(second);
    }
    expect(await refused(port)).toBe(true);
  });
});
