import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Chromium flags from perf-anchor.md: headless, and no calls to Google services this sandbox cannot reach. */
const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

export type LighthouseRun = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  fcpMs: number;
  cls: number;
  tbtMs: number;
  totalBytes: number;
  failedAudits: string[];
};

type Report = {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; scoreDisplayMode: string; title: string }>;
};

async function lighthouseOnce(url: string, chromePath: string): Promise<LighthouseRun> {
  const output = path.join(mkdtempSync(path.join(tmpdir(), "hpg-lh-")), "report.json");
  await run(
    path.join(process.cwd(), "node_modules", ".bin", "lighthouse"),
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(output, "utf8")) as Report;
  if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(metric("largest-contentful-paint")),
    fcpMs: Math.round(metric("first-contentful-paint")),
    cls: metric("cumulative-layout-shift"),
    tbtMs: Math.round(metric("total-blocking-time")),
    totalBytes: metric("total-byte-weight"),
    failedAudits: Object.entries(report.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
      .map(([id, audit]) => `${id}: ${audit.title}`),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Lighthouse mobile defaults, `runs` times; each figure is the median of the runs. */
export async function lighthouseMedian(
  url: string,
  chromePath: string,
  runs = 3,
): Promise<LighthouseRun & { runs: number }> {
  const results: LighthouseRun[] = [];
  for (let index = 0; index < runs; index += 1) results.push(await lighthouseOnce(url, chromePath));
  const pick = (key: Exclude<keyof LighthouseRun, "failedAudits">) => median(results.map((result) => result[key]));
  return {
    runs,
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    seo: pick("seo"),
    lcpMs: pick("lcpMs"),
    fcpMs: pick("fcpMs"),
    cls: pick("cls"),
    tbtMs: pick("tbtMs"),
    totalBytes: pick("totalBytes"),
    failedAudits: [...new Set(results.flatMap((result) => result.failedAudits))],
  };
}

/**
 * Lighthouse refuses to audit a page answered with 404, so the 404 page is
 * audited through this loopback relay: the same bytes and headers from
 * `next start`, with the status changed to 200 and nothing else.
 */
export function startStatusRelay(port: number, upstreamPort: number): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const upstream = http.request(
      { host: "127.0.0.1", port: upstreamPort, path: request.url, method: request.method, headers: request.headers },
      (reply) => {
        response.writeHead(reply.statusCode === 404 ? 200 : (reply.statusCode ?? 502), reply.headers);
        reply.pipe(response);
      },
    );
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
