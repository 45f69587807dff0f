import { childAges, createAnalyser, isGroupTerm, stem, STOP_WORDS, termKey, words } from "./analyse";
import { FIELD_BOOST } from "./index-options";
import { createRedFlagMatcher } from "./red-flags";
import { type RedFlagItem, SearchIndexFile, type SearchIndexFiles } from "./schema";
import { markedSnippet, type Snippet } from "./snippet";
import { fromBase64, loadTermIndex, type QueryTerm } from "./term-index";
import { ArticlePassage, PassageSummary } from "@/lib/content/passages";
import type { CareCardBlock, CareLevel, CitedReference } from "@/lib/content/schema";

/** One place in an article that matched, best passage first. */
export type Hit = {
  /** Where the passage sits and its words; only a quoted passage's HTML is read. */
  passage: PassageSummary;
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

/** BM25's inverse document frequency: near 0 for an idea in every passage, large for a rare one. */
const idf = (total: number, matching: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5));

/** One of the best matches: its passage, place, BM25 score, coverage and rank, and the order the index met it in. */
type Ranked = { id: number; place: number; score: number; coverage: number; rank: number; order: number };

/**
 * True when a match with this rank, score and order ranks above `b`: by rank,
 * then by BM25 score, then by the order the index met them in, which is how
 * the stable sorts of MiniSearch's results by score and then by rank ordered them.
 */
const above = (rank: number, score: number, order: number, b: Ranked) =>
  rank !== b.rank ? rank > b.rank : score !== b.score ? score > b.score : order < b.order;

/**
 * Keeps the best `count` matches, at most one per place (the best of each),
 * best first. A match costs one comparison with the last kept unless it
 * beats it, so ranking stays cheap however many passages a common word finds.
 */
function bestPerPlace(count: number, placeOf: (id: number) => number) {
  const best: Ranked[] = [];
  return {
    best,
    offer(id: number, score: number, coverage: number, rank: number, order: number) {
      const last = best[count - 1];
      if (last && !above(rank, score, order, last)) return;
      const entry = { id, place: placeOf(id), score, coverage, rank, order };
      const samePlace = best.findIndex((kept) => kept.place === entry.place);
      if (samePlace >= 0) {
        const kept = best[samePlace];
        if (kept && !above(rank, score, order, kept)) return;
        best.splice(samePlace, 1);
      }
      const at = best.findIndex((kept) => above(rank, score, order, kept));
      best.splice(at < 0 ? best.length : at, 0, entry);
      best.length = Math.min(best.length, count);
    },
  };
}

/** Loads the files `npm run build` wrote (or the same, built in memory by `next dev`) and answers questions. */
export function createSearchEngine(files: SearchIndexFiles) {
  // Our own build output, still checked against its schema so a stale file from an older build fails loudly.
  const file = SearchIndexFile.parse(JSON.parse(files.index));
  const { slugs, places } = file.passages;
  const numbers = (array: string) => fromBase64(array, Uint32Array);
  const slugOf = numbers(file.passages.slug);
  const placeOf = numbers(file.passages.place);
  const wordsOf = numbers(file.passages.words);
  const ends = numbers(file.passages.ends);
  const total = slugOf.length;
  if (
    [placeOf, wordsOf].some((list) => list.length !== total) ||
    ends.length !== 2 * total ||
    (ends.at(-1) ?? 0) !== files.passages.length ||
    file.terms.documentCount !== total
  ) {
    throw new Error("the search index does not fit its passages file: run `npm run build` again");
  }
  /** Line `at` of the passages file, parsed: passage `id` has line `2 * id` (its summary) and `2 * id + 1` (its elements). */
  const line = (at: number): unknown => {
    const end = ends[at];
    if (end === undefined) throw new RangeError(`no passage ${at >> 1} in the search index`);
    return JSON.parse(files.passages.toString("utf8", ends[at - 1] ?? 0, end));
  };
  /**
   * A passage as a results list shows it: where it sits and its words, checked against its schema. Its elements
   * are a line of their own, read only for the few passages a page quotes.
   */
  const summary = (id: number): PassageSummary => PassageSummary.parse(line(2 * id));
  /** A passage to quote, its elements sanitised again into the HTML the page shows. */
  const passage = (id: number): ArticlePassage => ArticlePassage.parse({ ...summary(id), nodes: line(2 * id + 1) });
  const analyser = createAnalyser(file.synonyms);
  const index = loadTermIndex(file.terms);
  const { vocabulary } = index;
  const byPlace = places.map((): number[] => []);
  placeOf.forEach((place, id) => byPlace[place]?.push(id));
  const quoteFor = (id: number): Answer["quote"] => {
    const place = byPlace[placeOf[id] ?? -1] ?? [id];
    const words = place.reduce((sum, other) => sum + (wordsOf[other] ?? 0), 0);
    if (words <= WHOLE_PLACE_WORDS) return place.map((other) => ({ passage: passage(other), afterGap: false }));
    // A place opens with what it is about ("Most people get better ..., but recovery can be slow"): keep that with the best passage.
    const at = place.indexOf(id);
    const first = place[0];
    if (first === undefined || at <= 0) return [{ passage: passage(id), afterGap: false }];
    return [
      { passage: passage(first), afterGap: false },
      { passage: passage(id), afterGap: at > 1 },
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
  const queryTerms = (text: string): QueryTerm[] =>
    analyser
      .tokenize(text)
      .flatMap((token) => [analyser.processTerm(token) ?? []].flat())
      .map((term) => ({ term, prefix: prefix(term), fuzzy: fuzzy(term) }));

  /** Searches for a question already read by `readQuery`. `about` is the article the question was asked on. */
  function search(asked: string, { about }: { about?: string } = {}): SearchOutcome {
    const query = childAges(asked);
    const redFlags = matchRedFlags(query);
    const typed = words(query).map(corrected);
    const text = typed.join(" ");
    const concepts = analyser.concepts(text);
    if (concepts.length === 0) return { redFlags, hits: [] };

    const aboutSlug = about === undefined ? -1 : slugs.indexOf(about);
    // A question asked on an article is most likely about that article.
    const boost = aboutSlug >= 0 ? (id: number) => (slugOf[id] === aboutSlug ? 1.5 : 1) : undefined;
    const matches = index.match(queryTerms(text), FIELD_BOOST, boost);
    // An idea counts as found in a passage when every term of one of its alternatives matched there: each
    // alternative as the bits those terms set in a passage's masks, word by word (none if a term never matched).
    const { masks, words: maskWords, distinctTerms } = matches;
    const alternatives = concepts.map((concept) =>
      concept.alternatives.flatMap((terms) => {
        const positions = terms.map((term) => distinctTerms.indexOf(term));
        if (positions.some((position) => position < 0)) return [];
        const bits = new Uint32Array(maskWords);
        for (const position of positions) bits[position >> 5] = (bits[position >> 5] ?? 0) | (1 << (position % 32));
        return [bits];
      }),
    );
    // Passages that matched the same query terms cover the same ideas, so coverage is worked out once per set of
    // terms matched (a few dozen sets, where a common word matches tens of thousands of passages at 1,000 articles).
    const { documents } = matches;
    const setOf = new Int32Array(documents.length);
    const termSets: { mask: Uint32Array; size: number }[] = [];
    const setAt = new Map<number | string, number>();
    for (let order = 0; order < documents.length; order += 1) {
      const id = documents[order] ?? 0;
      // No array per passage: one number is the key unless the question has over 32 distinct terms.
      const key = maskWords === 1 ? (masks[id] ?? 0) : masks.subarray(id * maskWords, (id + 1) * maskWords).join(",");
      let set = setAt.get(key);
      if (set === undefined) {
        set = termSets.push({ mask: masks.slice(id * maskWords, (id + 1) * maskWords), size: 0 }) - 1;
        setAt.set(key, set);
      }
      const termSet = termSets[set];
      if (termSet) termSet.size += 1;
      setOf[order] = set;
    }
    const covers = termSets.map(({ mask }) =>
      alternatives.map((options) =>
        options.some((bits) => bits.every((wanted, word) => ((mask[word] ?? 0) & wanted) === wanted)),
      ),
    );
    /** How many matched passages cover each idea. */
    const found = concepts.map((_, concept) =>
      termSets.reduce((sum, { size }, set) => sum + (covers[set]?.[concept] ? size : 0), 0),
    );
    const weights = found.map((count) => idf(total, count));
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    const coverageOf = covers.map((covered) => {
      const weight = covered.reduce((sum, yes, concept) => (yes ? sum + (weights[concept] ?? 0) : sum), 0);
      return weightSum > 0 ? weight / weightSum : 0;
    });

    const ranking = bestPerPlace(MAX_HITS, (id) => placeOf[id] ?? -1);
    for (let order = 0; order < documents.length; order += 1) {
      const id = documents[order] ?? 0;
      const coverage = coverageOf[setOf[order] ?? 0] ?? 0;
      const score = matches.score[id] ?? 0;
      ranking.offer(id, score, coverage, score * coverage ** COVERAGE_WEIGHT, order);
    }
    const top = ranking.best;
    const hits: Hit[] = top.map((entry) => {
      const shown = summary(entry.id);
      return {
        passage: shown,
        href: places[entry.place] ?? "",
        score: entry.score,
        coverage: entry.coverage,
        snippet: markedSnippet(shown.text, matches.termsFound(entry.id), analyser),
      };
    });

    const best = hits[0];
    const bestEntry = top[0];
    const confident =
      best !== undefined &&
      !outOfScope(typed) &&
      bestEntry !== undefined &&
      best.coverage >= MIN_COVERAGE &&
      (matches.matchedInFields(bestEntry.id, headingFields) || best.score >= MIN_SCORE_WITHOUT_HEADING_MATCH);
    return {
      redFlags,
      answer: confident && bestEntry ? { ...best, quote: quoteFor(bestEntry.id) } : undefined,
      hits,
    };
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
    /** How many passages the index holds; `passage(id)` reads one, ids from 0. */
    passageCount: total,
    passage,
    slugs: new Set(slugs),
  };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
