import MiniSearch, { type SearchResult } from "minisearch";

import { childAges, type Concept, createAnalyser, isGroupTerm, stem, STOP_WORDS, termKey, words } from "./analyse";
import { FIELD_BOOST, miniSearchOptions } from "./index-options";
import { createRedFlagMatcher } from "./red-flags";
import type { RedFlagItem, SearchIndexFile } from "./schema";
import { markedSnippet, type Snippet } from "./snippet";
import type { ArticlePassage } from "@/lib/content/passages";
import type { CareCardBlock, CareLevel, CitedReference } from "@/lib/content/schema";
import { articlePath } from "@/lib/site";

/** One place in an article that matched, best passage first. */
export type Hit = {
  passage: ArticlePassage;
  /** `/articles/slug#anchor`: the FAQ question, else the h3, else the h2 the passage sits under. */
  href: string;
  score: number;
  /** Share of the question's ideas the passage matched, each weighted by how rare it is (0 to 1). */
  coverage: number;
  snippet: Snippet;
};

/**
 * The answer: the best place, and the passages quoted from it. A short place
 * (most FAQ answers and many sections) is quoted whole, so the answer keeps
 * its context ("Most people get better ... These are results from groups of
 * patients"); a long one by its opening passage and its best one, the gap
 * between them marked.
 */
export type Answer = Hit & { quote: { passage: ArticlePassage; afterGap: boolean }[] };

/** The levels the no-answer page lists: those that must not wait for an appointment. */
const SAFETY_NET_LEVELS = ["emergency", "urgent"] as const satisfies readonly CareLevel[];

/** Each of those levels' heading and its signs in a few words. */
export type SafetyNet = { level: (typeof SAFETY_NET_LEVELS)[number]; title: string; signs: string[] }[];

/** Words up to which a place is quoted whole. */
const WHOLE_PLACE_WORDS = 160;

/** What the search page shows for one question. */
export type SearchOutcome = {
  /** The signs of the triage data the question names, at any level, most urgent first; shown before anything else. */
  redFlags: RedFlagItem[];
  /** The place that answers the question well enough to quote as the answer, if any, and what to quote. */
  answer?: Answer;
  /** Every matching place, best first; the answer, when there is one, is the first. */
  hits: Hit[];
};

/**
 * The confidence gate (tested by tests/unit/search-relevance.test.ts). BM25
 * scores are not comparable between questions, so the gate asks two things
 * of the best passage instead: it matched nearly every idea in the question,
 * weighting rare ideas more (so "knee" in "knee pain when running" cannot be
 * outvoted by "pain" and "running", which every article has); and it matched
 * at least one of them in its question or headings, or scored well.
 */
export const MIN_COVERAGE = 0.8;
export const MIN_SCORE_WITHOUT_HEADING_MATCH = 20;

/**
 * Results are ranked by BM25 score times coverage squared, so a passage that
 * matches every idea of the question beats one that matches a common word in
 * a short FAQ question ("cause heel pain") very well. Tried on the judgements:
 * exponent 0, 1, 2, 3 gave recall@3 0.96, 0.97, 0.99, 0.99.
 */
const COVERAGE_WEIGHT = 2;

/** Results listed on the page; the rest are left out, as a reader rarely looks past them. */
const MAX_HITS = 10;

const passageHref = (passage: ArticlePassage) => {
  const anchor = passage.question?.id ?? passage.subheading?.id ?? passage.section?.id;
  return anchor ? `${articlePath(passage.slug)}#${anchor}` : articlePath(passage.slug);
};

/** BM25's inverse document frequency: near 0 for an idea in every passage, large for a rare one. */
const idf = (total: number, matching: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5));

/** Loads the index file's MiniSearch index and answers questions against it. */
export function createSearchEngine(file: SearchIndexFile) {
  const analyser = createAnalyser(file.synonyms);
  const options = miniSearchOptions(analyser);
  const miniSearch = MiniSearch.loadJS(file.miniSearch as Parameters<typeof MiniSearch.loadJS>[0], options);
  const vocabulary = new Set(file.vocabulary);
  const byPlace = new Map<string, ArticlePassage[]>();
  for (const passage of file.passages)
    byPlace.set(passageHref(passage), [...(byPlace.get(passageHref(passage)) ?? []), passage]);
  const quoteFor = (hit: Hit): Answer["quote"] => {
    const place = byPlace.get(hit.href) ?? [hit.passage];
    const words = place.reduce((sum, passage) => sum + passage.text.split(" ").length, 0);
    if (words <= WHOLE_PLACE_WORDS) return place.map((passage) => ({ passage, afterGap: false }));
    // A place opens with what it is about ("Most people get better ..., but recovery can be slow"): keep that with the best passage.
    const at = place.indexOf(hit.passage);
    const first = place[0];
    if (!first || at <= 0) return [{ passage: hit.passage, afterGap: false }];
    return [
      { passage: first, afterGap: false },
      { passage: hit.passage, afterGap: at > 1 },
    ];
  };

  const matchRedFlags = createRedFlagMatcher(file.redFlags.items, vocabulary);
  const headingFields = new Set(["question", "heading"]);
  const phrasesOf = (terms: readonly string[]) => terms.map((term) => termKey(term).split(" "));
  const otherBodyParts = phrasesOf(file.scope.otherBodyParts);
  const heelWords = phrasesOf(file.scope.heel);
  /** True when the question names a body part the articles do not cover, and no part of the heel. */
  const outOfScope = (typed: readonly string[]) => {
    const keys = typed.map(termKey).filter(Boolean);
    const names = (phrases: string[][]) =>
      phrases.some((phrase) => keys.some((_, start) => phrase.every((part, offset) => keys[start + offset] === part)));
    return names(otherBodyParts) && !names(heelWords);
  };

  const known = (word: string) => STOP_WORDS.has(word) || vocabulary.has(stem(word));
  /** "hele" is "heel" with two letters swapped: fuzzy matching counts that as two edits, too many for four letters. */
  const corrected = (word: string) => {
    if (known(word) || word.length < 4) return word;
    for (let at = 0; at < word.length - 1; at += 1) {
      const swapped = word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
      if (vocabulary.has(stem(swapped))) return swapped;
    }
    return word;
  };

  const fuzzy = (term: string) => {
    if (isGroupTerm(term)) return false;
    if (term.length >= 5) return 0.2;
    // A short word we index is meant as typed ("heal" is not "heel"); an unknown one may be a slip ("rune").
    return term.length === 4 && !vocabulary.has(term) ? 1 : false;
  };
  const prefix = (term: string) => !isGroupTerm(term) && term.length >= 4;

  const coveredBy = (result: SearchResult, concept: Concept) =>
    concept.alternatives.some((terms) => terms.every((term) => result.queryTerms.includes(term)));
  const inHeadings = (result: SearchResult) =>
    Object.values(result.match).some((fields) => fields.some((field) => headingFields.has(field)));

  /** Searches for a question already read by `readQuery`. `about` is the article the question was asked on. */
  function search(asked: string, { about }: { about?: string } = {}): SearchOutcome {
    const query = childAges(asked);
    const redFlags = matchRedFlags(query);
    const typed = words(query).map(corrected);
    const text = typed.join(" ");
    const concepts = analyser.concepts(text);
    if (concepts.length === 0) return { redFlags, hits: [] };

    const results = miniSearch.search(text, {
      boost: FIELD_BOOST,
      fuzzy,
      prefix,
      // A question asked on an article is most likely about that article.
      boostDocument: about ? (id: number) => (file.passages[id]?.slug === about ? 1.5 : 1) : undefined,
    });
    const total = file.passages.length;
    const weights = concepts.map((concept) =>
      idf(total, results.filter((result) => coveredBy(result, concept)).length),
    );
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);

    const ranked = results
      .map((result) => {
        const covered = concepts.reduce(
          (sum, concept, index) => sum + (coveredBy(result, concept) ? (weights[index] ?? 0) : 0),
          0,
        );
        const coverage = weightSum > 0 ? covered / weightSum : 0;
        return { result, coverage, rank: result.score * coverage ** COVERAGE_WEIGHT };
      })
      .sort((a, b) => b.rank - a.rank);

    const seen = new Set<string>();
    const top: (typeof ranked)[number][] = [];
    const hits: Hit[] = [];
    for (const entry of ranked) {
      const passage = file.passages[entry.result.id as number];
      if (!passage) continue;
      const href = passageHref(passage);
      if (seen.has(href)) continue;
      seen.add(href);
      top.push(entry);
      hits.push({
        passage,
        href,
        score: entry.result.score,
        coverage: entry.coverage,
        snippet: markedSnippet(passage.text, entry.result.terms, analyser),
      });
      if (hits.length === MAX_HITS) break;
    }

    const best = hits[0];
    const bestEntry = top[0];
    const confident =
      best !== undefined &&
      !outOfScope(typed) &&
      bestEntry !== undefined &&
      best.coverage >= MIN_COVERAGE &&
      (inHeadings(bestEntry.result) || best.score >= MIN_SCORE_WITHOUT_HEADING_MATCH);
    return { redFlags, answer: confident ? { ...best, quote: quoteFor(best) } : undefined, hits };
  }

  /**
   * The care cards for the signs a question named: one card per level with
   * only those signs, and the reference list trimmed to the works they cite,
   * keeping their numbers (the page lists them with those numbers).
   */
  function redFlagCards(items: readonly RedFlagItem[]): { cards: CareCardBlock[]; references: CitedReference[] } {
    const cards = file.redFlags.cards.flatMap(({ level, id, title }) => {
      const inLevel = items.filter((item) => item.level === level);
      return inLevel.length === 0
        ? []
        : [{ type: "care-card" as const, level, id, title, signs: inLevel.map((item) => item.sign) }];
    });
    const shownIds = new Set(items.flatMap((item) => item.sign.citation.map((work) => work.id)));
    const references = file.redFlags.references.flatMap((reference) => {
      const citedFrom = reference.citedFrom.filter((id) => shownIds.has(id));
      return citedFrom.length > 0 ? [{ ...reference, citedFrom }] : [];
    });
    return { cards, references };
  }

  /**
   * The emergency and same-day signs in a few words, most urgent first, for the page that found no
   * answer: a reader who named no sign still sees them before leaving.
   */
  const safetyNet: SafetyNet = SAFETY_NET_LEVELS.map((level) => ({
    level,
    title: file.redFlags.cards.find((card) => card.level === level)?.title ?? "",
    signs: file.redFlags.items.filter((item) => item.level === level).map((item) => item.short),
  }));

  return {
    search,
    redFlagCards,
    safetyNet,
    passages: file.passages,
    slugs: new Set(file.passages.map((passage) => passage.slug)),
  };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
