import MiniSearch from "minisearch";

import { createAnalyser } from "./analyse";
import { indexedPassage, miniSearchOptions } from "./index-options";
import { SearchIndexFile } from "./schema";
import { careCardItems } from "@/lib/content/care-card-items";
import { careCardsForPage } from "@/lib/content/page-markdown";
import type { ContentLibrary } from "@/lib/content/load-content";
import { cutPassages } from "@/lib/content/passages";
import type { SearchSynonyms } from "@/lib/content/synonyms";
import { LEVEL_ORDER } from "@/lib/content/triage";

/**
 * Every sign of the triage data, at every level, pre-rendered as the search page shows them. All of them
 * go through `careCardsForPage` together, so their citations share one
 * numbering and one reference list, whichever of them a question names. The
 * page path is empty: citation links are then `#ref-1`, which stays on the
 * results page with its query, where `/search#ref-1` would open an empty one.
 */
function redFlags({ triage, bibliography }: ContentLibrary): SearchIndexFile["redFlags"] {
  const items = LEVEL_ORDER.flatMap((level) => triage.items.filter((item) => item.level === level));
  const { cards, references } = careCardsForPage(triage, items, { bibliography, pagePath: "" });
  const rendered = cards.flatMap((card) => {
    const inLevel = items.filter((item) => item.level === card.level);
    const lines = careCardItems(card);
    return inLevel.map((item, index) => {
      const line = lines[index];
      // careCardMarkdown writes one list item per sign, in order; anything else is a bug, not bad content.
      if (!line || lines.length !== inLevel.length) {
        throw new Error(`the ${card.level} care card has ${lines.length} signs, but triage.yaml has ${inLevel.length}`);
      }
      const { id, level, short, readerWords, nearWords, sameQuestion, notWith } = item;
      return { id, level, short, readerWords, nearWords, sameQuestion, notWith, ...line };
    });
  });
  return {
    cards: cards.map(({ level, id, title }) => ({ level, id, title })),
    items: rendered,
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
