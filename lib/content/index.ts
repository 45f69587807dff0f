import "server-only";

import { readdirSync, statSync } from "node:fs";
import path from "node:path";

import { careCardsForPage, renderPageParts } from "./page-markdown";
import { allGuideAnswerPaths } from "./guide";
import { guideView } from "./guide-page";
import { type ContentLibrary, loadContent } from "./load-content";
import type { Article, CareLevel, Topic } from "./schema";
import { sectionLink } from "./section-links";
import { itemsForConditions, LEVEL_ORDER } from "./triage";

const CONTENT_ROOT = path.join(process.cwd(), "content");

let library: (ContentLibrary & { bySlug: Map<string, Article> }) | undefined;
let loadedVersion = "";

/**
 * In `next dev`, a stamp of every content file's size and modification time,
 * so a writer's edit shows on the next reload; a build loads once.
 */
function contentVersion(): string {
  if (process.env.NODE_ENV !== "development") return "build";
  return readdirSync(CONTENT_ROOT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(file);
      return `${file}:${size}:${mtimeMs}`;
    })
    .sort()
    .join("|");
}

/** The validated content from `content/`: loaded once per build, again in development whenever a file changes. */
function contentLibrary() {
  const version = contentVersion();
  if (!library || version !== loadedVersion) {
    const loaded = loadContent({ root: CONTENT_ROOT, today: new Date().toISOString().slice(0, 10) });
    library = { ...loaded, bySlug: new Map(loaded.articles.map((article) => [article.slug, article])) };
    loadedVersion = version;
  }
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
  return contentLibrary().bySlug.get(slug);
}

/**
 * The care cards every page shows (items for all conditions) at these levels,
 * for a page that is not an article, with the references they cite numbered
 * for that page's own reference list.
 */
export function getCareCardsForPage(pagePath: string, levels: readonly CareLevel[]) {
  const { triage, bibliography } = contentLibrary();
  const items = itemsForConditions(triage, []).filter((item) => levels.includes(item.level));
  return careCardsForPage(triage, items, { bibliography, pagePath });
}

/** The guide's title and description, for its metadata and the links to it. */
export function getGuide() {
  const { title, description } = contentLibrary().guide;
  return { title, description };
}

/** Every list of answers that leads to a guide page (the first step is the empty list). */
export function getGuideAnswerPaths(): string[][] {
  return allGuideAnswerPaths(contentLibrary().guide);
}

/** The guide page these answers lead to, rendered and cited, or undefined. */
export function getGuideView(answers: readonly string[]) {
  return guideView(contentLibrary(), answers);
}

/** The home page's "Start here" list: where it hurts, and the section that describes it. */
export function getStartHere() {
  const { home, bySlug } = contentLibrary();
  return home.startHere.map(({ where, link }) => ({ where, ...sectionLink(link, bySlug) }));
}

/**
 * The home page's compact "when to get help": each level's every-page signs in
 * a few words (their `short` wording), cited, with the level's heading, and the
 * page's own reference list for those citations.
 */
export function getCompactHelp(levels: readonly CareLevel[], pagePath: string) {
  const { triage, bibliography } = contentLibrary();
  const shown = LEVEL_ORDER.filter((level) => levels.includes(level));
  const markdown = (level: CareLevel) => {
    const items = itemsForConditions(triage, []).filter((item) => item.level === level);
    const keys = [...new Set(items.flatMap((item) => item.cite))];
    return `${items.map((item) => `- ${item.short}`).join("\n")}\n\nSources: [${keys.map((key) => `@${key}`).join("; ")}]`;
  };
  const { parts, references } = renderPageParts(
    shown.map((level) => [level, markdown(level)] as const),
    { bibliography, pagePath },
  );
  return {
    levels: shown.map((level) => ({ level, heading: triage.levels[level], blocks: parts[level] })),
    references,
  };
}

/** Every drawing's id (each is placed in at least one article). */
export function getFigureIds(): string[] {
  return [...contentLibrary().figures.keys()];
}

/** The checked SVG source of one drawing, or undefined for an unknown id. */
export function getFigureSvg(id: string): string | undefined {
  return contentLibrary().figures.get(id)?.svg;
}
