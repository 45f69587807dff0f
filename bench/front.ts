/**
 * The nginx front (`npm run start:nginx`) in `npm run bench`: an article, the
 * home page and a share image through the front, from `next start` alone, and
 * from nginx `gzip_static` serving the very bytes the front sends (the upper
 * bound: a web server reading a file), in alternating rounds; then /search
 * through the front, on its first request (a miss of the cache, rendered by
 * Next.js) and from the cache.
 */
import http from "node:http";
import os from "node:os";
import path from "node:path";

import { readJudgements } from "../tests/unit/search-evaluation";
import { startFront } from "../scripts/nginx-front/front";
import { type StaticFile, startGzipStatic } from "./nginx";
import { cpuTimer, startNext, stop } from "./processes";
import { type Spread, spread } from "./search";
import { load, type LoadResult, THROUGHPUT } from "./throughput";

/** Rounds of each comparison: the servers take turns, in a different order each round, so drift hits all alike. */
export const FRONT_ROUNDS = { rounds: 5, seconds: 8, warmupSeconds: 3 } as const;

/** The goal: the front serves a page at 0.9 of what gzip_static serves from the same bytes, or better. */
export const FRONT_GOAL = 0.9;

export const SERVERS = ["next start", "nginx front", "gzip_static"] as const;
export type Server = (typeof SERVERS)[number];

/**
 * One round on one server, with the CPU time its processes used per request
 * (what the server costs, whatever the machine's other work costs) and the
 * CPU time autocannon, on the same two cores, used per response it read.
 */
export type FrontRound = LoadResult & { serverCpuUsPerRequest: number; clientCpuUsPerRequest: number };

export type FrontPage = {
  page: string;
  path: string;
  /** Bytes of the body as sent with gzip (a PNG is sent as it is). */
  bytes: number;
  rounds: Record<Server, FrontRound[]>;
};

export type Latency = { p50Ms: number; p99Ms: number; maxMs: number };

export type FrontBench = {
  /** When these figures were measured: `npm run bench -- --only=front` measures them alone. */
  measuredAt: string;
  /** The machine's 1-minute load average as the rounds began and ended: other work competes for its cores. */
  loadAverage: { start: number; end: number };
  pages: FrontPage[];
  search: {
    /** Every question of tests/fixtures/search-judgements.yaml, one at a time. */
    questions: number;
    firstRequest: { nextStart: Latency; front: Latency; frontAgain: Latency };
    /** One results page under load: rendered every time by next start, from the cache through the front. */
    underLoad: { path: string; nextStart: FrontRound[]; front: FrontRound[] };
  };
};

type Ports = { next: number; front: number; gzipStatic: number };

const PAGES = [
  { page: "article", path: "/articles/plantar-fasciitis" },
  { page: "home", path: "/" },
  { page: "share image", path: "/articles/plantar-fasciitis/opengraph-image" },
] as const;

type Fetched = {
  status: number;
  contentType: string;
  contentEncoding: string | undefined;
  /** Every header as sent, name and value, in order. */
  headers: [string, string][];
  body: Buffer;
};

/**
 * Headers nginx writes itself for a static file: gzip_static sends its own of
 * these, and repeats every other header the front sent.
 */
const OWN_STATIC_HEADERS = new Set([
  "date",
  "server",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-type",
  "content-encoding",
  "etag",
  "last-modified",
  "accept-ranges",
]);

function fetchRaw(port: number, urlPath: string, acceptEncoding: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: urlPath, headers: { "accept-encoding": acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers["content-type"] ?? "application/octet-stream",
            contentEncoding: response.headers["content-encoding"],
            headers: response.rawHeaders.flatMap((name, index, all) =>
              index % 2 === 0 ? [[name, all[index + 1] ?? ""] satisfies [string, string]] : [],
            ),
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on("error", reject);
  });
}

/**
 * The page as the front sends it, plain and gzipped: the files gzip_static
 * serves, and the headers it repeats, so both servers send the same bytes.
 */
async function sameBytes(port: number, urlPath: string): Promise<StaticFile> {
  const plain = await fetchRaw(port, urlPath, "identity");
  const gzipped = await fetchRaw(port, urlPath, "gzip");
  if (plain.status !== 200 || gzipped.status !== 200) throw new Error(`the front did not serve ${urlPath}`);
  return {
    urlPath,
    contentType: plain.contentType,
    plain: plain.body,
    gzip: gzipped.contentEncoding === "gzip" ? gzipped.body : undefined,
    headers: gzipped.headers.filter(([name]) => !OWN_STATIC_HEADERS.has(name.toLowerCase())),
  };
}

/**
 * Stops the run if a server answered nothing, or nothing right. Errors and
 * non-2xx answers among many right ones are kept, for the report to show: one
 * socket error in a hundred thousand requests on a busy machine should not
 * throw away every other figure.
 */
function checked(server: Server, urlPath: string, result: LoadResult): LoadResult {
  if (result.requests === 0 || result.non2xx + result.errors >= result.requests / 100) {
    throw new Error(`${server} failed under load on ${urlPath}: ${JSON.stringify(result)}`);
  }
  return result;
}

/** Each server in turn on one path, after a warm-up of each; the order rotates every round. */
async function alternate<S extends Server>(
  servers: readonly S[],
  target: (server: S) => { port: number; pids: readonly number[] },
  urlPath: string,
): Promise<Record<S, FrontRound[]>> {
  const options = { paths: [urlPath], connections: THROUGHPUT.connections, gzip: true };
  const results = Object.fromEntries(servers.map((server) => [server, [] as FrontRound[]])) as Record<S, FrontRound[]>;
  for (const server of servers) {
    await load({ ...options, port: target(server).port, seconds: FRONT_ROUNDS.warmupSeconds });
  }
  for (let round = 0; round < FRONT_ROUNDS.rounds; round += 1) {
    const order = [...servers.slice(round % servers.length), ...servers.slice(0, round % servers.length)];
    for (const server of round % 2 === 0 ? order : order.reverse()) {
      const { port, pids } = target(server);
      const serverCpuMs = cpuTimer(pids);
      const clientCpu = process.cpuUsage();
      const result = checked(server, urlPath, await load({ ...options, port, seconds: FRONT_ROUNDS.seconds }));
      const perRequest = (us: number) => Math.round((us / result.requests) * 10) / 10;
      const { user, system } = process.cpuUsage(clientCpu);
      results[server].push({
        ...result,
        serverCpuUsPerRequest: perRequest(serverCpuMs() * 1000),
        clientCpuUsPerRequest: perRequest(user + system),
      });
    }
  }
  return results;
}

async function timedGet(port: number, urlPath: string): Promise<number> {
  const started = performance.now();
  const { status } = await fetchRaw(port, urlPath, "gzip");
  if (status !== 200) throw new Error(`${urlPath} answered ${status} on port ${port}`);
  return performance.now() - started;
}

function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0) * 10) / 10;
  return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1) };
}

/** Each question once to next start, then twice through the front, which passes both to Next.js. */
async function firstRequests(ports: Ports): Promise<FrontBench["search"]["firstRequest"] & { questions: number }> {
  const judgements = readJudgements();
  const questions = new Set([
    ...judgements.answerable.map(({ q }) => q),
    ...judgements.redFlags.map(({ q }) => q),
    ...judgements.unanswerable,
  ]);
  const times = { nextStart: [] as number[], front: [] as number[], frontAgain: [] as number[] };
  for (const question of questions) {
    const urlPath = `/search?q=${encodeURIComponent(question)}`;
    times.nextStart.push(await timedGet(ports.next, urlPath));
    times.front.push(await timedGet(ports.front, urlPath));
    times.frontAgain.push(await timedGet(ports.front, urlPath));
  }
  return {
    questions: questions.size,
    nextStart: latency(times.nextStart),
    front: latency(times.front),
    frontAgain: latency(times.frontAgain),
  };
}

export async function measureFront(
  root: string,
  work: string,
  ports: Ports,
  searchPath: string,
  log: (message: string) => void,
): Promise<FrontBench> {
  const next = await startNext(ports.next, root);
  const front = await startFront({ projectDir: root, port: ports.front, output: "ignore", log });
  const files = await Promise.all(PAGES.map(({ path: urlPath }) => sameBytes(ports.front, urlPath)));
  const gzipStatic = await startGzipStatic(path.join(work, "gzip-static"), ports.gzipStatic, files);
  // The front's CPU is nginx's and its next start's, which a cached page leaves idle.
  const target = (server: Server) =>
    server === "next start"
      ? { port: ports.next, pids: [next.pid ?? 0] }
      : server === "nginx front"
        ? { port: ports.front, pids: [front.pids.nginx, front.pids.next] }
        : { port: ports.gzipStatic, pids: [gzipStatic.pid ?? 0] };
  const loadAverage = () => Math.round((os.loadavg()[0] ?? 0) * 10) / 10;
  const start = loadAverage();
  try {
    const pages: FrontPage[] = [];
    for (const [index, { page, path: urlPath }] of PAGES.entries()) {
      log(`nginx front: ${page}, ${FRONT_ROUNDS.rounds} rounds of next start, the front and gzip_static`);
      const file = files[index];
      const bytes = file?.gzip?.length ?? file?.plain.length ?? 0;
      pages.push({ page, path: urlPath, bytes, rounds: await alternate(SERVERS, target, urlPath) });
    }
    log("nginx front: /search, first request and again");
    const { questions, ...firstRequest } = await firstRequests(ports);
    const loadRounds = await alternate(["next start", "nginx front"] as const, target, searchPath);
    return {
      measuredAt: new Date().toISOString(),
      loadAverage: { start, end: loadAverage() },
      pages,
      search: {
        questions,
        firstRequest,
        underLoad: { path: searchPath, nextStart: loadRounds["next start"], front: loadRounds["nginx front"] },
      },
    };
  } finally {
    await Promise.all([stop(gzipStatic), front.stop(), stop(next)]);
  }
}

/** Medians over the rounds, with their spread. */
export function roundsSpread(results: readonly FrontRound[]): {
  requestsPerSecond: Spread;
  p99Ms: Spread;
  serverCpuUsPerRequest: Spread;
  clientCpuUsPerRequest: Spread;
} {
  return {
    requestsPerSecond: spread(results.map((result) => result.requestsPerSecond)),
    p99Ms: spread(results.map((result) => result.p99Ms)),
    serverCpuUsPerRequest: spread(results.map((result) => result.serverCpuUsPerRequest)),
    // Missing from rounds measured before it was.
    clientCpuUsPerRequest: spread(results.map((result) => result.clientCpuUsPerRequest ?? Number.NaN)),
  };
}

/** The front's median throughput as a share of gzip_static's on the same page. */
export function frontRatio(page: FrontPage): number {
  const front = roundsSpread(page.rounds["nginx front"]).requestsPerSecond.median;
  const reference = roundsSpread(page.rounds.gzip_static).requestsPerSecond.median;
  return Math.round((front / reference) * 100) / 100;
}

/** Requests the front serves per second of CPU as a share of gzip_static's: the comparison other load cannot blur. */
export function frontCpuRatio(page: FrontPage): number {
  const front = roundsSpread(page.rounds["nginx front"]).serverCpuUsPerRequest.median;
  const reference = roundsSpread(page.rounds.gzip_static).serverCpuUsPerRequest.median;
  return Math.round((reference / front) * 100) / 100;
}
