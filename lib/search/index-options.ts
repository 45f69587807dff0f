import type { Options } from "minisearch";

import type { Analyser } from "./analyse";
import type { ArticlePassage } from "@/lib/content/passages";

/** What MiniSearch indexes for one passage; `id` is the passage's position in the index file. */
export type IndexedPassage = { id: number; question: string; heading: string; title: string; text: string };

/**
 * The fields a passage is found by. A match in an FAQ question, a heading or
 * the article title says more about what the passage answers than a match in
 * its text (question entailment: a reader's question is most often a
 * rephrasing of a question we already answer).
 */
export const FIELD_BOOST = { question: 3, heading: 2, title: 1.5, text: 1 } as const;

/** The passage's fields; the generic headings of FAQ and takeaway sections say nothing about it and are left out. */
export function indexedPassage(passage: ArticlePassage, id: number): IndexedPassage {
  const section = passage.kind === "body" ? passage.section?.title : undefined;
  return {
    id,
    question: passage.question?.title ?? "",
    heading: [section, passage.subheading?.title].filter(Boolean).join(" "),
    title: passage.articleTitle,
    text: passage.text,
  };
}

/** MiniSearch options; the index build and the loader must pass the same ones. */
export function miniSearchOptions(analyser: Analyser): Options<IndexedPassage> {
  return {
    fields: Object.keys(FIELD_BOOST),
    idField: "id",
    tokenize: analyser.tokenize,
    processTerm: analyser.processTerm,
  };
}
