import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { parseBibliography } from "./bibliography";
import { type LoadedFigure, parseFigures } from "./figures";
import { type ContentIssue, ContentValidationError, fieldPath } from "./issues";
import { parseArticle, type ParseResult } from "./parse-article";
import { GUIDE_PATH, programmePath } from "../site";
import { parseGuide } from "./guide";
import { parseHomePage } from "./home";
import { parseProgramme } from "./programmes";
import type { Programme } from "./programme-schema";
import { parseReturnToRunningPlan } from "./return-to-running-plan";
import {
  type Article,
  type Bibliography,
  type Guide,
  type HomePage,
  type IsoDate,
  type PlanText,
  Slug,
  type Triage,
} from "./schema";
import { CITATION_PATTERN, citationKeys, FIGURE_USES, PAGE_IDS, referenceId } from "./syntax";
import { isShownOnAnyPage, parseTriage } from "./triage";

/** Everything in the content folder, validated. */
export type ContentLibrary = {
  articles: Article[];
  bibliography: Bibliography;
  triage: Triage;
  guide: Guide;
  home: HomePage;
  /** The return-to-running plan's words, rules and sources. */
  plan: PlanText;
  /** Every exercise programme, by file name. */
  programmes: Programme[];
  /** Every checked drawing, by id, each placed in at least one article or on a guide answer card. */
  figures: Map<string, LoadedFigure>;
};

/** `file:line` of a field of a YAML file, by its path. */
type Where = (path: readonly PropertyKey[]) => string;

const missing = (file: string): ContentIssue => ({ file, field: "(file)", message: "missing; restore it from git" });

/** Site pages that are not articles or programmes; internal links may point at them. */
const OTHER_PAGES = new Set(["/", "/about", GUIDE_PATH]);

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
    if ("blocks" in section) for (const block of section.blocks) if (block.type === "care-card") ids.add(block.id);
  }
  for (const reference of article.references) ids.add(referenceId(reference.number));
  return ids;
}

/** Every `.yaml` file directly in `dir`, sorted. */
function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".yaml"))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** Every `.svg` file directly in `dir`, by id (its name without `.svg`). */
function svgFiles(dir: string, display: (file: string) => string): Map<string, { source: string; file: string }> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".svg"))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => {
        const file = path.join(dir, entry.name);
        return [path.basename(entry.name, ".svg"), { source: readFileSync(file, "utf8"), file: display(file) }];
      }),
  );
}

/**
 * Reads `<root>/references.yaml`, `triage.yaml`, `guide.yaml`, `home.yaml`,
 * `return-to-running-plan.yaml`, `figures.yaml` with the drawings in `<root>/figures`, and every `.md` file
 * under `<root>/articles` (other files are ignored), validates each, then
 * checks the library as a whole. Throws one `ContentValidationError` listing
 * every problem found.
 */
export function loadContent({ root, today }: { root: string; today: IsoDate }): ContentLibrary {
  const issues: ContentIssue[] = [];
  const display = (file: string) => path.relative(process.cwd(), file) || file;

  const bibliographyFile = path.join(root, "references.yaml");
  let bibliography: Bibliography = {};
  let bibliographyLine: Where = () => display(bibliographyFile);
  if (existsSync(bibliographyFile)) {
    const parsed = parseBibliography(readFileSync(bibliographyFile, "utf8"), display(bibliographyFile));
    bibliography = parsed.bibliography;
    bibliographyLine = parsed.where;
    issues.push(...parsed.issues);
  } else {
    issues.push(missing(display(bibliographyFile)));
  }

  const triageFile = path.join(root, "triage.yaml");
  let triage: Triage | undefined;
  let triageLine: Where = () => display(triageFile);
  if (existsSync(triageFile)) {
    const parsed = parseTriage(readFileSync(triageFile, "utf8"), display(triageFile), bibliography);
    triage = parsed.triage;
    triageLine = parsed.where;
    issues.push(...parsed.issues);
  } else {
    issues.push(missing(display(triageFile)));
  }
  // Every article's care cards come from the triage data: without it, article problems would only be knock-on errors.
  if (!triage) throw new ContentValidationError(issues);

  const figuresFile = path.join(root, "figures.yaml");
  let figures = new Map<string, LoadedFigure>();
  let figureLines = new Map<string, number>();
  const figureKeys: string[] = [];
  if (existsSync(figuresFile)) {
    const parsed = parseFigures(readFileSync(figuresFile, "utf8"), display(figuresFile), {
      svgs: svgFiles(path.join(root, "figures"), display),
      bibliography,
    });
    figures = parsed.figures;
    figureLines = parsed.lines;
    figureKeys.push(...parsed.citedKeys);
    issues.push(...parsed.issues);
  } else {
    issues.push(missing(display(figuresFile)));
  }
  const figureContext = {
    figures: new Map([...figures].flatMap(([id, loaded]) => (loaded.decorative ? [] : [[id, loaded.figure] as const]))),
    figureIds: new Set(figureLines.keys()),
  };
  const placedFigures = new Set<string>();
  const decorative = (id: string) => figures.get(id)?.decorative === true;

  const articles: Article[] = [];
  const citedKeys: string[] = [];
  const fileOf = new Map<string, string>();
  const parsedFiles: ParsedFile[] = [];
  const files = markdownFiles(path.join(root, "articles"));
  const articleSlugs = new Set(files.map((file) => path.basename(file, ".md")));
  for (const file of files) {
    const shown = display(file);
    const slug = path.basename(file, ".md");
    if (!Slug.safeParse(slug).success) {
      issues.push({
        file: shown,
        field: "(file name)",
        message: "must be lowercase-kebab-case, for example plantar-fasciitis.md; rename the file",
      });
      continue;
    }
    const source = readFileSync(file, "utf8");
    // Read from the source, so an article with other problems still counts as citing its works.
    for (const match of source.matchAll(CITATION_PATTERN)) citedKeys.push(...citationKeys(match[1] ?? ""));
    for (const match of source.matchAll(FIGURE_USES)) {
      const id = match[1] ?? "";
      placedFigures.add(id);
      // Without alt text, a picture in an article would tell a reader who cannot see it nothing.
      if (decorative(id))
        issues.push({
          file: `${shown}:${source.slice(0, match.index).split("\n").length}`,
          field: `figure "${id}"`,
          message:
            'has alt: "" in content/figures.yaml, so only a guide answer card, whose words say what it shows, may show it; give it alt text and a caption to place it here',
        });
    }
    const result = parseArticle(source, {
      file: shown,
      slug,
      bibliography,
      triage,
      today,
      articleSlugs,
      ...figureContext,
    });
    if (!result.ok) issues.push(...result.issues);

    const claimant = fileOf.get(slug);
    if (claimant) {
      issues.push({
        file: shown,
        field: "(file name)",
        message: `duplicate slug "${slug}" (also ${claimant}); rename one file`,
      });
    } else fileOf.set(slug, shown);
    parsedFiles.push({ file: shown, result });
    if (result.ok && !claimant) articles.push(result.article);
  }

  const programmes: Programme[] = [];
  const programmeKeys: string[] = [];
  const sectionLinks: { where: string; ref: string; file: string }[] = [];
  const programmeLinks: { href: string; where: string; file: string }[] = [];
  // Every programme file with a good name is a page links may point to, even one with problems of its own.
  const programmeSlugs: string[] = [];
  for (const file of yamlFiles(path.join(root, "programmes"))) {
    const shown = display(file);
    const slug = path.basename(file, ".yaml");
    if (!Slug.safeParse(slug).success) {
      issues.push({
        file: shown,
        field: "(file name)",
        message: "must be lowercase-kebab-case, for example plantar-heel-pain.yaml; rename the file",
      });
      continue;
    }
    programmeSlugs.push(slug);
    const parsed = parseProgramme(readFileSync(file, "utf8"), shown, slug, {
      bibliography,
      triage,
      figureIds: figureContext.figureIds,
      today,
    });
    issues.push(...parsed.issues);
    programmeKeys.push(...parsed.citedKeys);
    programmeLinks.push(...parsed.links.map((link) => ({ ...link, file: parsed.lineOf(link.where) })));
    if (parsed.programme) {
      programmes.push(parsed.programme);
      sectionLinks.push({ where: "article", ref: parsed.programme.article, file: parsed.lineOf("article") });
    }
  }
  const pages = new Set([...OTHER_PAGES, ...programmeSlugs.map(programmePath)]);

  issues.push(...checkLibrary(articles, parsedFiles, fileOf, pages));
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  for (const { href, where, file } of programmeLinks) {
    const problem = brokenLinkReason(href, bySlug, fileOf, pages);
    if (problem) issues.push({ file, field: where, message: `broken link "${href}": ${problem}` });
  }

  const guideFile = path.join(root, "guide.yaml");
  let guide: Guide | undefined;
  const guideKeys: string[] = [];
  if (existsSync(guideFile)) {
    const parsed = parseGuide(readFileSync(guideFile, "utf8"), display(guideFile), { bibliography, triage });
    guide = parsed.guide;
    guideKeys.push(...parsed.citedKeys);
    sectionLinks.push(...parsed.sectionLinks.map((link) => ({ ...link, file: parsed.lineOf(link.where) })));
    issues.push(...parsed.issues);
    for (const { where, id } of parsed.answerFigures) {
      placedFigures.add(id);
      const file = parsed.lineOf(where);
      if (!figureLines.has(id))
        issues.push({
          file,
          field: where,
          message: `unknown figure "${id}" (not in content/figures.yaml); use a figure's id`,
        });
      else if (figures.has(id) && !decorative(id))
        issues.push({
          file,
          field: where,
          message: `figure "${id}" has alt text, but the card's words already say where it hurts; a card's picture has alt: "" in content/figures.yaml`,
        });
    }
  } else {
    issues.push(missing(display(guideFile)));
  }
  const homeFile = path.join(root, "home.yaml");
  let home: HomePage | undefined;
  if (existsSync(homeFile)) {
    const parsed = parseHomePage(readFileSync(homeFile, "utf8"), display(homeFile));
    home = parsed.home;
    issues.push(...parsed.issues);
    (home?.startHere ?? []).forEach(({ link }, index) =>
      sectionLinks.push({
        where: `startHere[${index}].link`,
        ref: link,
        file: parsed.where(["startHere", index, "link"]),
      }),
    );
  } else {
    issues.push(missing(display(homeFile)));
  }

  const planFile = path.join(root, "return-to-running-plan.yaml");
  let plan: PlanText | undefined;
  const planKeys: string[] = [];
  if (existsSync(planFile)) {
    const parsed = parseReturnToRunningPlan(readFileSync(planFile, "utf8"), display(planFile), {
      bibliography,
      triage,
    });
    plan = parsed.plan;
    planKeys.push(...parsed.citedKeys);
    issues.push(...parsed.issues);
  } else {
    issues.push(missing(display(planFile)));
  }

  for (const { where, ref, file } of sectionLinks) {
    const [slug = "", fragment = ""] = ref.split("#");
    const target = bySlug.get(slug);
    // An article that failed to parse has its own problems reported.
    if (!target && fileOf.has(slug)) continue;
    if (!target)
      issues.push({ file, field: where, message: `"${ref}": no article "${slug}"; use an article's file name` });
    else if (!anchorIds(target).has(fragment)) {
      issues.push({
        file,
        field: where,
        message: `"${ref}": no section "#${fragment}" in that article; use the id of one of its headings`,
      });
    }
  }

  const guideItems = new Set(
    guide
      ? Object.values(guide.outcomes).flatMap((outcome) => (outcome.kind === "get-help" ? outcome.triage : []))
      : [],
  );
  const conditionLists = [
    ...articles.map((article) => article.frontMatter.conditions),
    ...programmes.map((programme) => programme.conditions),
  ];
  triage.items.forEach((item, index) => {
    if (!isShownOnAnyPage(item, conditionLists) && !guideItems.has(item.id)) {
      issues.push({
        file: triageLine(["items", index]),
        field: `items[${index}] "${item.id}"`,
        message: `no article lists any of its conditions (${item.appliesTo.join(", ")}), so no page shows it; add one to an article's conditions`,
      });
    }
  });
  for (const [id, line] of figureLines) {
    if (!placedFigures.has(id)) {
      issues.push({
        file: `${display(figuresFile)}:${line}`,
        field: id,
        message: decorative(id)
          ? `not on any guide answer card; give an answer figure: ${id}, or remove it`
          : `not placed in any article; place it with ![[figure:${id}]] or remove it`,
      });
    }
  }
  const cited = new Set([
    ...citedKeys,
    ...triage.items.flatMap((item) => item.cite),
    ...guideKeys,
    ...figureKeys,
    ...planKeys,
    ...programmeKeys,
  ]);
  for (const key of Object.keys(bibliography)) {
    if (!cited.has(key)) {
      issues.push({
        file: bibliographyLine([key]),
        field: key,
        message: "listed but never cited by any article, the guide, a figure or the plan; cite it or remove it",
      });
    }
  }
  if (issues.length > 0 || !guide || !home || !plan) throw new ContentValidationError(issues);
  return { articles, bibliography, triage, guide, home, plan, programmes, figures };
}

/** One article file as the parser left it: its article or problems, its field lines and its links. */
type ParsedFile = { file: string; result: ParseResult };

/**
 * Checks that need every article at once: aliases, unique titles and
 * descriptions, and links, each reported at its line. Links are checked in
 * articles with other problems too, so fixing one problem never reveals another.
 */
function checkLibrary(
  articles: Article[],
  parsedFiles: ParsedFile[],
  fileOf: Map<string, string>,
  pages: ReadonlySet<string>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const aliasOwner = new Map<string, string>();
  const descriptionOwner = new Map<string, string>();
  const titleOwner = new Map<string, string>();

  for (const { file, result } of parsedFiles) {
    for (const link of result.internalLinks) {
      const problem = brokenLinkReason(link.href, bySlug, fileOf, pages);
      if (problem) issues.push({ file, field: link.at, message: `broken link "${link.href}": ${problem}` });
    }
    if (!result.ok) continue;
    const { aliases, description, title } = result.article.frontMatter;
    const report = (path: PropertyKey[], message: string) =>
      issues.push({ file: result.where(path), field: fieldPath(path), message });
    aliases.forEach((alias, index) => {
      const owner = fileOf.get(alias) ?? aliasOwner.get(alias);
      if (owner) report(["aliases", index], `duplicate slug "${alias}" (also ${owner}); remove this alias`);
      else aliasOwner.set(alias, file);
    });
    for (const [value, owners, field] of [
      [description, descriptionOwner, "description"],
      [title, titleOwner, "title"],
    ] as const) {
      const owner = owners.get(value);
      if (owner) report([field], `duplicate ${field} (also ${owner}); make each article's ${field} its own`);
      else owners.set(value, file);
    }
  }
  return issues;
}

function brokenLinkReason(
  link: string,
  bySlug: Map<string, Article>,
  fileOf: Map<string, string>,
  pages: ReadonlySet<string>,
): string | undefined {
  const [pathname = "", fragment] = link.split("#", 2);
  if (pages.has(pathname)) return fragment ? "links to a section of a page that has none; remove the #part" : undefined;
  const slug = /^\/articles\/([^/?#]+)$/.exec(pathname)?.[1];
  const target = slug ? bySlug.get(slug) : undefined;
  // An article that failed to parse has its own problems reported; a link to it is not broken.
  if (!target) return slug && fileOf.has(slug) ? undefined : "no such page; check the address against content/articles";
  if (fragment && !anchorIds(target).has(fragment))
    return `no section "#${fragment}" on that page; use the id of one of its headings`;
  return undefined;
}
