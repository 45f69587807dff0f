import { type GuidePage, guidePageFor } from "./guide";
import type { ContentLibrary } from "./load-content";
import { careCardsPart, citedList, citedParagraph, renderPageParts } from "./page-parts";
import type { CitedReference, ContentBlock } from "./schema";
import { getHelpItems, itemsAtLevels, itemsForConditions } from "./triage";
import { sectionLink, type SectionLink } from "./section-links";
import { GUIDE_PATH } from "../site";

/** Where a guide page's answers come from: the path below the guide's own URL. */
const guidePath = (answers: readonly string[]) => [GUIDE_PATH, ...answers].join("/");

/** An answer already given, and the link that goes back to change it. */
type GivenAnswer = { question: string; summary: string; changeHref: string };

type Common = {
  path: string;
  /** The answers that lead here, in order. */
  answers: string[];
  title: string;
  given: GivenAnswer[];
  references: CitedReference[];
};

/** Everything a guide page shows, rendered and cited for that page. */
export type GuideView =
  | (Common & {
      kind: "question";
      cards: ContentBlock[];
      choices: { label: string; href: string }[];
      why: ContentBlock[];
      isStart: boolean;
    })
  | (Common & { kind: "get-help"; cards: ContentBlock[]; whatToDo: ContentBlock[]; readMore: SectionLink[] })
  | (Common & { kind: "pattern"; describedIn: SectionLink[]; selfCare: ContentBlock[]; cards: ContentBlock[] });

/** The guide page these answers lead to, or undefined when they do not fit the tree. */
export function guideView(library: ContentLibrary, answers: readonly string[]): GuideView | undefined {
  const page: GuidePage | undefined = guidePageFor(library.guide, answers);
  if (!page) return undefined;
  const { triage, bibliography } = library;
  const bySlug = new Map(library.articles.map((article) => [article.slug, article]));
  const path = guidePath(page.answers);
  const context = { bibliography, pagePath: path };
  const given = page.steps.map((step) => ({
    question: step.question.question,
    summary: step.question.answers.find((answer) => answer.id === step.answerId)?.summary ?? step.answerId,
    changeHref: guidePath(step.before),
  }));

  if (page.kind === "question") {
    const { question } = page;
    const shown = itemsAtLevels(triage, question.showsLevels);
    const { parts, references } = renderPageParts(
      [
        ["cards", careCardsPart(triage, shown)],
        ["why", citedParagraph(question.why, question.cite)],
      ],
      context,
    );
    return {
      kind: "question",
      path,
      answers: page.answers,
      title: question.question,
      given,
      references,
      cards: parts.cards,
      why: parts.why,
      choices: question.answers.map((answer) => ({
        label: answer.label,
        href: guidePath([...page.answers, answer.id]),
      })),
      isStart: page.answers.length === 0,
    };
  }

  const { outcome } = page;
  if (outcome.kind === "get-help") {
    const items = getHelpItems(triage, outcome);
    const { parts, references } = renderPageParts(
      [
        ["cards", careCardsPart(triage, items)],
        ["whatToDo", citedParagraph(outcome.whatToDo, outcome.cite)],
      ],
      context,
    );
    return {
      kind: "get-help",
      path,
      answers: page.answers,
      title: outcome.title,
      given,
      references,
      cards: parts.cards,
      whatToDo: parts.whatToDo,
      readMore: outcome.readMore.map((ref) => sectionLink(ref, bySlug)),
    };
  }

  const { parts, references } = renderPageParts(
    [
      ["selfCare", citedList(outcome.selfCare)],
      ["cards", careCardsPart(triage, itemsForConditions(triage, outcome.conditions))],
    ],
    context,
  );
  return {
    kind: "pattern",
    path,
    answers: page.answers,
    title: outcome.title,
    given,
    references,
    describedIn: outcome.describedIn.map((ref) => sectionLink(ref, bySlug)),
    selfCare: parts.selfCare,
    cards: parts.cards,
  };
}
