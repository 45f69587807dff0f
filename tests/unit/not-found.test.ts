import path from "node:path";

import { describe, expect, it } from "vitest";

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
