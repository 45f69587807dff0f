import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import autocannon from "autocannon";

/** Settings of the next-against-nginx comparison. */
export const THROUGHPUT = { connections: 50, seconds: 15, warmupSeconds: 3 } as const;

export type LoadResult = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  bytesPerRequest: number;
};

type LoadOptions = { port: number; paths: string[]; connections: number; seconds: number; gzip: boolean };

/** An autocannon run against loopback; with several paths, each connection cycles through them. */
export async function load({ port, paths, connections, seconds, gzip }: LoadOptions): Promise<LoadResult> {
  const [only] = paths;
  const result = await autocannon({
    // One path goes in the URL: a request list makes autocannon itself, on the same two cores, slower.
    url: `http://127.0.0.1:${port}${paths.length === 1 ? (only ?? "") : ""}`,
    connections,
    duration: seconds,
    headers: gzip ? { "accept-encoding": "gzip" } : {},
    ...(paths.length > 1 ? { requests: paths.map((path) => ({ method: "GET", path })) } : {}),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerRequest: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}

/** Settings of the /search-against-article comparison: rounds alternate, so drift on the machine hits both alike. */
export const ROUNDS = { rounds: 5, seconds: 10, warmupSeconds: 3 } as const;

/**
 * Two paths on one server in alternating rounds (A B, B A, A B ...), each
 * warmed up first: the figures to compare are the medians over the rounds,
 * with their spread.
 */
export async function loadInRounds(
  port: number,
  paths: readonly [string, string],
): Promise<[LoadResult[], LoadResult[]]> {
  const options = (path: string) => ({ port, paths: [path], connections: THROUGHPUT.connections, gzip: true });
  for (const path of paths) await load({ ...options(path), seconds: ROUNDS.warmupSeconds });
  const results: [LoadResult[], LoadResult[]] = [[], []];
  for (let round = 0; round < ROUNDS.rounds; round += 1) {
    for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) {
      results[index]?.push(await load({ ...options(paths[index] ?? ""), seconds: ROUNDS.seconds }));
    }
  }
  return results;
}

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Where sampled main-thread time went, by part of the stack a frame belongs to. */
function categoryOf({ functionName, url }: ProfileNode["callFrame"]): string {
  if (functionName === "(idle)") return "idle (waiting for I/O)";
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(program)") return "native code outside JavaScript (includes writing sockets)";
  if (/zlib|compression/.test(url)) return "compression (JavaScript side; zlib itself runs on the thread pool)";
  if (url.includes("next/dist")) return "Next.js routing, cache lookup and response";
  if (url.startsWith("node:") || url === "") return "Node.js HTTP, streams and sockets";
  return "other JavaScript";
}

export type ProfileSummary = { category: string; share: number }[];

/** Sums the self time of every sample in the CPU profiles found in a folder. */
export function summariseProfiles(dir: string): {
  categories: ProfileSummary;
  topFunctions: { name: string; share: number }[];
} {
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const node = nodes.get(id);
      const delta = profile.timeDeltas[index] ?? 0;
      if (!node || delta <= 0) return;
      total += delta;
      const category = categoryOf(node.callFrame);
      byCategory.set(category, (byCategory.get(category) ?? 0) + delta);
      const name = `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.replace(/^.*node_modules\//, "")}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
    });
  }
  const shares = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([key, time]) => ({ key, share: Math.round((time / total) * 1000) / 10 }));
  return {
    categories: shares(byCategory).map(({ key, share }) => ({ category: key, share })),
    topFunctions: shares(byFunction)
      .filter(({ key }) => !key.startsWith("(idle)"))
      .slice(0, 10)
      .map(({ key, share }) => ({ name: key, share })),
  };
}
