/**
 * `npm run bench`: builds the site, serves it on loopback and measures page
 * weight, Lighthouse scores, throughput against nginx, behaviour under load,
 * the nginx front, search and how build cost grows with the library. Writes
 * bench/results/report.md and report.json. `--skip-scaling` leaves out the
 * (slow) runs with generated articles; `--only=front,search,pages` (any of
 * them) measures those parts alone (pages: page weight and Lighthouse);
 * `--report-only` rewrites report.md from report.json without measuring. A
 * partial run keeps, from report.json, every figure it did not measure.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { measureBuild } from "./build-scaling";
import { measureFront } from "./front";
import { lighthouseMedian, startStatusRelay } from "./lighthouse";
import { startNginx } from "./nginx";
import { measurePageWeight } from "./page-weight";
import { ensureDebianPackage, runMeasured, startNext, stop, treeRssMb } from "./processes";
import { type BenchResults, summarise, toMarkdown } from "./report";
import { measureSearch } from "./search";
import { load, loadInRounds, summariseProfiles, THROUGHPUT } from "./throughput";

const ROOT = path.resolve(__dirname, "..");
/** Four loopback ports from `BENCH_PORT` (default 3210), so a bench can run beside another on the same machine. */
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3210);
const PORTS = { next: BASE_PORT, relay: BASE_PORT + 1, nginx: BASE_PORT + 2, front: BASE_PORT + 3 };
/** Parts of the bench `--only=` can run alone. */
const PARTS = ["front", "search", "pages"] as const;
type Part = (typeof PARTS)[number];
/** A question with an answer card: the page the Ask box most often leads to. */
const SEARCH_PAGE = "/search?q=heel+pain+in+the+morning";
const PAGES = [
  { page: "home", path: "/" },
  { page: "article", path: "/articles/plantar-fasciitis" },
  { page: "search results", path: SEARCH_PAGE },
  { page: "404", path: "/articles/no-such-article" },
  { page: "exercises article", path: "/articles/exercises" },
  { page: "guide where step", path: "/where-does-it-hurt/no/no/adult" },
  { page: "programme", path: "/programmes/midportion-achilles-pain" },
  {
    page: "return-to-running plan",
    path: "/return-to-running/plan?distance=6&unit=miles&weeks=12&condition=achilles-tendinopathy",
  },
];
const ARTICLE = PAGES[1]?.path ?? "";
/** Articles generated for the large-library search figures. */
const SEARCH_GENERATED = 1000;

const log = (message: string) => console.log(`[bench] ${message}`);
const version = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
    .split("\n")[0]
    ?.trim() ?? "";

const REPORT_JSON = path.join(ROOT, "bench", "results", "report.json");

/** Writes the report as it stands, so a later phase that fails loses nothing measured before it. */
function writeReport(results: BenchResults) {
  mkdirSync(path.dirname(REPORT_JSON), { recursive: true });
  writeFileSync(REPORT_JSON, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(path.dirname(REPORT_JSON), "report.md"), toMarkdown(results));
}

const previousReport = (): BenchResults | undefined =>
  existsSync(REPORT_JSON) ? (JSON.parse(readFileSync(REPORT_JSON, "utf8")) as BenchResults) : undefined;

/** Rows of both runs, one per number of generated articles, this run's where both have one. */
function byGenerated<T extends { generated: number }>(kept: readonly T[], measured: readonly T[]): T[] {
  const fresh = new Set(measured.map((row) => row.generated));
  return [...kept.filter((row) => !fresh.has(row.generated)), ...measured].sort((a, b) => a.generated - b.generated);
}

/** This run's figures, and the previous report's for what this run left out (`--skip-scaling`). */
function keepUnmeasured(previous: BenchResults | undefined, measured: BenchResults): BenchResults {
  if (!previous) return measured;
  return {
    ...measured,
    front: measured.front ?? previous.front,
    scaling: byGenerated(previous.scaling, measured.scaling),
    search: measured.search && {
      ...measured.search,
      inProcess: byGenerated(previous.search?.inProcess ?? [], measured.search.inProcess),
    },
  };
}

const nodeAndNext = () => ({
  node: process.version,
  next: (
    JSON.parse(readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")) as { version: string }
  ).version,
});

/** The parts `--only=a,b` names, or undefined for the whole bench. */
function onlyParts(): Set<Part> | undefined {
  const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  if (only === undefined) return undefined;
  const named = only.split(",");
  const unknown = named.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new Error(`--only=${only}: name one or more of ${PARTS.join(", ")}, with commas`);
  return new Set(named as Part[]);
}

/** Page weight and Lighthouse (median of 3) of every page type, against `next start` on PORTS.next. */
async function measurePages(chromePath: string) {
  log("measuring page weight");
  const weights = [];
  for (const { page, path: pagePath } of PAGES) weights.push(await measurePageWeight(PORTS.next, page, pagePath));

  log("running Lighthouse (3 runs per page)");
  const relay = await startStatusRelay(PORTS.relay, PORTS.next);
  const lighthouse = [];
  for (const { page, path: pagePath } of PAGES) {
    const url = `http://127.0.0.1:${page === "404" ? PORTS.relay : PORTS.next}${pagePath}`;
    lighthouse.push({ page, url, result: await lighthouseMedian(url, chromePath) });
  }
  relay.close();
  return { weights, lighthouse };
}

/** The summary rows of each part, by the words their figures start with. */
const PART_FIGURES: Record<Part, (figure: string) => boolean> = {
  front: (figure) => figure.includes("nginx front"),
  search: (figure) => figure.startsWith("Search"),
  pages: (figure) => figure.startsWith("Lighthouse") || figure.startsWith("Article") || figure.includes("transfer"),
};

/** Rows of this run by page, and the previous report's rows for pages this run did not measure. */
const byPage = <T extends { page: string }>(kept: readonly T[], measured: readonly T[]) => [
  ...kept.filter((row) => !measured.some((fresh) => fresh.page === row.page)),
  ...measured,
];
/** `--only=`: measures the parts named, each on its own, and keeps every other figure of the previous report. */
async function measureParts(parts: ReadonlySet<Part>, previous: BenchResults | undefined) {
  if (!previous?.search) throw new Error(`--only adds to ${REPORT_JSON}: run the whole bench once first`);
  const now = new Date().toISOString();
  let results: BenchResults = {
    ...previous,
    machine: { ...previous.machine, ...nodeAndNext() },
    partsMeasured: { ...previous.partsMeasured, ...Object.fromEntries([...parts].map((part) => [part, now])) },
  };
  if (parts.has("search")) {
    const generated = process.argv.includes("--skip-scaling") ? 0 : SEARCH_GENERATED;
    log(`measuring search in process${generated ? `, today and with ${generated} generated articles, in turn` : ""}`);
    const inProcess = byGenerated(previous.search.inProcess, measureSearch(ROOT, generated));
    results = { ...results, search: { ...previous.search, inProcess } };
    writeReport(results);
  }
  if (parts.has("front") || parts.has("pages")) {
    log("building the site");
    await runMeasured("npm", ["run", "build"], ROOT, { NEXT_TELEMETRY_DISABLED: "1" });
  }
  if (parts.has("pages")) {
    const chromePath = process.env.CHROMIUM_PATH ?? ensureDebianPackage("chromium", "chromium");
    const next = await startNext(PORTS.next, ROOT);
    try {
      const { weights, lighthouse } = await measurePages(chromePath);
      results = {
        ...results,
        machine: { ...results.machine, chromium: version(chromePath, ["--version"]) },
        weights: byPage(results.weights, weights),
        lighthouse: byPage(results.lighthouse, lighthouse),
      };
    } finally {
      await stop(next);
    }
    writeReport(results);
  }
  if (parts.has("front")) {
    const nginx = version("sh", ["-c", `${ensureDebianPackage("nginx", "nginx")} -v 2>&1`]);
    const work = mkdtempSync(path.join(os.tmpdir(), "hpg-bench-"));
    chmodSync(work, 0o755); // nginx workers, an unprivileged user, read files below it
    try {
      const front = await measureFront(ROOT, work, { ...PORTS, gzipStatic: PORTS.nginx }, SEARCH_PAGE, log);
      results = { ...results, machine: { ...results.machine, nginx }, front };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    writeReport(results);
  }
  for (const row of summarise(results).filter((row) => [...parts].some((part) => PART_FIGURES[part](row.figure))))
    log(`${row.ok ? "PASS" : "FAIL"} ${row.figure}: ${row.measured} (budget ${row.budget})`);
  log("report written to bench/results/report.md");
}

async function main() {
  if (process.argv.includes("--report-only")) {
    const json = path.join(ROOT, "bench", "results", "report.json");
    writeReport(JSON.parse(readFileSync(json, "utf8")) as BenchResults);
    return;
  }
  const parts = onlyParts();
  const previous = previousReport();
  if (parts) {
    await measureParts(parts, previous);
    return;
  }
  const skipScaling = process.argv.includes("--skip-scaling");
  const chromePath = process.env.CHROMIUM_PATH ?? ensureDebianPackage("chromium", "chromium");
  const nginxPath = ensureDebianPackage("nginx", "nginx");
  const work = mkdtempSync(path.join(os.tmpdir(), "hpg-bench-"));
  chmodSync(work, 0o755); // nginx workers, an unprivileged user, read files below it

  log("building the site");
  const build = await runMeasured("npm", ["run", "build"], ROOT, { NEXT_TELEMETRY_DISABLED: "1" });

  let next = await startNext(PORTS.next, ROOT);
  const { weights, lighthouse } = await measurePages(chromePath);

  log("comparing throughput with nginx");
  const nginx = await startNginx(
    path.join(work, "nginx"),
    PORTS.nginx,
    path.join(ROOT, ".next", "server", "app", `${ARTICLE}.html`),
    ARTICLE,
  );
  const throughput = [];
  for (const compression of ["gzip", "none"] as const) {
    const run = async (port: number) => {
      const options = { port, paths: [ARTICLE], connections: THROUGHPUT.connections, gzip: compression === "gzip" };
      await load({ ...options, seconds: THROUGHPUT.warmupSeconds });
      return load({ ...options, seconds: THROUGHPUT.seconds });
    };
    const nextResult = await run(PORTS.next);
    const nginxResult = await run(PORTS.nginx);
    if (nginxResult.non2xx > 0 || nginxResult.errors > 0 || nginxResult.bytesPerRequest < 1000) {
      throw new Error(`nginx did not serve the article: ${JSON.stringify(nginxResult)}`);
    }
    throughput.push({
      compression,
      next: nextResult,
      nginx: nginxResult,
      ratio: Math.round((nextResult.requestsPerSecond / nginxResult.requestsPerSecond) * 100) / 100,
    });
  }
  await stop(nginx);

  log("comparing /search with the article, in alternating rounds");
  const [articleRounds, searchRounds] = await loadInRounds(PORTS.next, [ARTICLE, SEARCH_PAGE]);
  for (const result of searchRounds) {
    if (result.non2xx > 0 || result.errors > 0 || result.bytesPerRequest < 1000) {
      throw new Error(`/search did not answer: ${JSON.stringify(result)}`);
    }
  }
  await stop(next);

  log("profiling next start under load");
  const profileDir = path.join(work, "profile");
  mkdirSync(profileDir);
  next = await startNext(PORTS.next, ROOT, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
  await load({ port: PORTS.next, paths: [ARTICLE], connections: THROUGHPUT.connections, seconds: 10, gzip: true });
  await stop(next);
  const profile = summariseProfiles(profileDir);

  log("load test: 30 s, 100 connections, every page");
  next = await startNext(PORTS.next, ROOT);
  const sitemap = readFileSync(path.join(ROOT, ".next", "server", "app", "sitemap.xml.body"), "utf8");
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
  const memoryBeforeMb = treeRssMb(next.pid ?? 0);
  const reliabilityResult = await load({ port: PORTS.next, paths, connections: 100, seconds: 30, gzip: true });
  const memoryAfterMb = treeRssMb(next.pid ?? 0);
  await stop(next);

  log("measuring the nginx front");
  const front = await measureFront(ROOT, work, { ...PORTS, gzipStatic: PORTS.nginx }, SEARCH_PAGE, log);

  log(
    `measuring search in process${skipScaling ? "" : `, today and with ${SEARCH_GENERATED} generated articles, in turn`}`,
  );
  const searchInProcess = measureSearch(ROOT, skipScaling ? 0 : SEARCH_GENERATED);

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      ...nodeAndNext(),
      chromium: version(chromePath, ["--version"]),
      nginx: version("sh", ["-c", `${nginxPath} -v 2>&1`]),
    },
    siteBuildSeconds: build.seconds,
    weights,
    lighthouse,
    throughput,
    profile,
    reliability: { result: reliabilityResult, paths: paths.length, memoryBeforeMb, memoryAfterMb },
    front,
    search: {
      inProcess: searchInProcess,
      throughput: { path: SEARCH_PAGE, article: articleRounds, search: searchRounds },
    },
    scaling: [],
  };
  writeReport(keepUnmeasured(previous, results));

  if (!skipScaling) {
    for (const count of [10, 100, 1000]) {
      log(`building with ${count} generated articles`);
      results.scaling.push(await measureBuild(ROOT, count));
      writeReport(keepUnmeasured(previous, results));
    }
  }
  for (const row of summarise(keepUnmeasured(previous, results)))
    log(`${row.ok ? "PASS" : "FAIL"} ${row.figure}: ${row.measured} (budget ${row.budget})`);
  log("report written to bench/results/report.md");
  rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
