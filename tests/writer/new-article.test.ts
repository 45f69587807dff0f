/**
 * A writer's first article, end to end, on a fresh copy of the project (no
 * .next/, no .search/): `npm run dev` serves a new article added while it
 * runs, lists it and finds it in search, without a restart; then
 * `npm run build` and the content and build tests accept it, with no file but
 * the article added. WRITER_PORT sets the dev server's port.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = process.cwd();
const PORT = Number(process.env.WRITER_PORT ?? 3101);
const SLUG = "icing-a-sore-heel";
const FIXTURE = path.join(REPO, "tests", "fixtures", "writer", `${SLUG}.md`);
// A question only the new article answers in its own words (its FAQ).
const QUESTION = "can I put ice straight on my skin";

let copy = "";
let dev: ChildProcess | undefined;

/** The environment of a writer's shell, without vitest's own settings, and the NODE_ENV the command sets itself. */
function writerEnv(nodeEnv: NodeJS.ProcessEnv["NODE_ENV"]): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST")));
  return { ...env, NODE_ENV: nodeEnv, NEXT_TELEMETRY_DISABLED: "1" };
}

/** The project as a fresh clone has it: every file git tracks or would track, and node_modules hard-linked. */
function copyProject(): string {
  const target = mkdtempSync(path.join(os.tmpdir(), "heel-pain-writer-"));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: REPO })
    .toString()
    .split("\0")
    .filter((file) => file && existsSync(path.join(REPO, file)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    copyFileSync(path.join(REPO, file), path.join(target, file));
  }
  // Turbopack refuses a node_modules symlink that points outside the project; hard links are instant and safe.
  const linked = spawnSync("cp", ["-al", path.join(REPO, "node_modules"), target]);
  if (linked.status !== 0) execFileSync("cp", ["-a", path.join(REPO, "node_modules"), target]);
  return target;
}

async function get(pathname: string, origin = `http://localhost:${PORT}`, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(pathname, origin), { redirect: "manual", headers });
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}

/** Polls until `done` holds for a response (dev compiles a route on its first request, slowly on a busy machine). */
async function waitFor(pathname: string, done: (status: number) => boolean, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const response = await get(pathname).catch(() => undefined);
    if (response && done(response.status)) return response;
    if (Date.now() > deadline) throw new Error(`${pathname} still ${response?.status ?? "unreachable"}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Runs a command in the copy and fails with its output if it fails. */
function run(command: string, args: string[], nodeEnv: NodeJS.ProcessEnv["NODE_ENV"]): string {
  const result = spawnSync(command, args, {
    cwd: copy,
    env: writerEnv(nodeEnv),
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${output.slice(-4000)}`);
  return output;
}

// Copying and removing a whole project (build included) takes more than vitest's 10 s on a busy machine.
const HOOK_TIMEOUT = 180_000;

beforeAll(() => {
  copy = copyProject();
}, HOOK_TIMEOUT);

afterAll(async () => {
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
  if (copy) await rm(copy, { recursive: true, force: true });
}, HOOK_TIMEOUT);

describe("a writer adds an article", () => {
  it("npm run dev serves it, lists it and finds it in search without a restart", async () => {
    dev = spawn("npm", ["run", "dev", "--", "--port", String(PORT)], {
      cwd: copy,
      env: writerEnv("development"),
      detached: true,
      stdio: "ignore",
    });

    // Before any build: search and the article 404 read the content, not a build's files.
    expect(
      (await waitFor(`/search?q=${encodeURIComponent(QUESTION)}`, (status) => status === 200, 180)).html,
    ).not.toContain("Icing a sore heel");
    const missing = await waitFor(`/articles/${SLUG}`, (status) => status !== 500, 180);
    expect(missing.status).toBe(404);
    expect(missing.html).toContain("Page not found");

    copyFileSync(FIXTURE, path.join(copy, "content", "articles", `${SLUG}.md`));

    // Next.js lists a new article's route after its first request; meanwhile the page says so and reloads itself.
    const article = await waitFor(`/articles/${SLUG}`, (status) => status !== 503, 60);
    expect(article.status).toBe(200);
    expect(article.html).toContain("<h1");
    expect(article.html).toContain("Icing a sore heel");

    expect((await get("/")).html).toContain(`href="/articles/${SLUG}"`);
    expect((await get(`/search?q=${encodeURIComponent(QUESTION)}`)).html).toContain("Icing a sore heel");
    // Its former slug redirects at once: dev reads aliases from the content too.
    expect(await get("/articles/ice-for-heel-pain")).toMatchObject({ status: 308, location: `/articles/${SLUG}` });
  }, 420_000);

  it("npm run dev gives its live reload and error overlay to 127.0.0.1 as well as localhost", async () => {
    for (const host of ["127.0.0.1", "localhost"]) {
      const origin = `http://${host}:${PORT}`;
      const response = await get("/_next/static/chunks/no-such-chunk.js", origin, { Origin: origin });
      expect(response.status, host).not.toBe(403);
    }
  });

  it("npm run build and the content and build tests accept it, with no other file edited", () => {
    if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
    dev = undefined;
    run("npm", ["run", "build"], "production");
    expect(existsSync(path.join(copy, ".next", "server", "app", "articles", `${SLUG}.html`))).toBe(true);

    // The tests that read the real content/, and those that check the real build.
    const contentTests = ["content", "search-relevance", "triage-vignettes"].map(
      (name) => `tests/unit/${name}.test.ts`,
    );
    const tests = run(
      "npx",
      ["vitest", "run", "--project", "unit", "--project", "build", ...contentTests, "tests/build"],
      "test",
    );
    // A new article with no judged search question yet is a warning that says where questions go, not a failure.
    expect(tests).toContain(`No judged search question yet for ${SLUG}`);
    expect(tests).toContain("tests/fixtures/search-judgements.yaml");
  }, 900_000);
});
