import path from "node:path";

import { checkCustomRoutes } from "next/dist/lib/load-custom-routes";
import { describe, expect, it } from "vitest";

import { type ArticleRewrite, articleRewrites, loadArticleRoutes } from "@/lib/content/aliases";
import { loadContent } from "@/lib/content/load-content";
import { buildSiteOutline } from "@/lib/not-found/outline";
import { findArticleSlug, suggestPages } from "@/lib/not-found/suggest";

const outline = buildSiteOutline(
  loadContent({ root: path.resolve(__dirname, "../../content"), today: new Date().toISOString().slice(0, 10) }),
);
const hrefs = (slug: string) => suggestPages(slug, outline).map((suggestion) => suggestion.href);

describe("the article 404's suggestions", () => {
  it("offers the sections whose headings match every word first", () => {
    expect(hrefs("heel-spurs").slice(0, 2).sort()).toEqual([
      "/articles/complications#heel-spurs",
      "/articles/plantar-fasciitis#heel-spurs",
    ]);
  });

  it("forgives a typo in a long word", () => {
    expect(hrefs("plantar-fascitis")[0]).toBe("/articles/plantar-fasciitis");
    expect(hrefs("achilies-tendinopathy")[0]).toMatch(/^\/articles\/achilles-tendinopathy(#|$)/);
  });

  it("does not treat a word we use as a typo of another ('heel' is not 'feel')", () => {
    const suggestions = suggestPages("heel-spurs", outline);
    expect(suggestions.every((suggestion) => !/feel/i.test(suggestion.title))).toBe(true);
  });

  it("offers at most five pages and nothing for words we never use", () => {
    expect(hrefs("heel").length).toBe(5);
    expect(hrefs("qwxz-zzkj")).toEqual([]);
    expect(hrefs("")).toEqual([]);
    expect(hrefs("the-and-of")).toEqual([]);
  });
});

describe("an article address in another letter case", () => {
  it("names the article by its slug or a former slug, whatever the case", () => {
    expect(findArticleSlug("Plantar-Fasciitis", outline)).toBe("plantar-fasciitis");
    expect(findArticleSlug("ACHILLES-TENDINITIS", outline)).toBe("achilles-tendinopathy");
    expect(findArticleSlug("plantar-fascitis", outline)).toBeUndefined();
  });
});

describe("the rewrites that send an unknown article address to the article 404", () => {
  const routes = loadArticleRoutes(path.resolve(__dirname, "../../content"));
  // What Next.js does with a rule: the pattern in `:slug(...)`, matched against the whole segment, letter case kept.
  const slugPattern = (source: string) => new RegExp(`^(?:${source.slice("/articles/:slug(".length, -1)})$`);
  const ruleFor = (rules: ArticleRewrite[], slug: string) => rules.find((rule) => slugPattern(rule.source).test(slug));

  it("sends every article to itself and anything else, in any letter case, to the 404", () => {
    const rules = articleRewrites(routes, "/article-not-found");
    for (const { slug } of routes) expect(ruleFor(rules, slug)?.destination, slug).toBe("/articles/:slug");
    for (const slug of ["heel-spurs", "Plantar-Fasciitis", "plantar-fasciitis-2", "heel%20pain"]) {
      expect(ruleFor(rules, slug)?.destination, slug).toBe("/article-not-found?slug=:slug");
    }
    expect(ruleFor(rules, "%E0%A4%A"), "a malformed escape is left to Next.js's 400").toBeUndefined();
  });

  it("still builds with 1,000 more articles: Next.js accepts every rule", () => {
    const many = [
      ...routes,
      ...Array.from({ length: 1000 }, (_, index) => ({ slug: `plantar-fasciitis-copy-${index}`, aliases: [] })),
    ];
    const rules = articleRewrites(many, "/article-not-found");
    expect(rules.length).toBeGreaterThan(2);
    expect(() => checkCustomRoutes(rules, "rewrite")).not.toThrow();
    for (const { slug } of many) expect(ruleFor(rules, slug)?.destination, slug).toBe("/articles/:slug");
  });
});
