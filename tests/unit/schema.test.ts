import { describe, expect, it } from "vitest";

import { isCanonicalSourceUrl } from "@/lib/content/canonical-sources";
import { ArticleFrontMatter, BibliographyEntry, IsoDate } from "@/lib/content/schema";

const frontMatter = {
  title: "Plantar fasciitis",
  description: "Why the bottom of your heel hurts on your first steps in the morning, and what helps.",
  topic: "causes",
  published: "2026-11-25",
  reviewed: "2026-11-25",
  nextReview: "2027-11-25",
};

describe("ArticleFrontMatter", () => {
  it("accepts complete front matter and defaults the optional lists", () => {
    expect(ArticleFrontMatter.parse(frontMatter)).toEqual({ ...frontMatter, related: [], aliases: [], conditions: [] });
  });

  it("rejects fields it does not know, so a typo cannot pass silently", () => {
    const result = ArticleFrontMatter.safeParse({ ...frontMatter, nextreview: "2027-11-25" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Unrecognized key: "nextreview"']);
  });

  it("rejects a review before publication and a next review not after the review", () => {
    const result = ArticleFrontMatter.safeParse({ ...frontMatter, reviewed: "2026-01-01", nextReview: "2026-01-01" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["reviewed", "must not be before published"],
      ["nextReview", "must be after reviewed"],
    ]);
  });
});

describe("IsoDate", () => {
  it.each(["2026-02-30", "2026-13-01", "25/11/2026", "2026-11-25T00:00:00Z"])("rejects %s", (value) => {
    expect(IsoDate.safeParse(value).success).toBe(false);
  });

  it("accepts a leap day", () => expect(IsoDate.parse("2028-02-29")).toBe("2028-02-29"));
});

describe("BibliographyEntry", () => {
  const entry = { title: "Plantar fasciitis", publisher: "NHS" };

  it("accepts a publisher's own page", () => {
    expect(
      BibliographyEntry.safeParse({ ...entry, url: "https://www.nhs.uk/conditions/plantar-fasciitis/" }).success,
    ).toBe(true);
  });

  it.each([
    [
      "a document-sharing copy",
      "https://www.scribd.com/document/1/plantar",
      "must be on a canonical source domain (lib/content/canonical-sources.ts)",
    ],
    [
      "a look-alike host",
      "https://nhs.uk.example.com/page",
      "must be on a canonical source domain (lib/content/canonical-sources.ts)",
    ],
    ["plain http", "http://www.nhs.uk/conditions/plantar-fasciitis/", "must be an https URL"],
  ])("rejects %s", (_kind, url, message) => {
    expect(BibliographyEntry.safeParse({ ...entry, url }).error?.issues.map((issue) => issue.message)).toEqual([
      message,
    ]);
  });

  it("rejects malformed identifiers", () => {
    const result = BibliographyEntry.safeParse({ ...entry, doi: "doi:10.1/x", pmid: "PMID 123", pmcid: "123" });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["doi", "pmid", "pmcid"]);
  });
});

describe("isCanonicalSourceUrl", () => {
  it.each([
    ["https://doi.org/10.1177/2325967118757983", true],
    ["https://pubmed.ncbi.nlm.nih.gov/29536022/", true],
    ["https://sportsmedicine.mayoclinic.org/condition/plantar-fasciitis/", true],
    ["https://healthunlocked.com/tag/plantar-fasciitis", false],
    ["not a url", false],
  ])("%s -> %s", (url, expected) => expect(isCanonicalSourceUrl(url)).toBe(expected));
});

describe("ArticleFrontMatter date order", () => {
  const dates = { published: "2026-11-25", reviewed: "2026-11-25", nextReview: "2027-11-25" };
  const fields = (input: object) => {
    const result = ArticleFrontMatter.safeParse({ ...frontMatter, ...input });
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
  };

  it("reports a bad date once, without a knock-on error about the order", () => {
    expect(fields({ ...dates, published: "2026-13-45" })).toEqual(["published"]);
    expect(fields({ ...dates, reviewed: "soon" })).toEqual(["reviewed"]);
  });

  it("reports dates out of order even when another field is wrong", () => {
    expect(fields({ ...dates, reviewed: "2026-11-01", title: "" })).toEqual(["title", "reviewed"]);
  });
});
