import SearchableMap from "minisearch/SearchableMap";
import { z } from "zod";

import type { Analyser } from "./analyse";

/**
 * The inverted index search ranks with: for every term, the passages that
 * have it in each field and how often, in flat typed arrays. It scores
 * exactly as MiniSearch's BM25+ did (same analysis, same field lengths, same
 * prefix and fuzzy expansions and weights, same sums in the same order), but
 * term at a time into arrays indexed by passage, with no object per match:
 * MiniSearch made an object, a map entry and a sort key for every passage
 * that had "heel" or "pain", which at 1,000 articles was most of 34,000.
 */

/** What is indexed for one passage, field by field, in `fields` order. */
export type IndexedDocument = readonly string[];

/** MiniSearch's BM25+ defaults, kept so scores are the same as before. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
/** Weights of a prefix and a fuzzy match against the word typed (MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Edits a fuzzy match may need at most, whatever the share asked for (MiniSearch's `maxFuzzy`). */
const MAX_FUZZY = 6;

/** Typed arrays travel in the JSON file as base64 of their little-endian bytes (checked by length when loaded). */
export const Base64 = z.string();

/** The index as `npm run build` writes it into `.search/index.json`. */
export const TermIndexFile = z.object({
  fields: z.array(z.string().min(1)).min(1),
  documentCount: z.number().int().nonnegative(),
  /** Mean length of each field over every passage. */
  averageLength: z.array(z.number().nonnegative()),
  /** Distinct tokens in each field of each passage (passage-major), as MiniSearch counts a field's length: Uint16. */
  fieldLength: Base64,
  /** Every term, in the order the build first met it (which fixes the order prefix and fuzzy matches are summed in). */
  terms: z.array(z.string().min(1)),
  /** Where the postings of term t in field f start in `documents`: entry t * fields + f, one more at the end: Uint32. */
  starts: Base64,
  /** Passage ids, ascending within each term and field: Uint32. */
  documents: Base64,
  /** How often the term occurs in that field of that passage: Uint16. */
  frequencies: Base64,
});
export type TermIndexFile = z.infer<typeof TermIndexFile>;

const BROKEN = "the search index's arrays do not fit together: run `npm run build` again";

export const toBase64 = (array: Uint16Array | Uint32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");

/** Copies the bytes, since a decoded Buffer may sit at an offset a Uint32Array cannot start at. */
export function fromBase64<T extends Uint16Array | Uint32Array>(
  text: string,
  Type: { new (length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % Type.BYTES_PER_ELEMENT !== 0) throw new Error(BROKEN);
  const array = new Type(Math.floor(bytes.length / Type.BYTES_PER_ELEMENT));
  new Uint8Array(array.buffer).set(bytes);
  return array;
}

/**
 * Indexes the documents as MiniSearch's `add` did: a field's length is its
 * number of distinct tokens, each token goes through `processTerm` (which may
 * give several terms, a stem and its synonym group), and the mean lengths are
 * running means, so the scores match MiniSearch's to the last bit.
 */
export function buildTermIndex(
  fields: readonly string[],
  documents: readonly IndexedDocument[],
  analyser: Analyser,
): TermIndexFile {
  const postings = new Map<string, Map<number, number>[]>();
  const fieldLength = new Uint16Array(documents.length * fields.length);
  const averageLength = fields.map(() => 0);
  documents.forEach((document, id) => {
    fields.forEach((_, field) => {
      const tokens = analyser.tokenize(document[field] ?? "");
      const length = new Set(tokens).size;
      fieldLength[id * fields.length + field] = length;
      averageLength[field] = ((averageLength[field] ?? 0) * id + length) / (id + 1);
      for (const token of tokens) {
        for (const term of [analyser.processTerm(token) ?? []].flat()) {
          let byField = postings.get(term);
          if (!byField) postings.set(term, (byField = fields.map(() => new Map<number, number>())));
          const counts = byField[field];
          counts?.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
    });
  });

  const terms = [...postings.keys()];
  const starts = new Uint32Array(terms.length * fields.length + 1);
  let total = 0;
  terms.forEach((term, index) =>
    postings.get(term)?.forEach((counts, field) => {
      starts[index * fields.length + field] = total;
      total += counts.size;
    }),
  );
  starts[terms.length * fields.length] = total;
  const ids = new Uint32Array(total);
  const frequencies = new Uint16Array(total);
  let at = 0;
  for (const term of terms) {
    for (const counts of postings.get(term) ?? []) {
      for (const [id, count] of counts) {
        ids[at] = id;
        frequencies[at] = count;
        at += 1;
      }
    }
  }
  return {
    fields: [...fields],
    documentCount: documents.length,
    averageLength,
    fieldLength: toBase64(fieldLength),
    terms,
    starts: toBase64(starts),
    documents: toBase64(ids),
    frequencies: toBase64(frequencies),
  };
}

/** How one word of a question is matched: exactly, and also by prefix or by a few edits (a share of its length, or a count). */
export type QueryTerm = { term: string; prefix: boolean; fuzzy: number | false };

/** The passages a question matched, with what the ranking needs to know of each. */
export type TermMatches = {
  /**
   * Matched passages, in the order MiniSearch would list them before sorting (first met first). The array is
   * reused, as `score` is.
   */
  documents: Uint32Array;
  /**
   * BM25+ score of each passage, times the number of distinct query terms it matched (MiniSearch's `score`),
   * by passage id. The array is reused: it holds this question's scores until the next question.
   */
  score: Float64Array;
  /**
   * Which query terms each passage matched: bit `i % 32` of entry `document * words + (i >> 5)` is set when
   * it matched `distinctTerms[i]`.
   */
  masks: Uint32Array;
  /** Entries of `masks` per passage: one per 32 distinct query terms. */
  words: number;
  /** The query's terms without repeats, in order. */
  distinctTerms: string[];
  /** The index terms a passage matched (the typed words, or what they were expanded to), for marking snippets. */
  termsFound: (document: number) => string[];
  /** True when the passage matched a query term in one of these fields. */
  matchedInFields: (document: number, fields: ReadonlySet<string>) => boolean;
};

/** The loaded index: answers one question at a time, reusing its arrays. */
export type TermIndex = {
  /** Every term in the index. */
  vocabulary: ReadonlySet<string>;
  match: (
    queryTerms: readonly QueryTerm[],
    fieldBoost: Readonly<Record<string, number>>,
    documentBoost?: (document: number) => number,
  ) => TermMatches;
};

/** Loads the file written by `buildTermIndex`; throws if its arrays do not fit together. */
export function loadTermIndex(file: TermIndexFile): TermIndex {
  const { fields, documentCount, averageLength, terms } = file;
  const fieldCount = fields.length;
  const fieldLength = fromBase64(file.fieldLength, Uint16Array);
  const starts = fromBase64(file.starts, Uint32Array);
  const ids = fromBase64(file.documents, Uint32Array);
  const frequencies = fromBase64(file.frequencies, Uint16Array);
  const total = starts[terms.length * fieldCount];
  if (
    averageLength.length !== fieldCount ||
    fieldLength.length !== documentCount * fieldCount ||
    starts.length !== terms.length * fieldCount + 1 ||
    total !== ids.length ||
    total !== frequencies.length
  ) {
    throw new Error(BROKEN);
  }
  // Each posting's BM25+ score depends on the index alone, so it is worked out once here, not per question.
  const postingScore = new Float64Array(ids.length);
  for (let term = 0; term < terms.length; term += 1) {
    for (let field = 0; field < fieldCount; field += 1) {
      const from = starts[term * fieldCount + field] ?? 0;
      const to = starts[term * fieldCount + field + 1] ?? 0;
      const idf = Math.log(1 + (documentCount - (to - from) + 0.5) / (to - from + 0.5));
      const average = averageLength[field] ?? 1;
      for (let at = from; at < to; at += 1) {
        const frequency = frequencies[at] ?? 0;
        const length = fieldLength[(ids[at] ?? 0) * fieldCount + field] ?? 0;
        postingScore[at] =
          idf *
          (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
      }
    }
  }
  const termIds = new SearchableMap<number>();
  terms.forEach((term, index) => termIds.set(term, index));

  // One array of each per passage, reused by every question; only the passages a question touched are reset.
  const score = new Float64Array(documentCount);
  const termScore = new Float64Array(documentCount);
  const firstMet = new Int32Array(documentCount).fill(-1);
  const metInTerm = new Int32Array(documentCount).fill(-1);
  /** Distinct query terms each passage matched, counted as its mask bits are set. */
  const distinctMatched = new Uint16Array(documentCount);
  /** The passages one query term met, in the order it met them (`metCount` of them). */
  const met = new Uint32Array(documentCount);
  let metCount = 0;
  let masks = new Uint32Array(documentCount);
  /** The passages the last question matched, first met first (`touchedCount` of them). */
  const touched = new Uint32Array(documentCount);
  let touchedCount = 0;

  /** True when passage `document` has term `term` in field `field`: a binary search of its ascending postings. */
  const has = (term: number, field: number, document: number) => {
    let low = starts[term * fieldCount + field] ?? 0;
    let high = (starts[term * fieldCount + field + 1] ?? 0) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const id = ids[middle] ?? 0;
      if (id === document) return true;
      if (id < document) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  };

  function match(
    queryTerms: readonly QueryTerm[],
    fieldBoost: Readonly<Record<string, number>>,
    documentBoost?: (document: number) => number,
  ): TermMatches {
    for (const document of touched.subarray(0, touchedCount)) {
      score[document] = 0;
      firstMet[document] = -1;
      distinctMatched[document] = 0;
    }
    touchedCount = 0;
    const distinctTerms = [...new Set(queryTerms.map(({ term }) => term))];
    const words = Math.ceil(distinctTerms.length / 32) || 1;
    if (masks.length < documentCount * words) masks = new Uint32Array(documentCount * words);
    else masks.fill(0, 0, documentCount * words);
    const boosts = fields.map((field) => fieldBoost[field] ?? 1);
    /** Index terms each query term was expanded to, for `termsFound` and `matchedInFields`. */
    const derived = new Set<number>();

    queryTerms.forEach((query, queryIndex) => {
      const termIndex = distinctTerms.indexOf(query.term);
      const mask = 1 << (termIndex % 32);
      const word = termIndex >> 5;
      metCount = 0;
      // The inner loops run once per posting of every term a question expands to, so they call nothing they need not.
      const add = (term: number, weight: number) => {
        derived.add(term);
        for (let field = 0; field < fieldCount; field += 1) {
          // Multiplied in MiniSearch's order (term weight, term boost 1, field boost, passage boost, score), bit
          // for bit: the product's first factors are the same for every posting of the field.
          const fieldWeight = weight * 1 * (boosts[field] ?? 1);
          const from = starts[term * fieldCount + field] ?? 0;
          const to = starts[term * fieldCount + field + 1] ?? 0;
          for (let at = from; at < to; at += 1) {
            const document = ids[at] ?? 0;
            const weighted =
              (documentBoost ? fieldWeight * documentBoost(document) : fieldWeight) * (postingScore[at] ?? 0);
            if (metInTerm[document] !== queryIndex) {
              metInTerm[document] = queryIndex;
              termScore[document] = weighted;
              met[metCount] = document;
              metCount += 1;
            } else termScore[document] = (termScore[document] ?? 0) + weighted;
          }
        }
      };

      const exact = termIds.get(query.term);
      if (exact !== undefined) add(exact, 1);
      const prefixed = query.prefix ? termIds.atPrefix(query.term) : undefined;
      const maxDistance =
        query.fuzzy === false
          ? 0
          : query.fuzzy < 1
            ? Math.min(MAX_FUZZY, Math.round(query.term.length * query.fuzzy))
            : query.fuzzy;
      const fuzzy = maxDistance > 0 ? termIds.fuzzyGet(query.term, maxDistance) : undefined;
      if (prefixed) {
        for (const [term, id] of prefixed) {
          const distance = term.length - query.term.length;
          if (!distance) continue;
          fuzzy?.delete(term);
          add(id, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
        }
      }
      if (fuzzy) {
        for (const [term, [id, distance]] of fuzzy) {
          if (!distance) continue;
          add(id, (FUZZY_WEIGHT * term.length) / (term.length + distance));
        }
      }

      // A term's scores are summed apart and then added, as MiniSearch combines one result map per term.
      for (let index = 0; index < metCount; index += 1) {
        const document = met[index] ?? 0;
        metInTerm[document] = -1;
        if (firstMet[document] === -1) {
          firstMet[document] = touchedCount;
          touched[touchedCount] = document;
          touchedCount += 1;
          score[document] = termScore[document] ?? 0;
        } else score[document] = (score[document] ?? 0) + (termScore[document] ?? 0);
        const at = document * words + word;
        const bits = masks[at] ?? 0;
        if ((bits & mask) === 0) {
          masks[at] = bits | mask;
          distinctMatched[document] = (distinctMatched[document] ?? 0) + 1;
        }
      }
    });

    // MiniSearch's `score` counts each distinct query term the passage matched once more.
    const documents = touched.subarray(0, touchedCount);
    for (const document of documents) score[document] = (score[document] ?? 0) * (distinctMatched[document] || 1);
    const found = (document: number, wanted: (field: number) => boolean) =>
      [...derived].filter((term) => fields.some((_, field) => wanted(field) && has(term, field, document)));
    return {
      documents,
      score,
      masks,
      words,
      distinctTerms,
      termsFound: (document) => found(document, () => true).map((term) => terms[term] ?? ""),
      matchedInFields: (document, names) => found(document, (field) => names.has(fields[field] ?? "")).length > 0,
    };
  }

  return { vocabulary: new Set(terms), match };
}
