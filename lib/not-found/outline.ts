import { readFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

import type { ContentLibrary } from "@/lib/content/load-content";
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
 * `scripts/build-search-index.ts` next to the search index and read once per
 * server process by pages/article-not-found.tsx.
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

let outline: SiteOutlineFile | undefined;

/** The outline, loaded once per server process and checked against its schema, so a stale file fails loudly. */
export function siteOutline(): SiteOutlineFile {
  outline ??= SiteOutlineFile.parse(JSON.parse(readFileSync(path.join(process.cwd(), SITE_OUTLINE_PATH), "utf8")));
  return outline;
}
