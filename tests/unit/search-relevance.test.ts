import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { evaluate, readJudgements } from "./search-evaluation";
import { loadSearchSources } from "@/lib/content/synonyms";
import { buildSearchIndex } from "@/lib/search/build-index";
import { createSearchEngine, type SearchEngine } from "@/lib/search/engine";

const ROOT = path.resolve(__dirname, "../../content");
const judgements = readJudgements();
let engine: SearchEngine;

beforeAll(() => {
  const { library, synonyms } = loadSearchSources({ root: ROOT, today: new Date().toISOString().slice(0, 10) });
  // Through the files the build writes and the schema, as the server loads them.
  engine = createSearchEngine(buildSearchIndex(library, synonyms));
}, 30_000);

describe("search relevance on tests/fixtures/search-judgements.yaml", () => {
  it("has at least 40 answerable questions, and names any article with none", () => {
    const judged = new Set(
      judgements.answerable.flatMap(({ targets }) => targets.map((target) => target.split("#")[0])),
    );
    // A new article is not a failure: its writer is told where its questions go, and the bars below still hold.
    const unjudged = [...engine.slugs].filter((slug) => !judged.has(slug));
    if (unjudged.length > 0) {
      console.warn(
        `No judged search question yet for ${unjudged.join(", ")}: add questions a reader would ask, with the ` +
          `sections that answer them, to tests/fixtures/search-judgements.yaml (see content/README.md, "Search").`,
      );
    }
    expect(judgements.answerable.length).toBeGreaterThanOrEqual(40);
  });

  it("every target exists", () => {
    const passages = Array.from({ length: engine.passageCount }, (_, id) => engine.passage(id));
    const anchors = new Set(
      passages.flatMap((passage) => [
        passage.slug,
        ...[passage.section?.id, passage.subheading?.id, passage.question?.id].flatMap((id) =>
          id ? [`${passage.slug}#${id}`] : [],
        ),
      ]),
    );
    const targets = judgements.answerable.flatMap(({ targets: list }) => list);
    expect(targets.filter((target) => !anchors.has(target))).toEqual([]);
  });

  it("meets the bars: recall@3 >= 0.9, red-flag card first 100%, no answer card for unanswerable questions", () => {
    const result = evaluate(engine, judgements);
    const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
    console.log(
      [
        `Search relevance (${judgements.answerable.length} answerable, ${judgements.redFlags.length} red-flag, ${judgements.unanswerable.length} unanswerable questions):`,
        `  recall@3 ${result.recallAt3.toFixed(3)}, MRR@10 ${result.mrrAt10.toFixed(3)}`,
        `  answer card on answerable questions ${percent(result.answered)} (quoting a judged target ${percent(result.answeredRight)})`,
        `  red-flag card first ${percent(result.redFlagFirst)}, answer card on unanswerable questions ${percent(result.falseAnswers)}`,
        ...result.misses.map((miss) => `  miss: ${miss}`),
      ].join("\n"),
    );
    expect(result.recallAt3).toBeGreaterThanOrEqual(0.9);
    expect(result.mrrAt10).toBeGreaterThanOrEqual(0.8);
    expect(result.redFlagFirst).toBe(1);
    expect(result.falseAnswers).toBe(0);
  });

  it("shows red flags whatever else the question asks, and answers alongside them", () => {
    const outcome = engine.search("heard a pop in my achilles, how long will it take to get better");
    expect(outcome.redFlags[0]?.id).toBe("snap-or-pop");
    expect(outcome.hits.length).toBeGreaterThan(0);
  });

  it("answers a question asked on an article from that article first", () => {
    const anywhere = engine.search("how long will it take to get better");
    const onArticle = engine.search("how long will it take to get better", { about: "achilles-tendinopathy" });
    expect(onArticle.hits[0]?.passage.slug).toBe("achilles-tendinopathy");
    expect(anywhere.hits.length).toBeGreaterThan(0);
  });
});
