import type { MetadataRoute } from "next";

import { getAllArticles, getAllProgrammes } from "@/lib/content";
import { GUIDE_PATH, SITE_MAP_PATH, absoluteUrl, articlePath, programmePath } from "@/lib/site";

/** Every indexable page. `lastModified` is the content's review date, not the build time, so rebuilds do not fake freshness. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getAllArticles();
  const latestReview = articles
    .map((article) => article.frontMatter.reviewed)
    .sort()
    .at(-1);
  return [
    { url: absoluteUrl("/"), ...(latestReview ? { lastModified: latestReview } : {}) },
    { url: absoluteUrl("/about") },
    { url: absoluteUrl(GUIDE_PATH) },
    { url: absoluteUrl(SITE_MAP_PATH) },
    ...articles.map((article) => ({
      url: absoluteUrl(articlePath(article.slug)),
      lastModified: article.frontMatter.reviewed,
    })),
    ...getAllProgrammes().map((programme) => ({
      url: absoluteUrl(programmePath(programme.slug)),
      lastModified: programme.reviewed,
    })),
  ];
}
