import path from "node:path";
import { describe, expect, it } from "vitest";

import { getGuideAnswerPaths, getGuideEntryCards, getGuideView } from "@/lib/content";
import { guideTexts } from "@/lib/content/guide";
import { loadContent } from "@/lib/content/load-content";
import { measureReadability } from "@/lib/content/readability";
import type { ContentBlock } from "@/lib/content/schema";

/**
 * Every path through the real guide (content/guide.yaml), as the prerendered
 * pages show it. The first answer is always the emergency-signs answer, after
 * the answer carried from the home page (`from/<answer>/...`) if any.
 */
const paths = getGuideAnswerPaths();
const views = paths.map((answers) => {
  const view = getGuideView(answers);
  if (!view) throw new Error(`no page for ${answers.join("/")}`);
  return view;
});
const outcomes = views.filter((view) => view.kind !== "question");
const { guide, triage } = loadContent({
  root: path.join(process.cwd(), "content"),
  today: new Date().toISOString().slice(0, 10),
});

/** The words of a part written from the guide's data (a cited paragraph or list), without the citations. */
const textOf = (blocks: ContentBlock[]) =>
  blocks
    .flatMap((block) =>
      block.type === "cited-paragraph" ? [block.text] : block.type === "cited-list" ? block.items : [],
    )
    .map((part) => part.text)
    .join(" ");

const segmentsOf = (href: string) => href.split("/").slice(2);

describe("the where-does-it-hurt guide", () => {
  it("takes a reader who starts from where it hurts through every warning-sign step before using the answer", () => {
    const warningSteps = Object.values(guide.questions).filter((question) => question.showsLevels.length > 0);
    const entry = guide.questions[guide.homeEntry];
    const cards = getGuideEntryCards();
    expect(cards.map((card) => card.label)).toEqual(entry?.answers.map((answer) => answer.label));
    for (const [index, card] of cards.entries()) {
      const answer = entry?.answers[index];
      let usedAnswer = 0;
      // Every page a reader can reach by following links from the card, with the questions asked on the way.
      const follow = (href: string, asked: string[]) => {
        const view = getGuideView(segmentsOf(href));
        expect(view, href).toBeDefined();
        if (!view) return;
        if (view.given.some((given) => given.question === entry?.question)) {
          usedAnswer += 1;
          expect(view.given.find((given) => given.question === entry?.question)?.summary, href).toBe(answer?.summary);
          for (const step of warningSteps) expect(asked, href).toContain(step.question);
          // From there on the reader is on the guide's own pages, with no carried answer.
          expect(href, href).not.toContain("/from/");
          return;
        }
        if (view.kind === "question") for (const choice of view.choices) follow(choice.href, [...asked, view.title]);
      };
      follow(card.href, []);
      expect(usedAnswer, card.href).toBeGreaterThan(0);
    }
  });

  it("shows the same-foot picture on every where-does-it-hurt card but the one for 'hard to say'", () => {
    const cards = getGuideEntryCards();
    expect(cards.filter((card) => card.picture).length).toBe(cards.length - 1);
    for (const card of cards)
      if (card.picture) expect(card.picture).toMatchObject({ src: expect.stringMatching(/^\/figures\/where-/) });
  });

  // The loader rejects a path deeper than five questions, a dead end or a cycle: only the count is left to check.
  it("ends in at least 12 distinct outcomes", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(12);
  });

  it("asks the emergency signs of every condition first and alone, then the same-day signs", () => {
    const countAt = (level: string) => triage.items.filter((item) => item.level === level).length;
    const signsShown = (answers: string[]) => {
      const view = getGuideView(answers);
      const cards = view?.kind === "question" ? view.cards : [];
      return cards.map((block) => (block.type === "care-card" ? `${block.level}:${block.signs.length}` : ""));
    };
    expect(views[0]?.kind === "question" && views[0].isStart).toBe(true);
    expect(signsShown([])).toEqual([`emergency:${countAt("emergency")}`]);
    expect(signsShown(["no"])).toEqual([`urgent:${countAt("urgent")}`]);
    for (const view of outcomes) {
      expect(view.given[0]?.question, view.path).toBe("First, do any of these emergency signs apply to you?");
    }
  });

  it("ends at get-help pages after a warning sign, an emergency sign always at the emergency page", () => {
    for (const view of outcomes) {
      if (view.answers[0] === "yes") expect([view.kind, view.title], view.path).toEqual(["get-help", "Get help now"]);
      if (view.answers[0] === "no" && view.answers[1] === "yes") {
        expect([view.kind, view.title], view.path).toEqual(["get-help", "Get medical help today"]);
      }
      if (view.kind === "get-help") expect("selfCare" in view, view.path).toBe(false);
    }
    const emergency = getGuideView(["yes"]);
    expect(
      emergency?.kind === "get-help" && emergency.cards.map((block) => block.type === "care-card" && block.level),
    ).toEqual(["emergency"]);
    // A painful calf and pain at rest or at night are warning signs too; an injury is a same-day sign.
    for (const answers of [
      ["no", "no", "adult", "calf"],
      ["no", "no", "adult", "under-heel", "rest-or-night"],
      ["no", "no", "adult", "bump-back-of-heel", "rest-or-night"],
    ]) {
      expect(getGuideView(answers)?.kind, answers.join("/")).toBe("get-help");
    }
  });

  it("gives each page its own numbered references", () => {
    for (const view of views) {
      expect(view.references.length, view.path).toBeGreaterThan(0);
      const html = JSON.stringify(view);
      for (const reference of view.references) expect(html).toContain(`${view.path}#ref-${reference.number}`);
    }
  });

  it("reads at grade 8 or lower", () => {
    const pattern = outcomes.flatMap((view) =>
      view.kind === "pattern" ? [textOf(view.selfCare)] : [textOf(view.whatToDo)],
    );
    const text = [...guideTexts(guide).map(({ text }) => (/[.?!:]$/.test(text) ? text : `${text}.`)), ...pattern].join(
      "\n\n",
    );
    expect(measureReadability(text).grade).toBeLessThanOrEqual(8);
  });
});
