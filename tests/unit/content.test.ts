import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { getAllArticles } from "@/lib/content";
import type { Article, CareLevel } from "@/lib/content/schema";
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

    // Only the count can fail here: the loader rejects a reference link off the canonical sources.
    it("cites at least one source", () => {
      expect(article.references.length).toBeGreaterThan(0);
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
            expect(block.title).toMatch(/911 or your local emergency number/);
          }
        }
      }
    });
  });
});

/** The text of every care-card item an article shows, by level, in page order. */
function careItems(article: Article): { level: CareLevel; text: string }[] {
  return article.sections.flatMap((section) =>
    "blocks" in section
      ? section.blocks.flatMap((block) =>
          block.type === "care-card" ? block.signs.map((sign) => ({ level: block.level, text: sign.text })) : [],
        )
      : [],
  );
}

// Written out here, not read from content/triage.yaml, so that deleting or
// rewording a red flag in the data fails this test.
const EVERY_PAGE: [CareLevel, RegExp][] = [
  ["emergency", /snap, pop or grinding/],
  ["emergency", /after a fall.*cannot walk/],
  ["emergency", /misshapen after an injury/],
  ["emergency", /severe pain straight after an injury/],
  ["emergency", /foot or toes suddenly turn cold, pale or blue/],
  ["emergency", /suddenly breathless, have chest pain or cough up blood/],
  ["emergency", /numbness around your genitals or bottom.*both legs/],
  ["emergency", /fever or feel shivery and you are very unwell/],
  ["urgent", /cannot walk normally.*even without an injury/],
  ["urgent", /severe pain and swelling/],
  ["urgent", /red, hot and swollen/],
  ["urgent", /fever/],
  ["urgent", /numbness or tingling/],
  ["urgent", /diabetes and part of your foot is red/],
  ["urgent", /fall, a hard landing, a twist .* still hurts, even if you can walk/],
  ["urgent", /calf is swollen, warm/],
  ["urgent", /stepped on a nail/],
  ["non-urgent", /might have a stress fracture.*Stop running and jumping, and see a doctor within a few days/],
  ["non-urgent", /wakes you at night/],
  ["non-urgent", /no better after 2 weeks/],
  ["non-urgent", /hurts more at night, or the pain comes with weight loss you cannot explain/],
  ["non-urgent", /both heels hurt with stiffness/],
  ["non-urgent", /burning or electric-shock pain/],
];

/** Red flags a page must show when its text talks about the condition. */
const WHEN_MENTIONED: { mentions: RegExp; level: CareLevel; flag: RegExp }[] = [
  {
    mentions: /\bchild(ren)?\b/i,
    level: "urgent",
    flag: /child has heel pain with a fever, cannot put weight on the foot/,
  },
  {
    mentions: /\bchild(ren)?\b/i,
    level: "emergency",
    flag: /child with heel pain or a limp is floppy or hard to wake/,
  },
  {
    mentions: /stress fracture/i,
    level: "non-urgent",
    flag: /more than one stress fracture, or you may not be eating enough/,
  },
  { mentions: /\bachilles\b/i, level: "urgent", flag: /fluoroquinolone antibiotic/ },
];

describe.each(articles.map((article) => [article.slug, article] as const))("%s: when to get help", (slug, article) => {
  const items = careItems(article);

  it.each(EVERY_PAGE)("shows the %s sign %s", (level, flag) => {
    expect(items.filter((item) => item.level === level).map((item) => item.text)).toContainEqual(
      expect.stringMatching(flag),
    );
  });

  it("shows the red flags of every condition its text talks about", () => {
    const text = body(slug);
    for (const { mentions, level, flag } of WHEN_MENTIONED) {
      if (!mentions.test(text)) continue;
      expect(
        items.filter((item) => item.level === level).map((item) => item.text),
        String(flag),
      ).toContainEqual(expect.stringMatching(flag));
    }
  });

  it("sends no one to the emergency room for trouble walking without an injury", () => {
    for (const item of items.filter((entry) => entry.level === "emergency")) {
      if (/walk|move|stand/.test(item.text)) expect(item.text).toMatch(/injur|fall|snap|landing/);
    }
  });
});

describe("the condition pages", () => {
  // Which pages open with a "First steps" card is editorial (issue 23); the parser checks the card's form.
  const CONDITION_PAGES = [
    "plantar-fasciitis",
    "achilles-tendinopathy",
    "heel-stress-fracture",
    "achilles-rupture",
    "back-of-heel-pain",
    "other-causes-of-heel-pain",
  ];

  it.each(CONDITION_PAGES)("%s opens with its First steps card, answering 'Can I keep running?'", (slug) => {
    const [first] = articles.find((article) => article.slug === slug)?.sections ?? [];
    expect(first?.kind).toBe("first-steps");
    const items = first?.kind === "first-steps" ? first.items.map((html) => html.replace(/<[^>]+>/g, "")) : [];
    expect(items).toContainEqual(expect.stringMatching(/^Can I keep running\?/));
  });
});
