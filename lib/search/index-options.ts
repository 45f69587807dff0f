import type { IndexedDocument } from "./term-index";
import type { PassageSummary } from "@/lib/content/passages";

/**
 * The fields a passage is found by. A match in an FAQ question, a heading or
 * the article title says more about what the passage answers than a match in
 * its text (question entailment: a reader's question is most often a
 * rephrasing of a question we already answer).
 */
export const FIELD_BOOST = { question: 3, heading: 2, title: 1.5, text: 1 } as const;

/** The indexed fields, in the order the index stores them. */
export const FIELDS = Object.keys(FIELD_BOOST) as (keyof typeof FIELD_BOOST)[];

/** The passage's fields; the generic headings of FAQ and takeaway sections say nothing about it and are left out. */
export function indexedPassage(passage: PassageSummary): IndexedDocument {
  const section = passage.kind === "body" ? passage.section?.title : undefined;
  const fields: Record<(typeof FIELDS)[number], string> = {
    question: passage.question?.title ?? "",
    heading: [section, passage.subheading?.title].filter(Boolean).join(" "),
    title: passage.articleTitle,
    text: passage.text,
  };
  return FIELDS.map((field) => fields[field]);
}
