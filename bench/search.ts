/**
 * Search figures for `npm run bench`, measured in process: how long the index
 * takes to build, how big its files are on disk and over the wire, how long a
 * server takes to load them, and how long one question takes, with today's
 * library and with generated articles added (in a temporary copy, deleted
 * after). The two libraries are measured in alternating rounds, so a busy
 * machine slows both alike.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { addGeneratedArticles } from "./build-scaling";
import { readJudgements } from "../tests/unit/search-evaluation";
import { loadSearchSources } from "@/lib/content/synonyms";
import { buildSearchIndex } from "@/lib/search/build-index";
import { createSearchEngine } from "@/lib/search/engine";
import type { SearchIndexFiles } from "@/lib/search/schema";

/** A median with the spread of the rounds it came from. */
export type Spread = { median: number; min: number; max: number };

export type SearchCost = {
  generated: number;
  articles: number;
  passages: number;
  /** buildSearchIndex over the parsed library (content reading and checking left out). */
  buildMs: Spread;
  /** Parsing and checking the index, and setting up the engine: what a server does once at its first search. */
  loadMs: Spread;
  /** The index file, and the passages file (read as bytes; a passage is parsed only when a page shows it). */
  indexBytes: { raw: number; gzip: number; passages: number };
  /** Every question in tests/fixtures/search-judgements.yaml, asked once per round after a warm-up. */
  questions: number;
  rounds: number;
  /** Each round's p50 and p95 over its questions: the median round, with the spread over rounds. */
  query: { p50Ms: Spread; p95Ms: Spread; maxMs: number };
  /**
   * The same in CPU time of the process (`process.cpuUsage`): on a shared machine, wall time also counts the
   * time a question waits for a core, and this does not. Missing from reports written before it was measured.
   */
  queryCpu?: { p50Ms: Spread; p95Ms: Spread };
};

/** Builds per library (fewer for the large one, whose build takes minutes), and alternating rounds of load and questions. */
const BUILDS = { today: 5, generated: 1 } as const;
export const SEARCH_ROUNDS = 10;

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

export function spread(samples: readonly number[], digits = 2): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: round(percentile(sorted, 0.5), digits),
    min: round(sorted[0] ?? 0, digits),
    max: round(sorted.at(-1) ?? 0, digits),
  };
}

function timed<T>(work: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (user + system) / 1000 };
}

type Library = { generated: number; articles: number; files: SearchIndexFiles; buildMs: number[] };

function build(contentRoot: string, generated: number, builds: number): Library {
  const { library, synonyms } = loadSearchSources({ root: contentRoot, today: new Date().toISOString().slice(0, 10) });
  const runs = Array.from({ length: builds }, () => timed(() => buildSearchIndex(library, synonyms)));
  const files = runs[0]?.value;
  if (!files) throw new Error("no search index was built");
  return { generated, articles: library.articles.length, files, buildMs: runs.map(({ ms }) => ms) };
}

/** The real library and, unless `generated` is 0, a temporary copy of it with that many articles added. */
function libraries(root: string, generated: number): Library[] {
  const today = build(path.join(root, "content"), 0, BUILDS.today);
  if (generated === 0) return [today];
  const copy = mkdtempSync(path.join(tmpdir(), `hpg-search-${generated}-`));
  try {
    cpSync(path.join(root, "content"), copy, { recursive: true });
    addGeneratedArticles(path.join(copy, "articles"), generated);
    return [today, build(copy, generated, BUILDS.generated)];
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The search figures, today's library and the large one taking turns round by round. */
export function measureSearch(root: string, generated: number): SearchCost[] {
  const judgements = readJudgements();
  const questions = [
    ...judgements.answerable.map(({ q }) => q),
    ...judgements.redFlags.map(({ q }) => q),
    ...judgements.unanswerable,
  ];
  const measured = libraries(root, generated).map((library) => ({
    library,
    loads: [] as number[],
    p50: [] as number[],
    p95: [] as number[],
    cpuP50: [] as number[],
    cpuP95: [] as number[],
    max: 0,
    passages: 0,
  }));
  for (let index = 0; index < SEARCH_ROUNDS; index += 1) {
    for (const entry of measured) {
      const { value: engine, ms } = timed(() => createSearchEngine(entry.library.files));
      entry.loads.push(ms);
      entry.passages = engine.passageCount;
      for (const question of questions) engine.search(question);
      const runs = questions.map((question) => timed(() => engine.search(question)));
      const times = runs.map(({ ms }) => ms).sort((a, b) => a - b);
      const cpuTimes = runs.map(({ cpuMs }) => cpuMs).sort((a, b) => a - b);
      entry.p50.push(percentile(times, 0.5));
      entry.p95.push(percentile(times, 0.95));
      entry.cpuP50.push(percentile(cpuTimes, 0.5));
      entry.cpuP95.push(percentile(cpuTimes, 0.95));
      entry.max = Math.max(entry.max, times.at(-1) ?? 0);
    }
  }
  return measured.map(({ library, loads, p50, p95, cpuP50, cpuP95, max, passages }) => ({
    generated: library.generated,
    articles: library.articles,
    passages,
    buildMs: spread(library.buildMs),
    loadMs: spread(loads),
    indexBytes: {
      raw: Buffer.byteLength(library.files.index),
      gzip: gzipSync(library.files.index).length,
      passages: library.files.passages.length,
    },
    questions: questions.length,
    rounds: SEARCH_ROUNDS,
    query: { p50Ms: spread(p50, 3), p95Ms: spread(p95, 3), maxMs: round(max, 3) },
    queryCpu: { p50Ms: spread(cpuP50, 3), p95Ms: spread(cpuP95, 3) },
  }));
}
