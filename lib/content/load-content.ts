import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { parseBibliography } from "./bibliography";
import { type ContentIssue, ContentValidationError } from "./issues";
import { parseArticle } from "./parse-article";
import { type Article, type Bibliography, type IsoDate, Slug } from "./schema";
import { PAGE_IDS } from "./syntax";

/** Everything in the content folder, validated. */
export type ContentLibrary = { articles: Article[]; bibliography: Bibliography };

/** Site pages that are not articles; internal links may point at them. */
const OTHER_PAGES = new Set(["/", "/about"]);

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Every id a link may target on an article page. */
function anchorIds(article: Article): Set<string> {
  const ids = new Set<string>([PAGE_IDS.main, PAGE_IDS.contents, PAGE_IDS.references, PAGE_IDS.related]);
  for (const section of article.sections) {
    ids.add(section.id);
    for (const sub of section.subheadings) ids.add(sub.id);
    if (section.kind === "faq") for (const item of section.items) ids.add(item.id);
  }
  return ids;
}

/**
 * Reads `<root>/references.yaml` and every `.md` file under `<root>/articles`
 * (other files are ignored), validates each, then checks the library as a
 * whole. Throws one `ContentValidationError` listing every problem found.
 */
export function loadContent({ root, today }: { root: string; today: IsoDate }): ContentLibrary {
  const issues: ContentIssue[] = [];
  const display = (file: string) => path.relative(process.cwd(), file) || file;

  const bibliographyFile = path.join(root, "references.yaml");
  let bibliography: Bibliography = {};
  if (existsSync(bibliographyFile)) {
    const parsed = parseBibliography(readFileSync(bibliographyFile, "utf8"), display(bibliographyFile));
    bibliography = parsed.bibliography;
    issues.push(...parsed.issues);
  } else {
    issues.push({ file: display(bibliographyFile), field: "(file)", message: "missing" });
  }

  const articles: Article[] = [];
  const citedKeys: string[] = [];
  const fileOf = new Map<string, string>();
  for (const file of markdownFiles(path.join(root, "articles"))) {
    const shown = display(file);
    const slug = path.basename(file, ".md");
    if (!Slug.safeParse(slug).success) {
      issues.push({ file: shown, field: "(file name)", message: "must be lowercase-kebab-case, for example plantar-fasciitis.md" });
      continue;
    }
    const result = parseArticle(readFileSync(file, "utf8"), { file: shown, slug, bibliography, today });
    if (!result.ok) issues.push(...result.issues);
    else citedKeys.push(...result.article.references.map((reference) => reference.key));

    const claimant = fileOf.get(slug);
    if (claimant) issues.push({ file: shown, field: "(file name)", message: `duplicate slug "${slug}" (also ${claimant})` });
    else fileOf.set(slug, shown);
    if (result.ok && !claimant) articles.push(result.article);
  }

  issues.push(...checkLibrary(articles, fileOf));
  const cited = new Set(citedKeys);
  for (const key of Object.keys(bibliography)) {
    if (!cited.has(key)) {
      issues.push({ file: display(bibliographyFile), field: key, message: "listed but never cited by any article" });
    }
  }
  if (issues.length > 0) throw new ContentValidationError(issues);
  return { articles, bibliography };
}

/** Checks that need every article at once: related slugs, links, aliases, unique titles and descriptions. */
function checkLibrary(articles: Article[], fileOf: Map<string, string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const report = (article: Article, field: string, message: string) =>
    issues.push({ file: fileOf.get(article.slug) ?? article.slug, field, message });

  const aliasOwner = new Map<string, string>();
  const descriptionOwner = new Map<string, string>();
  const titleOwner = new Map<string, string>();

  for (const article of articles) {
    const { related, aliases, description, title } = article.frontMatter;
    related.forEach((slug, index) => {
      if (!fileOf.has(slug)) report(article, `related[${index}]`, `unknown article "${slug}"`);
    });
    aliases.forEach((alias, index) => {
      const owner = fileOf.get(alias) ?? aliasOwner.get(alias);
      if (owner) report(article, `aliases[${index}]`, `duplicate slug "${alias}" (also ${owner})`);
      else aliasOwner.set(alias, fileOf.get(article.slug) ?? article.slug);
    });
    for (const [value, owners, field] of [
      [description, descriptionOwner, "description"],
      [title, titleOwner, "title"],
    ] as const) {
      const owner = owners.get(value);
      if (owner) report(article, field, `duplicate ${field} (also ${owner})`);
      else owners.set(value, fileOf.get(article.slug) ?? article.slug);
    }
    for (const link of article.internalLinks) {
      const problem = brokenLinkReason(link, bySlug);
      if (problem) report(article, "body", `broken link "${link}": ${problem}`);
    }
  }
  return issues;
}

function brokenLinkReason(link: string, bySlug: Map<string, Article>): string | undefined {
  const [pathname = "", fragment] = link.split("#", 2);
  if (OTHER_PAGES.has(pathname)) return fragment ? "links to a section of a page that has none" : undefined;
  const slug = /^\/articles\/([^/?#]+)$/.exec(pathname)?.[1];
  const target = slug ? bySlug.get(slug) : undefined;
  if (!target) return "no such page";
  if (fragment && !anchorIds(target).has(fragment)) return `no section "#${fragment}" on that page`;
  return undefined;
}
