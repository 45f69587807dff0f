import path from "node:path";
import { describe, expect, it } from "vitest";

import { getArticleBySlug, getGuideAnswerPaths, getGuideView } from "@/lib/content";
import { guideTexts, MAX_GUIDE_DEPTH } from "@/lib/content/guide";
import { loadContent } from "@/lib/content/load-content";
import { measureReadability } from "@/lib/content/readability";

/**
 * Every path through the real guide (content/guide.yaml), as the prerendered
 * pages show it. The first answer is always the warning-signs answer.
 */
const paths = getGuideAnswerPaths();
const views = paths.map((answers) => {
  const view = getGuideView(answers);
  if (!view) throw new Error(`no page for ${answers.join("/")}`);
  return view;
});
const outcomes = views.filter((view) => view.kind !== "question");
const { guide } = loadContent({
  root: path.join(process.cwd(), "content"),
  today: new Date().toISOString().slice(0, 10),
});

/** The whole visible text of a rendered part, without tags. */
const textOf = (blocks: { html: string }[]) => blocks.map((block) => block.html.replace(/<[^>]+>/g, "")).join(" ");

describe("the where-does-it-hurt guide", () => {
  it("has a page for every path, each ending in an outcome at most four questions deep", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(12);
    for (const view of outcomes) expect(view.answers.length, view.path).toBeLessThanOrEqual(MAX_GUIDE_DEPTH);
    console.log(`guide: ${views.length} pages, ${outcomes.length} distinct paths to an outcome`);
  });

  it("starts every path at the warning signs, showing every emergency and urgent sign", () => {
    const [start] = views;
    expect(start?.kind === "question" && start.isStart).toBe(true);
    const cardLevels =
      start?.kind === "question" ? start.cards.map((block) => block.type === "care-card" && block.level) : [];
    expect(cardLevels).toEqual(["emergency", "urgent"]);
    for (const view of outcomes)
      expect(view.given[0]?.question, view.path).toBe("First, do any of these warning signs apply to you?");
  });

  it("never reaches self-care after a warning sign", () => {
    const warningAnswers = ["emergency-sign", "same-day-sign"];
    for (const view of outcomes) {
      if (warningAnswers.includes(view.answers[0] ?? "")) expect(view.kind, view.path).toBe("get-help");
      if (view.kind === "get-help") {
        expect("selfCare" in view, view.path).toBe(false);
        const levels = view.cards.map((block) => block.type === "care-card" && block.level);
        expect(
          levels.some((level) => level === "emergency" || level === "urgent"),
          view.path,
        ).toBe(true);
      }
    }
    // The child, night-pain, injury and nerve answers are warning signs too.
    for (const answers of [
      ["none", "child", "yes"],
      ["none", "adult", "under-heel", "rest-or-night"],
      ["none", "adult", "back-of-heel", "after-injury"],
      ["none", "adult", "burning-or-tingling"],
    ]) {
      expect(getGuideView(answers)?.kind, answers.join("/")).toBe("get-help");
    }
  });

  it("never says 'you have' in its own words, and every outcome says a pattern is not a diagnosis", () => {
    for (const { where, text } of guideTexts(guide)) expect(text, where).not.toMatch(/\byou have\b|diagnos/i);
    for (const view of outcomes) {
      if (view.kind === "pattern") expect(view.describedIn.length, view.path).toBeGreaterThanOrEqual(1);
    }
  });

  it("links every outcome to article sections that exist", () => {
    for (const view of outcomes) {
      for (const link of view.kind === "pattern" ? view.describedIn : view.readMore) {
        const [, slug = "", id = ""] = /^\/articles\/([^#]+)#(.+)$/.exec(link.href) ?? [];
        const article = getArticleBySlug(slug);
        const ids = article?.sections.flatMap((section) => [section.id, ...section.subheadings.map((sub) => sub.id)]);
        expect(ids, link.href).toContain(id);
      }
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
