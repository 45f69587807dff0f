import type { ContentLibrary } from "./load-content";
import {
  careCardsPart,
  citationPart,
  compactSignsPart,
  markdownItems,
  type PagePart,
  renderPageParts,
} from "./page-parts";
import type { Programme, WeekRow } from "./programme-schema";
import { ALL_CONDITIONS, type CareLevel, type CitedReference, type ContentBlock, type Figure } from "./schema";
import { sectionLink, type SectionLink } from "./section-links";
import { itemsForConditions, LEVEL_ORDER } from "./triage";
import { programmePath } from "../site";

/** One option as its page shows it: rendered steps, drawings, the week table with each row's citations, the grid. */
export type ProgrammeOptionView = {
  id: string;
  title: string;
  summary: ContentBlock[];
  figures: Figure[];
  steps: ContentBlock[];
  weeks: (WeekRow & { sources: ContentBlock[] })[];
  totalWeeks: number;
  sessionsPerWeek: number;
  ticksNote: ContentBlock[];
};

/** Everything a programme page shows, rendered and cited for that page, with one reference list. */
export type ProgrammeView = {
  slug: string;
  path: string;
  title: string;
  description: string;
  reviewed: string;
  nextReview: string;
  article: SectionLink;
  intro: ContentBlock[];
  forWho: ContentBlock[];
  notFor: ContentBlock[];
  notForCards: ContentBlock[];
  needs: ContentBlock[];
  options: ProgrammeOptionView[];
  feel: ContentBlock[];
  goingUp: ContentBlock[];
  steppingBack: ContentBlock[];
  /** When to stop, level by level: the every-page signs in a few words, then the conditions' own items in full. */
  help: { level: CareLevel; heading: string; signs: ContentBlock[]; cards: ContentBlock[] }[];
  references: CitedReference[];
};

const bullets = (items: readonly string[]) => markdownItems(items, "bullets");

/**
 * A programme page's parts, rendered in reading order so citations are
 * numbered as the reader meets them. The care cards come from the triage data
 * through the same functions articles, the guide and the plan use.
 */
export function programmeView(library: ContentLibrary, programme: Programme): ProgrammeView {
  const { triage, bibliography, figures } = library;
  const path = programmePath(programme.slug);
  const notForItems = triage.items.filter((item) => programme.notForSigns.includes(item.id));
  const own = itemsForConditions(triage, programme.conditions).filter(
    (item) => !item.appliesTo.includes(ALL_CONDITIONS),
  );

  const parts: [string, PagePart][] = [
    ["intro", markdownItems(programme.intro, "paragraphs")],
    ["forWho", bullets(programme.forWho)],
    ["notFor", bullets(programme.notFor)],
    ["notForCards", careCardsPart(triage, notForItems)],
    ["needs", bullets(programme.needs)],
  ];
  programme.options.forEach((option, index) => {
    parts.push(
      [`option-${index}-summary`, option.summary],
      [`option-${index}-steps`, markdownItems(option.steps, "numbered")],
    );
    option.weeks.forEach((row, rowIndex) => parts.push([`option-${index}-row-${rowIndex}`, citationPart(row.cite)]));
    parts.push([`option-${index}-ticks`, option.ticksNote]);
  });
  parts.push(
    ["feel", bullets(programme.feel)],
    ["goingUp", bullets(programme.goingUp)],
    ["steppingBack", bullets(programme.steppingBack)],
  );
  for (const level of LEVEL_ORDER) {
    parts.push(
      [`signs-${level}`, compactSignsPart(triage, level)],
      [
        `cards-${level}`,
        careCardsPart(
          triage,
          own.filter((item) => item.level === level),
        ),
      ],
    );
  }

  const rendered = renderPageParts(parts, { bibliography, pagePath: path });
  const part = (name: string): ContentBlock[] => rendered.parts[name] ?? [];
  const bySlug = new Map(library.articles.map((article) => [article.slug, article]));

  return {
    slug: programme.slug,
    path,
    title: programme.title,
    description: programme.description,
    reviewed: programme.reviewed,
    nextReview: programme.nextReview,
    article: sectionLink(programme.article, bySlug),
    intro: part("intro"),
    forWho: part("forWho"),
    notFor: part("notFor"),
    notForCards: part("notForCards"),
    needs: part("needs"),
    options: programme.options.map((option, index) => ({
      id: option.id,
      title: option.title,
      summary: part(`option-${index}-summary`),
      figures: option.figures.flatMap((id) => {
        const loaded = figures.get(id);
        return loaded && !loaded.decorative ? [loaded.figure] : [];
      }),
      steps: part(`option-${index}-steps`),
      weeks: option.weeks.map((row, rowIndex) => ({ ...row, sources: part(`option-${index}-row-${rowIndex}`) })),
      totalWeeks: Math.max(...option.weeks.map((row) => row.to)),
      sessionsPerWeek: option.sessionsPerWeek,
      ticksNote: part(`option-${index}-ticks`),
    })),
    feel: part("feel"),
    goingUp: part("goingUp"),
    steppingBack: part("steppingBack"),
    help: LEVEL_ORDER.map((level) => ({
      level,
      heading: triage.levels[level],
      signs: part(`signs-${level}`),
      cards: part(`cards-${level}`),
    })),
    references: rendered.references,
  };
}
