import { readFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

import { CONTENT_ROOT, contentToday, fromContent, READS_CONTENT_LIVE } from "@/lib/content/live";
import { type ContentLibrary, loadContent } from "@/lib/content/load-content";
import { Slug } from "@/lib/content/schema";

/** One article as the "page not found" page knows it: enough to match a mistyped or guessed address. */
export const OutlineArticle = z.object({
  slug: Slug,
  title: z.string().min(1),
  /** Former slugs, which redirect to this article. */
  aliases: z.array(Slug),
  sections: z.array(z.object({ id: Slug, title: z.string().min(1) })),
});
export type OutlineArticle = z.infer<typeof OutlineArticle>;

/**
 * Every article's slug, aliases, title and section headings, written by
 * `scripts/build-search-index.ts` next to the search index for
 * pages/article-not-found.tsx.
 */
export const SiteOutlineFile = z.object({ version: z.literal(1), articles: z.array(OutlineArticle) });
export type SiteOutlineFile = z.infer<typeof SiteOutlineFile>;

/** Where `npm run build` writes the outline; git ignores `.search/`. */
export const SITE_OUTLINE_PATH = path.join(".search", "site-outline.json");

export function buildSiteOutline(library: ContentLibrary): SiteOutlineFile {
  return SiteOutlineFile.parse({
    version: 1,
    articles: library.articles.map((article) => ({
      slug: article.slug,
      title: article.frontMatter.title,
      aliases: article.frontMatter.aliases,
      sections: article.sections.map(({ id, title }) => ({ id, title })),
    })),
  });
}

/**
 * The outline. A server loads it from the build's file once per process,
 * checked against its schema so a stale file fails loudly; `next dev` makes
 * it from content/ instead, again after every change.
 */
export const siteOutline: () => SiteOutlineFile = fromContent(() =>
  READS_CONTENT_LIVE
    ? buildSiteOutline(loadContent({ root: CONTENT_ROOT, today: contentToday() }))
    : SiteOutlineFile.parse(JSON.parse(readFileSync(path.join(process.cwd(), SITE_OUTLINE_PATH), "utf8"))),
);
