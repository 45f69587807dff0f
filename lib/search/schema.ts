import { z } from "zod";

import { Base64, TermIndexFile } from "./term-index";
import { CareLevel, CareSign, CitedReference, Slug } from "@/lib/content/schema";
import { SearchScope, SynonymGroup } from "@/lib/content/synonyms";

/** One sign search can show, at any level: its care-card line and the words readers use for it. */
export const RedFlagItem = z.object({
  /** The triage item's id (`content/triage.yaml`). */
  id: Slug,
  level: CareLevel,
  /** The sign in a few words, for the compact list shown when no passage answers. */
  short: z.string().min(1),
  readerWords: z.array(z.string().min(1)).min(1),
  nearWords: z.array(z.array(z.array(z.string().min(1)).min(1)).min(2)),
  sameQuestion: z.array(z.array(z.array(z.string().min(1)).min(1)).min(2)),
  notWith: z.array(z.string().min(1)),
  /** The sign as its care card shows it, cited with the numbers of the search page's reference list. */
  sign: CareSign,
});
export type RedFlagItem = z.infer<typeof RedFlagItem>;

/** The heading of one level's care card. */
export const RedFlagCard = z.object({ level: CareLevel, id: Slug, title: z.string().min(1) });
export type RedFlagCard = z.infer<typeof RedFlagCard>;

/**
 * Everything `/search` needs but the passages' text, written once by
 * `scripts/build-search-index.ts` and read once per server process. Nothing
 * here is read from `content/` at request time. A passage's id is its position
 * in the passages file; the index keeps, per passage, only what ranking needs.
 */
export const SearchIndexFile = z.object({
  version: z.literal(2),
  /** The synonym groups the index was built with; queries must be analysed with the same ones. */
  synonyms: z.array(SynonymGroup),
  /** What the articles cover, for the answer gate. */
  scope: SearchScope,
  /**
   * Each passage's article (an index into `slugs`), place (an index into `places`) and number of words, by
   * passage id, and where each line of the passages file ends (in bytes; two lines per passage): Uint32
   * arrays, as in `terms`.
   */
  passages: z.object({
    slugs: z.array(Slug),
    /** `/articles/slug#anchor` of every place a passage sits in: an FAQ question, an h3 or an h2. */
    places: z.array(z.string().min(1)),
    slug: Base64,
    place: Base64,
    words: Base64,
    ends: Base64,
  }),
  redFlags: z.object({
    cards: z.array(RedFlagCard),
    items: z.array(RedFlagItem),
    /** The reference list for every red-flag item, numbered as the items' citations are. */
    references: z.array(CitedReference),
  }),
  terms: TermIndexFile,
});
export type SearchIndexFile = z.infer<typeof SearchIndexFile>;

/**
 * What `npm run build` writes: the index, parsed when a server first searches,
 * and the passages, two JSON lines each (where it sits and its words, then its
 * elements as a syntax tree), kept as bytes; a line is parsed (and checked
 * against its schema) only when a results page shows it. At 1,000 articles the
 * passages are about 100 MB of JSON: parsing them all would take seconds.
 */
export type SearchIndexFiles = { index: string; passages: Buffer };
