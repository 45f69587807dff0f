import { readFileSync } from "node:fs";
import path from "node:path";

import { CONTENT_ROOT, contentToday, fromContent, READS_CONTENT_LIVE } from "@/lib/content/live";
import { loadSearchSources } from "@/lib/content/synonyms";

import { buildSearchIndex } from "./build-index";
import { createSearchEngine, type SearchEngine } from "./engine";
import type { SearchIndexFiles } from "./schema";

/** Where `npm run build` writes the search index and its passages (scripts/build-search-index.ts); git ignores them. */
export const SEARCH_INDEX_PATH = path.join(".search", "index.json");
export const SEARCH_PASSAGES_PATH = path.join(".search", "passages.jsonl");

/** The index built from the content as it is now: what `npm run build` writes, and what `next dev` searches. */
export function searchIndexFromContent(): SearchIndexFiles {
  const { library, synonyms } = loadSearchSources({ root: CONTENT_ROOT, today: contentToday() });
  return buildSearchIndex(library, synonyms);
}

/**
 * The search engine. A server loads it from the build's files once per
 * process; `next dev` builds the same files in memory from content/ instead,
 * again after every change, so a writer finds new text without a build and
 * dev serves exactly what a build would.
 */
export const searchEngine: () => SearchEngine = fromContent(() =>
  createSearchEngine(
    READS_CONTENT_LIVE
      ? searchIndexFromContent()
      : {
          index: readFileSync(path.join(process.cwd(), SEARCH_INDEX_PATH), "utf8"),
          passages: readFileSync(path.join(process.cwd(), SEARCH_PASSAGES_PATH)),
        },
  ),
);
