import type { BuildCost } from "./build-scaling";
import { FRONT_GOAL, FRONT_ROUNDS, type FrontBench, frontCpuRatio, frontRatio, roundsSpread, SERVERS } from "./front";
import type { LighthouseRun } from "./lighthouse";
import type { PageWeight } from "./page-weight";
import { type SearchCost, type Spread, spread } from "./search";
import { type LoadResult, type ProfileSummary, ROUNDS, THROUGHPUT } from "./throughput";

export type BenchResults = {
  date: string;
  /**
   * When each part measured alone (`npm run bench -- --only=...`) last ran, replacing the full run's figures for
   * it; a full run starts this afresh. Missing from reports written before partial runs recorded it.
   */
  partsMeasured?: Partial<Record<"front" | "search" | "pages", string>>;
  machine: { cpus: number; memoryGb: number; node: string; next: string; chromium: string; nginx: string };
  siteBuildSeconds: number;
  weights: PageWeight[];
  lighthouse: { page: string; url: string; result: LighthouseRun & { runs: number } }[];
  throughput: { compression: "gzip" | "none"; next: LoadResult; nginx: LoadResult; ratio: number }[];
  profile: { categories: ProfileSummary; topFunctions: { name: string; share: number }[] };
  reliability: { result: LoadResult; paths: number; memoryBeforeMb: number; memoryAfterMb: number };
  scaling: BuildCost[];
  /** Missing from reports written before the nginx front existed. */
  front?: FrontBench;
  /** Missing from reports written before search was measured. */
  search?: {
    inProcess: SearchCost[];
    throughput: { path: string; article: LoadResult[]; search: LoadResult[] };
  };
};

/** The parts measured alone since the full run, and when. */
const partsSince = ({ partsMeasured = {} }: BenchResults) => {
  const parts = Object.entries(partsMeasured).map(([part, date]) => `${part} ${date}`);
  return parts.length > 0 ? `; measured alone since (\`--only=\`), replacing those figures: ${parts.join(", ")}` : "";
};

/** Pages that are `noindex` on purpose, which Lighthouse's SEO score counts against them. */
const NOINDEX_PAGES = new Set(["404", "search results", "guide where step", "return-to-running plan"]);

/** Pages whose transfer before their lazy drawings has a budget: articles a reader opens on a phone. */
const BEFORE_LAZY_PAGES = ["article", "exercises article"];

/**
 * Goals of the search issues: a question in under 2 ms in process with today's library and under 10 ms with
 * 1,000 generated articles, an index a server loads in under 300 ms, and /search at half an article's throughput.
 */
const SEARCH_GOALS = { p95Ms: 2, p95MsGenerated: 10, loadMs: 300, throughputRatio: 0.5 } as const;

/** One page's rounds: medians with their spread, and every failure. */
function roundsSummary(results: readonly LoadResult[]) {
  return {
    requestsPerSecond: spread(results.map((result) => result.requestsPerSecond)),
    p99Ms: spread(results.map((result) => result.p99Ms)),
    failures: `${results.reduce((sum, result) => sum + result.errors, 0)} / ${results.reduce((sum, result) => sum + result.non2xx, 0)}`,
  };
}

/** /search and the article it was compared with, and the ratio of their median throughputs. */
function searchThroughput(rounds: { article: LoadResult[]; search: LoadResult[] }) {
  const article = roundsSummary(rounds.article);
  const search = roundsSummary(rounds.search);
  const ratio = search.requestsPerSecond.median / article.requestsPerSecond.median;
  return { article, search, ratio: Math.round(ratio * 100) / 100 };
}

const withSpread = ({ median, min, max }: Spread, unit = "") => `${median}${unit} (${min}–${max})`;

/** The plain Next.js blog starter on this machine (shared/perf-anchor.md): the figures to beat. */
const STARTER = {
  lighthouse: "95 / 94 / 100 / 100",
  lcp: "2.7 s",
  tbt: "225 ms",
  js: "144 KB in 7 scripts",
  total: "335 KB",
  ratio: "0.36",
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pass = (ok: boolean) => (ok ? "✅ pass" : "❌ over budget");

export type SummaryRow = { figure: string; budget: string; starter: string; measured: string; ok: boolean };

export function summarise(results: BenchResults): SummaryRow[] {
  const article = results.weights.find((weight) => weight.page === "article");
  const lhArticle = results.lighthouse.find((entry) => entry.page === "article")?.result;
  const gzip = results.throughput.find((row) => row.compression === "gzip");
  const scale100 = results.scaling.find((cost) => cost.generated === 100);
  const scale1000 = results.scaling.find((cost) => cost.generated === 1000);
  const rows: SummaryRow[] = results.lighthouse.map(({ page, result }) => ({
    figure: `Lighthouse mobile, ${page} (perf / a11y / best practices / SEO)`,
    budget: "100 / 100 / 100 / 100",
    starter: STARTER.lighthouse,
    measured: `${result.performance} / ${result.accessibility} / ${result.bestPractices} / ${result.seo}${
      NOINDEX_PAGES.has(page) && result.seo < 100 ? ` (SEO: the ${page} page is noindex by design)` : ""
    }`,
    ok:
      result.performance === 100 &&
      result.accessibility === 100 &&
      result.bestPractices === 100 &&
      (result.seo === 100 || NOINDEX_PAGES.has(page)),
  }));
  if (lhArticle) {
    rows.push(
      { figure: "Article CLS", budget: "0", starter: "0", measured: String(lhArticle.cls), ok: lhArticle.cls === 0 },
      {
        figure: "Article TBT (simulated)",
        budget: "< 50 ms",
        starter: STARTER.tbt,
        measured: `${lhArticle.tbtMs} ms`,
        ok: lhArticle.tbtMs < 50,
      },
      {
        figure: "Article LCP (simulated)",
        budget: `< ${STARTER.lcp} (beat the starter)`,
        starter: STARTER.lcp,
        measured: `${(lhArticle.lcpMs / 1000).toFixed(2)} s`,
        ok: lhArticle.lcpMs < 2700,
      },
    );
  }
  if (article) {
    rows.push(
      {
        figure: "Article total transfer (gzip)",
        budget: "< 150 KB",
        starter: STARTER.total,
        measured: kb(article.total.gzip),
        ok: article.total.gzip < 150 * 1024,
      },
      {
        figure: "Article JavaScript (gzip)",
        budget: "framework runtime + share button only",
        starter: STARTER.js,
        measured: `${kb(article.js.gzip)} in ${article.scripts.length} script(s): ${article.scripts.map((script) => script.src).join(", ")}`,
        ok: article.scripts.every((script) => script.why !== "UNEXPLAINED"),
      },
    );
  }
  for (const { page, beforeLazy } of results.weights)
    if (beforeLazy && BEFORE_LAZY_PAGES.includes(page))
      rows.push({
        figure: `Transfer before lazy figures (gzip), ${page}`,
        budget: "< 40 KB",
        starter: "",
        measured: kb(beforeLazy.gzip),
        ok: beforeLazy.gzip < 40 * 1024,
      });
  if (gzip) {
    rows.push(
      {
        figure: "next start / nginx throughput, gzip, article",
        budget: ">= 0.45",
        starter: STARTER.ratio,
        measured: gzip.ratio.toFixed(2),
        ok: gzip.ratio >= 0.45,
      },
      {
        figure: "Errors under the throughput runs",
        budget: "0",
        starter: "-",
        measured: String(results.throughput.reduce((total, row) => total + row.next.errors + row.next.non2xx, 0)),
        ok: results.throughput.every((row) => row.next.errors === 0 && row.next.non2xx === 0),
      },
    );
  }
  rows.push({
    figure: "Load test, 30 s, 100 connections, all pages: errors / non-2xx",
    budget: "0 / 0",
    starter: "-",
    measured: `${results.reliability.result.errors} / ${results.reliability.result.non2xx}`,
    ok: results.reliability.result.errors === 0 && results.reliability.result.non2xx === 0,
  });
  for (const cost of results.search?.inProcess ?? []) {
    const p95Goal = cost.generated === 0 ? SEARCH_GOALS.p95Ms : SEARCH_GOALS.p95MsGenerated;
    rows.push({
      figure: `Search, one question in process, p95 (${cost.articles} articles, ${cost.passages} passages)`,
      budget: `< ${p95Goal} ms`,
      starter: "-",
      measured:
        `${withSpread(cost.query.p95Ms, " ms")}, p50 ${withSpread(cost.query.p50Ms, " ms")}` +
        (cost.queryCpu ? `; CPU p95 ${withSpread(cost.queryCpu.p95Ms, " ms")}` : ""),
      ok: cost.query.p95Ms.median < p95Goal,
    });
    rows.push({
      figure: `Search index load (${cost.articles} articles)`,
      budget: `< ${SEARCH_GOALS.loadMs} ms`,
      starter: "-",
      measured: withSpread(cost.loadMs, " ms"),
      ok: cost.loadMs.median < SEARCH_GOALS.loadMs,
    });
  }
  if (results.search) {
    const compared = searchThroughput(results.search.throughput);
    rows.push({
      figure: "/search / article throughput, same server, alternating rounds",
      budget: `>= ${SEARCH_GOALS.throughputRatio}`,
      starter: "-",
      measured: `${compared.ratio.toFixed(2)} (${compared.search.requestsPerSecond.median} vs ${compared.article.requestsPerSecond.median} req/s)`,
      ok: compared.ratio >= SEARCH_GOALS.throughputRatio,
    });
  }
  if (results.front) {
    const { pages, search } = results.front;
    const frontRounds = [...pages.flatMap((page) => page.rounds["nginx front"]), ...search.underLoad.front];
    const errors = frontRounds.reduce((sum, round) => sum + round.errors, 0);
    const non2xx = frontRounds.reduce((sum, round) => sum + round.non2xx, 0);
    const requests = frontRounds.reduce((sum, round) => sum + round.requests, 0);
    rows.push({
      figure: "Errors / non-2xx under the nginx front's rounds",
      budget: "0 / 0",
      starter: "-",
      measured: `${errors} / ${non2xx} of ${requests} requests`,
      ok: errors === 0 && non2xx === 0,
    });
  }
  for (const page of results.front?.pages ?? []) {
    const ratio = frontRatio(page);
    const [front, reference] = [roundsSpread(page.rounds["nginx front"]), roundsSpread(page.rounds.gzip_static)];
    rows.push({
      figure: `nginx front / nginx gzip_static throughput, ${page.page}, same bytes, alternating rounds`,
      budget: `>= ${FRONT_GOAL}`,
      starter: "-",
      measured: `${ratio.toFixed(2)} (${front.requestsPerSecond.median} vs ${reference.requestsPerSecond.median} req/s)`,
      ok: ratio >= FRONT_GOAL,
    });
    const cpuRatio = frontCpuRatio(page);
    rows.push({
      figure: `nginx front / nginx gzip_static requests per CPU-second, ${page.page}`,
      budget: `>= ${FRONT_GOAL}`,
      starter: "-",
      measured: `${cpuRatio.toFixed(2)} (${front.serverCpuUsPerRequest.median} vs ${reference.serverCpuUsPerRequest.median} µs per request)`,
      ok: cpuRatio >= FRONT_GOAL,
    });
  }
  if (scale100 && scale1000) {
    const factor = scale1000.seconds / scale100.seconds;
    rows.push({
      figure: "Build time, 1,000 vs 100 generated articles",
      budget: "< 10x",
      starter: "-",
      measured: `${factor.toFixed(1)}x (${scale1000.seconds} s vs ${scale100.seconds} s)`,
      ok: factor < 10,
    });
  }
  return rows;
}

const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

export function toMarkdown(results: BenchResults): string {
  const { machine } = results;
  const summary = summarise(results);
  return `# Benchmark report

Measured ${results.date} by \`npm run bench\` on ${machine.cpus} cores and ${machine.memoryGb} GB of memory${partsSince(results)}:
Node ${machine.node}, Next.js ${machine.next}, ${machine.chromium}, ${machine.nginx}. Everything ran on loopback.
The starter column is the plain Next.js blog starter measured on this kind of machine (\`shared/perf-anchor.md\`).

## Summary against the budgets

${table(
  ["Figure", "Budget", "Blog starter", "Measured", "Result"],
  summary.map((row) => [row.figure, row.budget, row.starter, row.measured, pass(row.ok)]),
)}

## Page weight

Bytes a modern browser downloads for each page type: raw, and as \`next start\` sends them with gzip.

${table(
  [
    "Page",
    "Status",
    "HTML raw / gzip",
    "CSS raw / gzip",
    "JS raw / gzip",
    "Images raw / gzip",
    "Total raw / gzip",
    "Before lazy images, gzip",
  ],
  results.weights.map((weight) => [
    `${weight.page} (\`${weight.path}\`)`,
    weight.status,
    `${kb(weight.html.raw)} / ${kb(weight.html.gzip)}`,
    `${kb(weight.css.raw)} / ${kb(weight.css.gzip)}`,
    `${kb(weight.js.raw)} / ${kb(weight.js.gzip)}`,
    `${kb(weight.images.raw)} / ${kb(weight.images.gzip)}`,
    `${kb(weight.total.raw)} / ${kb(weight.total.gzip)}`,
    weight.beforeLazy ? kb(weight.beforeLazy.gzip) : "not measured",
  ]),
)}

Client scripts, on any page type:

${table(
  ["Script", "Raw", "As sent", "Why it is there"],
  [...new Map(results.weights.flatMap((weight) => weight.scripts).map((script) => [script.src, script])).values()].map(
    (script) => [`\`${script.src}\``, kb(script.raw), kb(script.gzip), script.why],
  ),
)}

No framework script is listed because the build strips the React/Next.js client runtime from prerendered pages
(\`scripts/strip-framework-runtime.ts\`): nothing on the site needs React in the browser.

## Lighthouse ${results.lighthouse[0]?.result.runs ?? 3} runs each (mobile defaults), medians

${table(
  [
    "Page",
    "Performance",
    "Accessibility",
    "Best practices",
    "SEO",
    "FCP",
    "LCP",
    "TBT",
    "CLS",
    "Total byte weight",
    "Failed audits",
  ],
  results.lighthouse.map(({ page, url, result }) => [
    `${page} (\`${new URL(url).pathname}${new URL(url).search}\`)`,
    result.performance,
    result.accessibility,
    result.bestPractices,
    result.seo,
    `${result.fcpMs} ms`,
    `${result.lcpMs} ms`,
    `${result.tbtMs} ms`,
    result.cls,
    kb(result.totalBytes),
    result.failedAudits.join("; ") || "none",
  ]),
)}

Lighthouse will not audit a page answered with status 404, so the 404 page was audited through a loopback relay that
passes the bytes and headers of \`next start\`'s 404 response unchanged and only reports status 200. The 404 and the
search results and the guide's steps after the first are \`noindex\` by design, which Lighthouse's SEO score counts
against them.

## Throughput: \`next start\` against nginx on the same prerendered article

autocannon, ${THROUGHPUT.connections} connections, ${THROUGHPUT.seconds} s per row after a ${THROUGHPUT.warmupSeconds} s warm-up; nginx (Debian, \`worker_processes auto\`, gzip level 6) serves the prerendered HTML
file from disk.

${table(
  [
    "Compression",
    "next req/s",
    "next p50 / p99",
    "nginx req/s",
    "nginx p50 / p99",
    "next / nginx",
    "next errors / non-2xx",
    "bytes per response",
  ],
  results.throughput.map((row) => [
    row.compression,
    row.next.requestsPerSecond,
    `${row.next.p50Ms} / ${row.next.p99Ms} ms`,
    row.nginx.requestsPerSecond,
    `${row.nginx.p50Ms} / ${row.nginx.p99Ms} ms`,
    row.ratio.toFixed(2),
    `${row.next.errors} / ${row.next.non2xx}`,
    kb(row.next.bytesPerRequest),
  ]),
)}

### Where the server's time goes

CPU profile of \`next start\` (\`--cpu-prof\`) during a 10 s gzip run, self time by part of the stack:

${table(
  ["Part", "Share of sampled time"],
  results.profile.categories.map((entry) => [entry.category, `${entry.share}%`]),
)}

Top functions by self time:

${table(
  ["Function", "Share"],
  results.profile.topFunctions.map((entry) => [`\`${entry.name}\``, `${entry.share}%`]),
)}

## Reliability: bounded load on every page

autocannon, 30 s, 100 connections, cycling through all ${results.reliability.paths} sitemap pages with gzip:
${results.reliability.result.requests} requests, ${results.reliability.result.requestsPerSecond} req/s, p99 ${results.reliability.result.p99Ms} ms,
${results.reliability.result.errors} errors, ${results.reliability.result.non2xx} non-2xx. Server memory (whole process tree):
${results.reliability.memoryBeforeMb} MB before, ${results.reliability.memoryAfterMb} MB after.

${results.front ? frontSection(results.front) : ""}
${results.search ? searchSection(results.search) : ""}
## Build cost as the library grows

\`npm run build\` (next build and the post-build step) in a temporary copy of the project holding the real articles plus
generated copies. Peak memory is the largest sum of resident memory over the build's process tree, sampled every 250 ms.
The site's own build took ${results.siteBuildSeconds} s.

${table(
  ["Generated articles", "Articles in the build", "Wall time", "Peak memory", "Seconds per article"],
  results.scaling.map((cost) => [
    cost.generated,
    cost.articles,
    `${cost.seconds} s`,
    `${cost.peakMb} MB`,
    (cost.seconds / cost.articles).toFixed(3),
  ]),
)}
`;
}

function searchSection(search: NonNullable<BenchResults["search"]>): string {
  const compared = searchThroughput(search.throughput);
  return `## Search

In process (\`bench/search.ts\`, alone: \`npm run bench -- --only=search\`): the index built from the parsed library
(median of its builds, with the spread), its size as written to \`.search/index.json\` and gzipped, and the passages file
beside it, which a server keeps as bytes and parses a passage of only when a page shows it; then, in alternating rounds
of the two libraries, the time a server takes to load the index (parse, schema check, engine) and every question of
\`tests/fixtures/search-judgements.yaml\` asked in turn after a warm-up: the median round's p50 and p95, with the spread
over rounds, in wall time and in the process's CPU time (which leaves out waiting for a core on a busy machine). The large library adds generated copies of the real articles in a temporary folder.

${table(
  [
    "Library",
    "Passages",
    "Index build",
    "Index raw / gzip, passages",
    "Load",
    "Questions x rounds",
    "p50",
    "p95",
    "Slowest",
    "CPU p50 / p95",
  ],
  search.inProcess.map((cost) => [
    cost.generated === 0
      ? `today, ${cost.articles} articles`
      : `${cost.articles} articles (${cost.generated} generated)`,
    cost.passages,
    withSpread(cost.buildMs, " ms"),
    `${kb(cost.indexBytes.raw)} / ${kb(cost.indexBytes.gzip)}, ${kb(cost.indexBytes.passages)}`,
    withSpread(cost.loadMs, " ms"),
    `${cost.questions} x ${cost.rounds}`,
    withSpread(cost.query.p50Ms, " ms"),
    withSpread(cost.query.p95Ms, " ms"),
    `${cost.query.maxMs} ms`,
    cost.queryCpu ? `${withSpread(cost.queryCpu.p50Ms, " ms")} / ${withSpread(cost.queryCpu.p95Ms, " ms")}` : "-",
  ]),
)}

Over HTTP: \`${search.throughput.path}\` (rendered per request, with an answer card) against the prerendered article on the
same \`next start\`, autocannon ${THROUGHPUT.connections} connections with gzip, ${ROUNDS.rounds} alternating rounds of ${ROUNDS.seconds} s after a
${ROUNDS.warmupSeconds} s warm-up of each. Medians over the rounds, with their spread:

${table(
  ["Page", "req/s", "p99 latency", "Errors / non-2xx (all rounds)"],
  (["article", "/search"] as const).map((page) => {
    const summary = page === "article" ? compared.article : compared.search;
    return [page, withSpread(summary.requestsPerSecond), withSpread(summary.p99Ms, " ms"), summary.failures];
  }),
)}

/search served ${compared.ratio.toFixed(2)} of the article's requests per second.

`;
}

function frontSection(front: FrontBench): string {
  const failures = (rounds: readonly LoadResult[]) =>
    `${rounds.reduce((sum, result) => sum + result.errors, 0)} / ${rounds.reduce((sum, result) => sum + result.non2xx, 0)}`;
  const latency = ({ p50Ms, p99Ms, maxMs }: FrontBench["search"]["firstRequest"]["nextStart"]) =>
    `${p50Ms} / ${p99Ms} / ${maxMs} ms`;
  const { firstRequest, underLoad } = front.search;
  const pageRows = front.pages.flatMap((page) => {
    const reference = roundsSpread(page.rounds.gzip_static).requestsPerSecond.median;
    return SERVERS.map((server) => {
      const summary = roundsSpread(page.rounds[server]);
      return [
        `${page.page} (\`${page.path}\`)`,
        kb(page.bytes),
        server,
        withSpread(summary.requestsPerSecond),
        withSpread(summary.p99Ms, " ms"),
        (summary.requestsPerSecond.median / reference).toFixed(2),
        withSpread(summary.serverCpuUsPerRequest, " µs"),
        withSpread(summary.clientCpuUsPerRequest, " µs"),
        failures(page.rounds[server]),
      ];
    });
  });
  const underLoadRows = (
    [
      ["next start", underLoad.nextStart],
      ["nginx front (passed through)", underLoad.front],
    ] as const
  ).map(([server, rounds]) => {
    const summary = roundsSpread(rounds);
    return [
      server,
      withSpread(summary.requestsPerSecond),
      withSpread(summary.p99Ms, " ms"),
      withSpread(summary.serverCpuUsPerRequest, " µs"),
      failures(rounds),
    ];
  });
  return `## The nginx front

Measured ${front.measuredAt}. \`npm run start:nginx\` (nginx with its access log, in front of \`next start\`: README,
"Deploying and scaling") against \`next start\` alone and against nginx \`gzip_static\` serving, from files on disk, the
bytes and headers the front sends (beside its own \`Date\`, \`ETag\` and \`Last-Modified\`); nginx with \`worker_processes auto\` in both. autocannon, ${THROUGHPUT.connections} connections with gzip,
${FRONT_ROUNDS.rounds} rounds of ${FRONT_ROUNDS.seconds} s per server after a ${FRONT_ROUNDS.warmupSeconds} s warm-up of each, the servers taking turns in a different order
each round. Medians over the rounds, with their spread. Server CPU is the CPU time the server's processes (for the front,
nginx and its \`next start\`) used per request in that round: what the server costs, apart from the load generator that
shares its two cores, and from whatever else the machine was doing (its 1-minute load average was
${front.loadAverage.start} as the rounds began and ${front.loadAverage.end} as they ended). autocannon CPU is what the load generator used per
response it read, every header parsed.

${table(
  [
    "Page",
    "Bytes sent",
    "Server",
    "req/s",
    "p99 latency",
    "Share of gzip_static",
    "Server CPU per request",
    "autocannon CPU per request",
    "Errors / non-2xx",
  ],
  pageRows,
)}

/search, every question of the search judgements once (${front.search.questions} questions, one request at a time, gzip):
straight to \`next start\`, then through the front twice; the front never caches a page built from a reader's question,
so Next.js renders it both times:

${table(
  ["Request", "Latency p50 / p99 / slowest"],
  [
    ["next start", latency(firstRequest.nextStart)],
    ["nginx front", latency(firstRequest.front)],
    ["nginx front, same question again", latency(firstRequest.frontAgain)],
  ],
)}

\`${underLoad.path}\` under load: rendered every time by \`next start\`, and through the front, which never caches a
page built from a reader's question (\`Cache-Control: private, no-store\`); alternating rounds as above:

${table(["Server", "req/s", "p99 latency", "Server CPU per request", "Errors / non-2xx"], underLoadRows)}

`;
}
