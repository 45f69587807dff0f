import "server-only";

import { allGuideAnswerPaths } from "./guide";
import { guideEntryCards, guideView } from "./guide-page";
import { CONTENT_ROOT, contentToday, fromContent } from "./live";
import { loadContent } from "./load-content";
import { compactSignsPart, renderPageParts } from "./page-parts";
import { programmeView } from "./programme-page";
import type { Article, CareLevel, Topic } from "./schema";
import { sectionLink } from "./section-links";
import { LEVEL_ORDER } from "./triage";

/** The validated content from `content/`: loaded once per build, again in development whenever a file changes. */
const contentLibrary = fromContent(() => {
  const loaded = loadContent({ root: CONTENT_ROOT, today: contentToday() });
  return {
    ...loaded,
    bySlug: new Map(loaded.articles.map((article) => [article.slug, article])),
    programmeBySlug: new Map(loaded.programmes.map((programme) => [programme.slug, programme])),
  };
});

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

/** The guide's title and description, for its metadata and the links to it. */
export function getGuide() {
  const { title, description } = contentLibrary().guide;
  return { title, description };
}

/** Every list of answers that leads to a guide page (the first step is the empty list). */
export function getGuideAnswerPaths(): string[][] {
  return allGuideAnswerPaths(contentLibrary().guide);
}

/** The guide page at these address segments, rendered and cited, or undefined. */
export function getGuideView(segments: readonly string[]) {
  return guideView(contentLibrary(), segments);
}

/** The home page's "or start from where it hurts" cards, each leading through the warning signs first. */
export function getGuideEntryCards() {
  return guideEntryCards(contentLibrary());
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
  const { parts, references } = renderPageParts(
    shown.map((level) => [level, compactSignsPart(triage, level)] as const),
    { bibliography, pagePath },
  );
  return {
    levels: shown.map((level) => ({ level, heading: triage.levels[level], blocks: parts[level] })),
    references,
  };
}

/** Every exercise programme's slug, title and description, for routes and lists. */
export function getAllProgrammes() {
  return contentLibrary().programmes.map(({ slug, title, description, reviewed }) => ({
    slug,
    title,
    description,
    reviewed,
  }));
}

/** The programme page with this slug, rendered and cited, or undefined. */
export function getProgrammeView(slug: string) {
  const library = contentLibrary();
  const programme = library.programmeBySlug.get(slug);
  return programme ? programmeView(library, programme) : undefined;
}

/** Every drawing's id (each is placed in at least one article). */
export function getFigureIds(): string[] {
  return [...contentLibrary().figures.keys()];
}

/** The checked SVG source of one drawing, or undefined for an unknown id. */
export function getFigureSvg(id: string): string | undefined {
  return contentLibrary().figures.get(id)?.svg;
}
