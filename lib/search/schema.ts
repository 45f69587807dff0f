import { z } from "zod";

import { ArticlePassage } from "@/lib/content/passages";
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
 * Everything `/search` needs, written once by `scripts/build-search-index.ts`
 * and read once per server process. Nothing here is read from `content/` at
 * request time.
 */
export const SearchIndexFile = z.object({
  version: z.literal(1),
  /** The synonym groups the index was built with; queries must be analysed with the same ones. */
  synonyms: z.array(SynonymGroup),
  /** What the articles cover, for the answer gate. */
  scope: SearchScope,
  /** Every quotable passage; a passage's MiniSearch id is its position here. */
  passages: z.array(ArticlePassage),
  /**
   * Every term in the index, sorted: a word outside it may be a typing slip
   * ("hele" for "heel", "diabetis" for "diabetes").
   */
  vocabulary: z.array(z.string()),
  redFlags: z.object({
    cards: z.array(RedFlagCard),
    items: z.array(RedFlagItem),
    /** The reference list for every red-flag item, numbered as the items' citations are. */
    references: z.array(CitedReference),
  }),
  /** MiniSearch's own serialised index (`toJSON`); MiniSearch checks it when loading. */
  miniSearch: z.record(z.string(), z.unknown()),
});
export type SearchIndexFile = z.infer<typeof SearchIndexFile>;
