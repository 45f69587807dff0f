import { CARRY_SEGMENT, type CarriedAnswer, type GuidePage, guidePageAt, nextAnswers } from "./guide";
import type { ContentLibrary } from "./load-content";
import { careCardsPart, citedList, citedParagraph, renderPageParts } from "./page-parts";
import type { CardPicture, CitedReference, ContentBlock, Guide } from "./schema";
import { getHelpItems, itemsAtLevels, itemsForConditions } from "./triage";
import { sectionLink, type SectionLink } from "./section-links";
import { GUIDE_PATH } from "../site";

/** Where a guide page's answers come from: the path below the guide's own URL, after the carried answer if any. */
export const guidePath = (answers: readonly string[], carried?: CarriedAnswer) =>
  [GUIDE_PATH, ...(carried ? [CARRY_SEGMENT, carried.answerId] : []), ...answers].join("/");

/** An answer as a link: its words, where it leads and, on a card, its decorative picture. */
export type GuideChoice = { label: string; href: string; picture?: CardPicture };

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
      choices: GuideChoice[];
      /** The answer the reader chose on the home page, given when its question comes. */
      carried?: { question: string; summary: string };
      why: ContentBlock[];
      isStart: boolean;
    })
  | (Common & { kind: "get-help"; cards: ContentBlock[]; whatToDo: ContentBlock[]; readMore: SectionLink[] })
  | (Common & { kind: "pattern"; describedIn: SectionLink[]; selfCare: ContentBlock[]; cards: ContentBlock[] });

const pictureOf = (library: ContentLibrary, id: string | undefined): CardPicture | undefined => {
  const loaded = id === undefined ? undefined : library.figures.get(id);
  return loaded?.decorative ? loaded.picture : undefined;
};

const answerOf = (guide: Guide, { questionId, answerId }: CarriedAnswer) =>
  guide.questions[questionId]?.answers.find((answer) => answer.id === answerId);

/**
 * The home page's cards: the home entry question's answers, each leading to
 * the guide's first step with the answer carried through the warning signs.
 */
export function guideEntryCards(library: ContentLibrary): GuideChoice[] {
  const { guide } = library;
  return (guide.questions[guide.homeEntry]?.answers ?? []).map((answer) => {
    const picture = pictureOf(library, answer.figure);
    return {
      label: answer.label,
      href: guidePath([], { questionId: guide.homeEntry, answerId: answer.id }),
      ...(picture ? { picture } : {}),
    };
  });
}

/** The guide page at these address segments (answers, after a carried one if any), or undefined. */
export function guideView(library: ContentLibrary, segments: readonly string[]): GuideView | undefined {
  const found = guidePageAt(library.guide, segments);
  if (!found) return undefined;
  const { carried } = found;
  const page: GuidePage = found.page;
  const { triage, bibliography } = library;
  const bySlug = new Map(library.articles.map((article) => [article.slug, article]));
  const path = guidePath(page.answers, carried);
  const context = { bibliography, pagePath: path };
  const given = page.steps.map((step) => ({
    question: step.question.question,
    summary: step.question.answers.find((answer) => answer.id === step.answerId)?.summary ?? step.answerId,
    changeHref: guidePath(step.before, carried),
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
      choices: question.answers.map((answer) => {
        const next = nextAnswers(library.guide, page.answers, answer, carried);
        const picture = pictureOf(library, answer.figure);
        return { label: answer.label, href: guidePath(next.answers, next.carried), ...(picture ? { picture } : {}) };
      }),
      ...(carried
        ? {
            carried: {
              question: library.guide.questions[carried.questionId]?.question ?? "",
              summary: answerOf(library.guide, carried)?.summary ?? carried.answerId,
            },
          }
        : {}),
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
