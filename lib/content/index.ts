import "server-only";

import path from "node:path";

import { type ContentLibrary, loadContent } from "./load-content";
import type { Article, Topic } from "./schema";

export type { Article, CareLevel, CitedReference, ContentBlock, FaqItem, Section, Topic } from "./schema";
export { PAGE_IDS } from "./syntax";

let library: ContentLibrary | undefined;

/** The validated content, loaded once per build process from `content/`. */
function contentLibrary(): ContentLibrary {
  library ??= loadContent({
    root: path.join(process.cwd(), "content"),
    today: new Date().toISOString().slice(0, 10),
  });
  return library;
}

/** Hub order of topics, most useful first for a runner in pain. */
export const TOPIC_ORDER: readonly Topic[] = [
  "overview",
  "causes",
  "treatment",
  "prevention",
  "risk-factors",
  "complications",
  "guide",
];

/** Every article, in hub order (by topic, then title). */
export function getAllArticles(): Article[] {
  return [...contentLibrary().articles].sort(
    (a, b) =>
      TOPIC_ORDER.indexOf(a.frontMatter.topic) - TOPIC_ORDER.indexOf(b.frontMatter.topic) ||
      a.frontMatter.title.localeCompare(b.frontMatter.title, "en"),
  );
}

/** The article with this slug, or undefined; never touches the file system with the slug. */
export function getArticleBySlug(slug: string): Article | undefined {
  return contentLibrary().articles.find((article) => article.slug === slug);
}
