import { createAnalyser } from "./analyse";
import { FIELDS, indexedPassage } from "./index-options";
import { passageHref } from "./place";
import { SearchIndexFile, type SearchIndexFiles } from "./schema";
import { buildTermIndex, toBase64 } from "./term-index";
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

/** Each distinct value once, in order of first use, and each item's index into that list. */
function numbered(values: readonly string[]): { distinct: string[]; index: number[] } {
  const at = new Map<string, number>();
  const index = values.map((value) => {
    let found = at.get(value);
    if (found === undefined) at.set(value, (found = at.size));
    return found;
  });
  return { distinct: [...at.keys()], index };
}

/**
 * Builds everything `/search` needs from the validated content: the passages,
 * their index and the red-flag cards, as the two files the server reads. Pure:
 * the caller reads the content and writes the files.
 */
export function buildSearchIndex(library: ContentLibrary, synonyms: SearchSynonyms): SearchIndexFiles {
  const analyser = createAnalyser(synonyms.groups);
  const passages = library.articles.flatMap(cutPassages);
  // A results list reads only the first line of a passage; the elements are read when a page quotes it.
  const lines = passages.flatMap(({ nodes, ...summary }) =>
    [summary, nodes].map((part) => Buffer.from(`${JSON.stringify(part)}\n`)),
  );
  const ends: number[] = [];
  lines.reduce((end, line) => {
    ends.push(end + line.length);
    return end + line.length;
  }, 0);
  const slugs = numbered(passages.map((passage) => passage.slug));
  const places = numbered(passages.map(passageHref));

  const index = SearchIndexFile.parse({
    version: 2,
    synonyms: synonyms.groups,
    scope: synonyms.scope,
    passages: {
      slugs: slugs.distinct,
      places: places.distinct,
      slug: toBase64(Uint32Array.from(slugs.index)),
      place: toBase64(Uint32Array.from(places.index)),
      words: toBase64(Uint32Array.from(passages, (passage) => passage.text.split(" ").length)),
      ends: toBase64(Uint32Array.from(ends)),
    },
    redFlags: redFlags(library),
    terms: buildTermIndex(FIELDS, passages.map(indexedPassage), analyser),
  });
  return { index: JSON.stringify(index), passages: Buffer.concat(lines) };
}
