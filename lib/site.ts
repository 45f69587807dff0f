/** Site-wide constants. `SITE_URL` sets the public origin used in canonical URLs, the sitemap and share images. */
export const SITE = {
  name: "Heel Pain Guide",
  tagline: "Clear, sourced answers about heel pain after running",
  url: new URL(process.env.SITE_URL ?? "http://localhost:3000").origin,
  locale: "en_US",
  language: "en-US",
  /** Where readers report errors; set `CONTACT_EMAIL` when deploying. */
  contactEmail: process.env.CONTACT_EMAIL ?? "corrections@example.org",
} as const;

/** Absolute URL of a site path, for canonical links, Open Graph and JSON-LD. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, SITE.url).toString();
}

/** Site path of the "where does it hurt?" guide's first step. */
export const GUIDE_PATH = "/where-does-it-hurt";

/** Site path of the site map for people; crawlers read /sitemap.xml. */
export const SITE_MAP_PATH = "/site-map";

/** Where an address under /articles/ that names no article is rendered (pages/article-not-found.tsx). */
export const ARTICLE_NOT_FOUND_PATH = "/article-not-found";

/** The return-to-running plan made from the reader's own numbers (pages/return-to-running/plan.tsx). */
export const PLAN_PATH = "/return-to-running/plan";

/** The search results page, rendered per request from the reader's question. */
export const SEARCH_PATH = "/search";

/** The article whose readers get the plan form (components/article/article-page.tsx). */
export const PLAN_ARTICLE_SLUG = "return-to-running";

/** Site path of an article page. */
export const articlePath = (slug: string) => `/articles/${slug}`;

/** Site path of an exercise programme page. */
export const programmePath = (slug: string) => `/programmes/${slug}`;

/** The full list of warning signs, with every source: the "When to get help" section of its article. */
export const ALL_WARNING_SIGNS_PATH = `${articlePath("when-to-see-a-doctor")}#when-to-get-help`;

/** One step of a breadcrumb trail; the visible trail and its BreadcrumbList structured data share them. */
export type Crumb = { name: string; path: string };
