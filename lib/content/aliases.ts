import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { splitFrontMatter } from "./front-matter";
import { articlePath } from "../site";

/** One permanent redirect from a former article URL to the current one. */
export type AliasRedirect = { source: string; destination: string; permanent: true };

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
