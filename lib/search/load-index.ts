import { readFileSync } from "node:fs";
import path from "node:path";

import { CONTENT_ROOT, contentToday, fromContent, READS_CONTENT_LIVE } from "@/lib/content/live";
import { loadSearchSources } from "@/lib/content/synonyms";

import { buildSearchIndex } from "./build-index";
import { createSearchEngine, type SearchEngine } from "./engine";
import { SearchIndexFile } from "./schema";

/** Where `npm run build` writes the search index (scripts/build-search-index.ts); git ignores it. */
export const SEARCH_INDEX_PATH = path.join(".search", "index.json");

/** The index built from the content as it is now: what `npm run build` writes, and what `next dev` searches. */
export function searchIndexFromContent(): SearchIndexFile {
  const { library, synonyms } = loadSearchSources({ root: CONTENT_ROOT, today: contentToday() });
  return buildSearchIndex(library, synonyms);
}

/**
 * The search engine. A server loads it from the build's index file once per
 * process; the file is our own build output, still checked against its schema
 * so a stale file from an older build fails loudly instead of half working.
 * `next dev` builds it from content/ instead, again after every change, so a
 * writer finds new text without a build.
 */
export const searchEngine: () => SearchEngine = fromContent(() => {
  // Both go through the same JSON, so dev serves exactly what a build would (JSON drops undefined fields).
  const json = READS_CONTENT_LIVE
    ? JSON.stringify(searchIndexFromContent())
    : readFileSync(path.join(process.cwd(), SEARCH_INDEX_PATH), "utf8");
  return createSearchEngine(SearchIndexFile.parse(JSON.parse(json)));
});
