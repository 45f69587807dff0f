import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { splitFrontMatter } from "./front-matter";
import { articlePath } from "../site";

/** One permanent redirect from a former article URL to the current one. */
type AliasRedirect = { source: string; destination: string; permanent: true };

/** An article file's slug and the former slugs in its front matter. */
type ArticleRoute = { slug: string; aliases: string[] };

/**
 * Each article's slug and `aliases` (its former slugs). Reads only the front
 * matter, with light dependencies, because `next.config.ts` calls it before
 * the app is compiled; the full loader validates aliases at build.
 */
export function loadArticleRoutes(contentRoot: string): ArticleRoute[] {
  const dir = path.join(contentRoot, "articles");
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => {
      const { data } = splitFrontMatter(readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
      const aliases: unknown = data.aliases;
      return {
        slug: path.basename(entry.name, ".md"),
        aliases: Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === "string") : [],
      };
    });
}

/** Redirects from each article's former slugs to its current URL. */
export function aliasRedirects(routes: readonly ArticleRoute[]): AliasRedirect[] {
  return routes.flatMap(({ slug, aliases }) =>
    aliases.map((alias) => ({ source: articlePath(alias), destination: articlePath(slug), permanent: true as const })),
  );
}

/** One rewrite rule as next.config.ts returns it. */
export type ArticleRewrite = { source: string; destination: string };

/**
 * Longest list of slugs in one rule's `source`. Next.js refuses a rule whose
 * built regex passes 4,096 characters; this leaves room for what it adds.
 */
const MAX_SLUGS_LENGTH = 3000;

/**
 * One path segment: slugs are [a-z0-9-] and need no escaping. Percent-escapes
 * must be ASCII (%20, %3C): a malformed one (%ZZ, %E0%A4%A) is left to Next.js,
 * which answers it with the 400 page, and non-ASCII ones with the plain 404.
 */
const ANY_SEGMENT = "(?:[^/%]|%[0-7][0-9A-Fa-f])+";

/**
 * The rewrites under /articles/. Each article's slug first goes to itself:
 * Next.js then serves the prerendered article and stops looking. Anything
 * else goes to the article 404 (`notFoundPath`), which suggests the closest
 * pages; without it the dynamic route would answer with the generic
 * not-found page. Former slugs never get here: their redirects run first.
 * The slugs are split over as many rules as keep each under Next.js's limit,
 * so the rules grow with the library instead of failing the build (one rule
 * excluding every slug outgrew the limit at about 150 articles).
 */
export function articleRewrites(routes: readonly ArticleRoute[], notFoundPath: string): ArticleRewrite[] {
  const groups: string[][] = [];
  for (const { slug } of routes) {
    const last = groups.at(-1);
    if (last && [...last, slug].join("|").length <= MAX_SLUGS_LENGTH) last.push(slug);
    else groups.push([slug]);
  }
  return [
    ...groups.map((slugs) => ({
      source: articlePath(`:slug(${slugs.join("|")})`),
      destination: articlePath(":slug"),
    })),
    { source: articlePath(`:slug(${ANY_SEGMENT})`), destination: `${notFoundPath}?slug=:slug` },
  ];
}

/**
 * The one rewrite `next dev` needs, since it re-reads content on every reload
 * and its routes are fixed when it starts. A fallback rewrite runs only after
 * the article route has turned the address down (a slug its
 * generateStaticParams does not list, read afresh), so a new article is served
 * and anything else reaches the article 404, which also redirects former slugs.
 */
export function devArticleRewrites(notFoundPath: string): ArticleRewrite[] {
  return [{ source: articlePath(`:slug(${ANY_SEGMENT})`), destination: `${notFoundPath}?slug=:slug` }];
}
