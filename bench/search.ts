/**
 * Search figures for `npm run bench`, measured in process: how long the index
 * takes to build, how big it is on disk and over the wire, how long a server
 * takes to load it, and how long one question takes, with today's library
 * and with generated articles added (in a temporary copy, deleted after).
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
import { SearchIndexFile } from "@/lib/search/schema";

/** A median with the spread of the rounds it came from. */
export type Spread = { median: number; min: number; max: number };

export type SearchCost = {
  generated: number;
  articles: number;
  passages: number;
  /** buildSearchIndex over the parsed library (content reading and checking left out). */
  buildMs: Spread;
  /** JSON.parse, the schema check and createSearchEngine: what a server does once at its first search. */
  loadMs: Spread;
  indexBytes: { raw: number; gzip: number };
  /** Every question in tests/fixtures/search-judgements.yaml, asked `rounds` times after one warm-up round. */
  questions: number;
  rounds: number;
  query: { p50Ms: number; p95Ms: number; maxMs: number };
};

/** Rounds of each measurement: fewer for the large library, where one round of questions takes seconds. */
const ROUNDS = { today: { build: 5, questions: 20 }, generated: { build: 3, questions: 3 } } as const;

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

export function spread(samples: readonly number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: round(percentile(sorted, 0.5)), min: round(sorted[0] ?? 0), max: round(sorted.at(-1) ?? 0) };
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

function measure(contentRoot: string, generated: number, rounds: { build: number; questions: number }): SearchCost {
  const { library, synonyms } = loadSearchSources({ root: contentRoot, today: new Date().toISOString().slice(0, 10) });
  const builds = Array.from({ length: rounds.build }, () => timed(() => buildSearchIndex(library, synonyms)));
  const json = JSON.stringify(builds[0]?.value);
  const loads = Array.from({ length: rounds.build }, () =>
    timed(() => createSearchEngine(SearchIndexFile.parse(JSON.parse(json)))),
  );
  const engine = loads[0]?.value;
  if (!engine) throw new Error("no search engine was built");

  const judgements = readJudgements();
  const questions = [
    ...judgements.answerable.map(({ q }) => q),
    ...judgements.redFlags.map(({ q }) => q),
    ...judgements.unanswerable,
  ];
  for (const question of questions) engine.search(question);
  const times: number[] = [];
  for (let index = 0; index < rounds.questions; index += 1) {
    for (const question of questions) times.push(timed(() => engine.search(question)).ms);
  }
  times.sort((a, b) => a - b);
  return {
    generated,
    articles: library.articles.length,
    passages: engine.passages.length,
    buildMs: spread(builds.map(({ ms }) => ms)),
    loadMs: spread(loads.map(({ ms }) => ms)),
    indexBytes: { raw: Buffer.byteLength(json), gzip: gzipSync(json).length },
    questions: questions.length,
    rounds: rounds.questions,
    query: {
      p50Ms: round(percentile(times, 0.5), 3),
      p95Ms: round(percentile(times, 0.95), 3),
      maxMs: round(times.at(-1) ?? 0, 3),
    },
  };
}

/** The search figures with the real library and, unless `generated` is 0, with that many articles added to a temporary copy of it. */
export function measureSearch(root: string, generated: number): SearchCost[] {
  const today = measure(path.join(root, "content"), 0, ROUNDS.today);
  if (generated === 0) return [today];
  const copy = mkdtempSync(path.join(tmpdir(), `hpg-search-${generated}-`));
  try {
    cpSync(path.join(root, "content"), copy, { recursive: true });
    addGeneratedArticles(path.join(copy, "articles"), generated);
    return [today, measure(copy, generated, ROUNDS.generated)];
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
