import MiniSearch from "minisearch";

import { createAnalyser } from "./analyse";
import { indexedPassage, miniSearchOptions } from "./index-options";
import { SearchIndexFile } from "./schema";
import type { ContentLibrary } from "@/lib/content/load-content";
import { careCardsPart, renderPageParts } from "@/lib/content/page-parts";
import { cutPassages } from "@/lib/content/passages";
import type { SearchSynonyms } from "@/lib/content/synonyms";
import { LEVEL_ORDER } from "@/lib/content/triage";

/**
 * Every sign of the triage data, at every level, as the search page's care
 * cards show them. They are cited together, so they share one numbering and
 * one reference list, whichever of them a question names. The page path is
 * empty: citation links are then `#ref-1`, which stays on the results page
 * with its query, where `/search#ref-1` would open an empty one.
 */
function redFlags({ triage, bibliography }: ContentLibrary): SearchIndexFile["redFlags"] {
  const items = LEVEL_ORDER.flatMap((level) => triage.items.filter((item) => item.level === level));
  const { parts, references } = renderPageParts([["cards", careCardsPart(triage, items)]], {
    bibliography,
    pagePath: "",
  });
  const cards = parts.cards.flatMap((block) => (block.type === "care-card" ? [block] : []));
  const byId = new Map(items.map((item) => [item.id, item]));
  return {
    cards: cards.map(({ level, id, title }) => ({ level, id, title })),
    items: cards.flatMap((card) =>
      card.signs.map((sign) => {
        const item = byId.get(sign.item);
        if (!item) throw new Error(`unreachable: the sign "${sign.item}" was cited from the triage items`);
        const { id, level, short, readerWords, nearWords, sameQuestion, notWith } = item;
        return { id, level, short, readerWords, nearWords, sameQuestion, notWith, sign };
      }),
    ),
    references,
  };
}

/**
 * Builds everything `/search` needs from the validated content: the passages,
 * their MiniSearch index and the red-flag cards. Pure: the caller reads the
 * content and writes the result.
 */
export function buildSearchIndex(library: ContentLibrary, synonyms: SearchSynonyms): SearchIndexFile {
  const analyser = createAnalyser(synonyms.groups);
  const passages = library.articles.flatMap(cutPassages);
  const documents = passages.map(indexedPassage);
  const miniSearch = new MiniSearch(miniSearchOptions(analyser));
  miniSearch.addAll(documents);

  const vocabulary = new Set<string>();
  for (const document of documents) {
    const terms = new Set(
      [document.question, document.heading, document.title, document.text]
        .flatMap(analyser.tokenize)
        .flatMap((token) => [analyser.processTerm(token) ?? []].flat()),
    );
    for (const term of terms) vocabulary.add(term);
  }

  return SearchIndexFile.parse({
    version: 1,
    synonyms: synonyms.groups,
    scope: synonyms.scope,
    passages,
    vocabulary: [...vocabulary].sort(),
    redFlags: redFlags(library),
    miniSearch: miniSearch.toJSON(),
  });
}
