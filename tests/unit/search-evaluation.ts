import { readFileSync } from "node:fs";
import path from "node:path";

import YAML from "yaml";
import { z } from "zod";

import type { Hit, SearchEngine } from "@/lib/search/engine";

/** tests/fixtures/search-judgements.yaml (its header explains each list). */
export const Judgements = z
  .object({
    answerable: z
      .array(z.object({ q: z.string().min(1), targets: z.array(z.string().min(1)).min(1) }).strict())
      .min(40),
    redFlags: z.array(z.object({ q: z.string().min(1), item: z.string().min(1) }).strict()).min(1),
    unanswerable: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Judgements = z.infer<typeof Judgements>;

export function readJudgements(): Judgements {
  const file = path.resolve(__dirname, "../fixtures/search-judgements.yaml");
  return Judgements.parse(YAML.parse(readFileSync(file, "utf8")));
}

/** True when the hit is one of the targets: `slug`, or `slug#id` for its section, subheading or FAQ question. */
export function hitsTarget(hit: Hit, target: string): boolean {
  const [slug, id] = target.split("#", 2);
  const { passage } = hit;
  if (passage.slug !== slug) return false;
  return id === undefined || [passage.section?.id, passage.subheading?.id, passage.question?.id].includes(id);
}

export type Evaluation = {
  recallAt3: number;
  mrrAt10: number;
  /** Answerable questions that got an answer card, and those whose card quoted one of the targets. */
  answered: number;
  answeredRight: number;
  redFlagFirst: number;
  falseAnswers: number;
  misses: string[];
};

/** Runs every judgement through the engine; `misses` lists each question that failed a bar, for the test output. */
export function evaluate(engine: SearchEngine, judgements: Judgements): Evaluation {
  const misses: string[] = [];
  let found = 0;
  let reciprocal = 0;
  let answered = 0;
  let answeredRight = 0;
  for (const { q, targets } of judgements.answerable) {
    const { hits, answer } = engine.search(q);
    const rank = hits.slice(0, 10).findIndex((hit) => targets.some((target) => hitsTarget(hit, target))) + 1;
    if (rank >= 1 && rank <= 3) found += 1;
    else
      misses.push(
        `answerable "${q}": first target at rank ${rank || "none"}; got ${hits
          .slice(0, 3)
          .map((hit) => hit.href)
          .join(", ")}`,
      );
    if (rank >= 1) reciprocal += 1 / rank;
    if (answer) answered += 1;
    if (answer && targets.some((target) => hitsTarget(answer, target))) answeredRight += 1;
  }

  let redFlagFirst = 0;
  for (const { q, item } of judgements.redFlags) {
    const { redFlags } = engine.search(q);
    const firstLevel = redFlags[0]?.level;
    const expected = redFlags.find((flag) => flag.id === item);
    if (expected && expected.level === firstLevel) redFlagFirst += 1;
    else
      misses.push(
        `red flag "${q}": expected ${item} in the first card; got ${redFlags.map((flag) => flag.id).join(", ") || "none"}`,
      );
  }

  let falseAnswers = 0;
  for (const q of judgements.unanswerable) {
    const { answer } = engine.search(q);
    if (answer) {
      falseAnswers += 1;
      misses.push(`unanswerable "${q}": answered with ${answer.href}`);
    }
  }

  const total = judgements.answerable.length;
  return {
    recallAt3: found / total,
    mrrAt10: reciprocal / total,
    answered: answered / total,
    answeredRight: answeredRight / total,
    redFlagFirst: redFlagFirst / judgements.redFlags.length,
    falseAnswers: falseAnswers / judgements.unanswerable.length,
    misses,
  };
}
