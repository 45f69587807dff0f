import path from "node:path";

import MiniSearch from "minisearch";
import { beforeAll, describe, expect, it } from "vitest";

import { readJudgements } from "./search-evaluation";
import { SanitizedHtmlSchema } from "@/lib/content/html";
import { cutPassages, PassageSummary } from "@/lib/content/passages";
import { loadSearchSources, type SearchSynonyms } from "@/lib/content/synonyms";
import type { ContentLibrary } from "@/lib/content/load-content";
import { createAnalyser, isGroupTerm } from "@/lib/search/analyse";
import { buildSearchIndex } from "@/lib/search/build-index";
import { createSearchEngine } from "@/lib/search/engine";
import { FIELD_BOOST, FIELDS, indexedPassage } from "@/lib/search/index-options";
import { buildTermIndex, loadTermIndex, type QueryTerm } from "@/lib/search/term-index";

/**
 * The index search ranks with replaced MiniSearch's, which answered every judged question before; these
 * tests hold it to MiniSearch's scores on the real library, and to failing loudly on files that do not fit.
 */
const ROOT = path.resolve(__dirname, "../../content");
let library: ContentLibrary;
let synonyms: SearchSynonyms;

beforeAll(() => {
  ({ library, synonyms } = loadSearchSources({ root: ROOT, today: new Date().toISOString().slice(0, 10) }));
}, 30_000);

describe("the search index", () => {
  it("scores every passage as MiniSearch's BM25+ does, prefixes, typing slips and a boosted article included", () => {
    const analyser = createAnalyser(synonyms.groups);
    const documents = library.articles.flatMap(cutPassages).map(indexedPassage);
    const miniSearch = new MiniSearch<Record<string, string | number>>({
      fields: FIELDS,
      tokenize: analyser.tokenize,
      processTerm: analyser.processTerm,
    });
    miniSearch.addAll(
      documents.map((fields, id) => ({ id, ...Object.fromEntries(FIELDS.map((f, i) => [f, fields[i] ?? ""])) })),
    );
    const index = loadTermIndex(buildTermIndex(FIELDS, documents, analyser));
    const fuzzy = (term: string) =>
      isGroupTerm(term) ? false : term.length >= 5 ? 0.2 : term.length === 4 ? 1 : false;
    const prefix = (term: string) => !isGroupTerm(term) && term.length >= 4;
    const boost = (id: number) => (id % 7 === 0 ? 1.5 : 1);

    const judgements = readJudgements();
    const questions = [...judgements.answerable.map(({ q }) => q), "hele pian runing", "achilles achilles heel"];
    for (const question of questions) {
      const expected = miniSearch.search(question, { boost: FIELD_BOOST, fuzzy, prefix, boostDocument: boost });
      const terms: QueryTerm[] = analyser
        .tokenize(question)
        .flatMap((token) => [analyser.processTerm(token) ?? []].flat())
        .map((term) => ({ term, prefix: prefix(term), fuzzy: fuzzy(term) }));
      const matches = index.match(terms, FIELD_BOOST, boost);
      expect(matches.documents.length, question).toBe(expected.length);
      for (const result of expected) {
        const id = Number(result.id);
        expect(matches.score[id], `${question}: passage ${id}`).toBeCloseTo(result.score, 9);
        expect(new Set(matches.termsFound(id)), `${question}: passage ${id}`).toEqual(new Set(result.terms));
      }
    }
  });

  it("reads each passage back from its line of the passages file", () => {
    const engine = createSearchEngine(buildSearchIndex(library, synonyms));
    const passages = library.articles.flatMap(cutPassages);
    expect(engine.passageCount).toBe(passages.length);
    // Every string of each article (its HTML chunks among them), ids removed, as a page renders them.
    const strings = (value: unknown): string[] =>
      typeof value === "string"
        ? [value]
        : typeof value === "object" && value
          ? Object.values(value).flatMap(strings)
          : [];
    const articleHtml = new Map(
      library.articles.map((article) => [
        article.slug,
        strings(article)
          .join("\n")
          .replaceAll(/ id="[^"]*"/g, ""),
      ]),
    );
    passages.forEach((stored, id) => {
      const { html, ...read } = engine.passage(id);
      // JSON leaves out fields that are undefined, as the schema does.
      expect(read).toEqual(JSON.parse(JSON.stringify(PassageSummary.parse(stored))));
      // The tree comes back as HTML the sanitiser leaves as it is, the article's own minus the ids.
      expect(SanitizedHtmlSchema.parse(html)).toBe(html);
      expect(html).not.toMatch(/\sid=/);
      expect(articleHtml.get(read.slug)).toContain(html);
    });
    expect(() => engine.passage(passages.length)).toThrow(RangeError);
  });

  it("fails loudly on an index from an older build, or one that does not fit its passages file", () => {
    const files = buildSearchIndex(library, synonyms);
    const older = JSON.stringify({ ...JSON.parse(files.index), version: 1 });
    expect(() => createSearchEngine({ ...files, index: older })).toThrow(/version/);
    const shorter = files.passages.subarray(0, files.passages.length - 1);
    expect(() => createSearchEngine({ ...files, passages: shorter })).toThrow("run `npm run build` again");
  });
});
