import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { getAllArticles } from "@/lib/content";
import { isCanonicalSourceUrl } from "@/lib/content/canonical-sources";
import { splitFrontMatter } from "@/lib/content/front-matter";

/**
 * The real library, through the same loader the build uses (it throws on any
 * problem: fields, dates, a passed nextReview, duplicate slugs or
 * descriptions, unknown related slugs or citation keys, uncited references,
 * broken internal links), plus the editorial rules of the content brief.
 */
const articles = getAllArticles();
const MAX_GRADE = 8;

const body = (slug: string) =>
  splitFrontMatter(readFileSync(path.join(process.cwd(), "content", "articles", `${slug}.md`), "utf8")).body;

describe("the real content library", () => {
  it("has the whole library", () => {
    expect(articles.map((article) => article.slug).sort()).toEqual([
      "achilles-rupture",
      "achilles-tendinopathy",
      "complications",
      "exercises",
      "heel-pain-after-running",
      "heel-stress-fracture",
      "other-causes-of-heel-pain",
      "plantar-fasciitis",
      "prevention",
      "return-to-running",
      "risk-factors",
      "treatment",
      "when-to-see-a-doctor",
    ]);
  });

  describe.each(articles.map((article) => [article.slug, article] as const))("%s", (slug, article) => {
    it(`reads at grade ${MAX_GRADE} or lower`, () => {
      expect(article.readingGrade).toBeLessThanOrEqual(MAX_GRADE);
    });

    it("opens with a one- or two-sentence answer", () => {
      const opening = body(slug).split(/^## /m)[0]?.trim() ?? "";
      expect(opening.split(/\n\s*\n/)).toHaveLength(1);
      const sentences = opening
        .replace(/\[@[^\]]+\]/g, "")
        .split(/(?<=[.!?])\s+/)
        .filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
    });

    it("has key takeaways and common questions", () => {
      const kinds = article.sections.map((section) => section.kind);
      expect(kinds).toContain("key-takeaways");
      expect(kinds).toContain("faq");
    });

    it("cites its sources, and links each one only to a canonical source", () => {
      expect(article.references.length).toBeGreaterThan(0);
      for (const reference of article.references) {
        if (reference.href) expect(isCanonicalSourceUrl(reference.href), reference.href).toBe(true);
      }
    });

    it("says tendinopathy, naming the old word tendinitis at most once", () => {
      expect(body(slug).match(/tendinitis/gi)?.length ?? 0).toBeLessThanOrEqual(1);
    });

    it("never gives 4.2% as the Achilles tendinopathy incidence (it is the lower confidence limit of 5.2%)", () => {
      const sentences = body(slug)
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => sentence.includes("4.2%"));
      for (const sentence of sentences) expect(sentence).toMatch(/6\.2%|low end|confidence/);
    });

    it("gives emergency advice as call 911 or your local emergency number", () => {
      for (const section of article.sections) {
        if (!("blocks" in section)) continue;
        for (const block of section.blocks) {
          if (block.type === "care-card" && block.level === "emergency") {
            expect(`${block.title} ${block.html}`).toMatch(/911 or your local emergency number/);
          }
        }
      }
    });
  });

  it("has a care card in every article that has a 'When to get help' section", () => {
    for (const article of articles) {
      const help = article.sections.find((section) => section.kind === "when-to-get-help");
      if (help && "blocks" in help)
        expect(
          help.blocks.some((block) => block.type === "care-card"),
          article.slug,
        ).toBe(true);
    }
  });
});
