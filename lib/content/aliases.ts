import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { splitFrontMatter } from "./front-matter";
import { articlePath } from "../site";

/** One permanent redirect from a former article URL to the current one. */
export type AliasRedirect = { source: string; destination: string; permanent: true };

/**
 * Redirects from each article's `aliases` (its former slugs). Reads only the
 * front matter, with light dependencies, because `next.config.ts` calls it
 * before the app is compiled; the full loader validates aliases at build.
 */
export function loadAliasRedirects(contentRoot: string): AliasRedirect[] {
  const dir = path.join(contentRoot, "articles");
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .flatMap((entry) => {
      const { data } = splitFrontMatter(readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
      const aliases: unknown = data.aliases;
      const slug = path.basename(entry.name, ".md");
      return Array.isArray(aliases)
        ? aliases
            .filter((alias): alias is string => typeof alias === "string")
            .map((alias) => ({ source: articlePath(alias), destination: articlePath(slug), permanent: true as const }))
        : [];
    });
}
