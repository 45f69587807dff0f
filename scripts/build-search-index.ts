/**
 * Build step (run by `npm run build` before `next build`): reads and checks
 * the content, cuts it into passages, builds the search index and the
 * red-flag cards, and writes them to .search/index.json and the passages to
 * .search/passages.jsonl for /search; writes
 * the site outline to .search/site-outline.json for the article 404, and the
 * return-to-running plan's cited rules and care cards to
 * .search/plan-sources.json for /return-to-running/plan.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { ContentValidationError, formatIssue } from "@/lib/content/issues";
import { CONTENT_ROOT, contentToday } from "@/lib/content/live";
import { loadSearchSources } from "@/lib/content/synonyms";
import { buildSearchIndex } from "@/lib/search/build-index";
import { buildSiteOutline, SITE_OUTLINE_PATH } from "@/lib/not-found/outline";
import { buildPlanSources, PLAN_SOURCES_PATH } from "@/lib/plan/plan-sources";
import { SEARCH_INDEX_PATH, SEARCH_PASSAGES_PATH } from "@/lib/search/load-index";

const started = performance.now();
try {
  const { library, synonyms } = loadSearchSources({
    root: CONTENT_ROOT,
    today: contentToday(),
  });
  const { index, passages } = buildSearchIndex(library, synonyms);
  mkdirSync(path.dirname(SEARCH_INDEX_PATH), { recursive: true });
  writeFileSync(SEARCH_INDEX_PATH, index);
  writeFileSync(SEARCH_PASSAGES_PATH, passages);
  writeFileSync(SITE_OUTLINE_PATH, JSON.stringify(buildSiteOutline(library)));
  writeFileSync(PLAN_SOURCES_PATH, JSON.stringify(buildPlanSources(library)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Search index: ${Math.round(index.length / 1024)} KB, passages ${Math.round(passages.length / 1024)} KB, ` +
      `written to ${SEARCH_INDEX_PATH} and ${SEARCH_PASSAGES_PATH} in ${seconds} s`,
  );
} catch (error) {
  console.error(error instanceof ContentValidationError ? error.issues.map(formatIssue).join("\n") : error);
  process.exit(1);
}
