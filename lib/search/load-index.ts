import { readFileSync } from "node:fs";
import path from "node:path";

import { createSearchEngine, type SearchEngine } from "./engine";
import { SearchIndexFile } from "./schema";

/** Where `npm run build` writes the search index (scripts/build-search-index.ts); git ignores it. */
export const SEARCH_INDEX_PATH = path.join(".search", "index.json");

let engine: SearchEngine | undefined;

/**
 * The search engine, loaded from the index file once per server process.
 * The file is our own build output; it is still checked against its schema,
 * so a stale file from an older build fails loudly instead of half working.
 */
export function searchEngine(): SearchEngine {
  engine ??= createSearchEngine(
    SearchIndexFile.parse(JSON.parse(readFileSync(path.join(process.cwd(), SEARCH_INDEX_PATH), "utf8"))),
  );
  return engine;
}
