import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { invalidFixture } from "./fixtures";
import { parseSynonyms } from "@/lib/content/synonyms";
import { withinOneEdit } from "@/lib/search/red-flags";
import { MAX_QUERY_LENGTH, readAbout, readQuery } from "@/lib/search/query";
import { markedSnippet } from "@/lib/search/snippet";
import { createAnalyser } from "@/lib/search/analyse";

describe("readQuery: bad input becomes one clean line of text, never an error", () => {
  const long = "heel ".repeat(2_000);
  const cases: { name: string; raw: string | string[] | undefined; query: string; cut?: boolean }[] = [
    { name: "no q", raw: undefined, query: "" },
    { name: "empty q", raw: "", query: "" },
    { name: "blank q", raw: " \t\n  ", query: "" },
    { name: "10,000 characters", raw: long, query: long.slice(0, MAX_QUERY_LENGTH).trim(), cut: true },
    { name: "HTML and script", raw: `<script>alert("x")</script>`, query: `<script>alert("x")</script>` },
    { name: "quotes", raw: `heel "pain" 'runner'`, query: `heel "pain" 'runner'` },
    { name: "unicode and accents", raw: "douleur au talon après la course", query: "douleur au talon après la course" },
    { name: "emoji", raw: "heel 🦶 pain 😣", query: "heel 🦶 pain 😣" },
    { name: "right-to-left override", raw: "heel\u202Eniap", query: "heelniap" },
    { name: "NUL and other controls", raw: "heel\u0000pain\u0007\u001b[31m", query: "heel pain [31m" },
    { name: "a lone surrogate", raw: "heel \uD800 pain", query: "heel \uFFFD pain" },
    { name: "q repeated", raw: ["plantar fasciitis", "knee"], query: "plantar fasciitis" },
  ];
  for (const { name, raw, query, cut = false } of cases) {
    it(name, () => {
      expect(readQuery(raw)).toEqual({ query, cut });
    });
  }

  it("cuts between characters, never inside an emoji", () => {
    const { query, cut } = readQuery("🦶".repeat(MAX_QUERY_LENGTH + 5));
    expect(cut).toBe(true);
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.isWellFormed()).toBe(true);
  });

  it("readAbout takes only a known article slug", () => {
    const slugs = new Set(["plantar-fasciitis"]);
    expect(readAbout("plantar-fasciitis", slugs)).toBe("plantar-fasciitis");
    expect(readAbout(["plantar-fasciitis", "x"], slugs)).toBe("plantar-fasciitis");
    expect(readAbout("../etc/passwd", slugs)).toBeUndefined();
    expect(readAbout(undefined, slugs)).toBeUndefined();
  });
});

describe("parseSynonyms", () => {
  it("accepts the real file", () => {
    const file = path.resolve(__dirname, "../../content/search-synonyms.yaml");
    expect(parseSynonyms(readFileSync(file, "utf8"), "content/search-synonyms.yaml").issues).toEqual([]);
  });

  it("reports every problem with its line", () => {
    const { synonyms, issues } = parseSynonyms(invalidFixture("bad-synonyms.yaml"), "content/search-synonyms.yaml");
    expect(synonyms).toBeUndefined();
    expect(issues.map((issue) => `${issue.file}: ${issue.field}: ${issue.message}`)).toEqual([
      "content/search-synonyms.yaml:4: groups[1]: a group needs at least two terms",
      'content/search-synonyms.yaml:5: groups[2][0]: "Tendinitis": must be lowercase letters, digits, spaces, hyphens or apostrophes',
    ]);
  });

  it("reports a term in two groups, a term of stop words only and a word in both scope lists", () => {
    const source = invalidFixture("bad-synonyms.yaml")
      .replace("  - [calcaneus]\n", "")
      .replace("Tendinitis", "tendinitis");
    const { issues } = parseSynonyms(source, "content/search-synonyms.yaml");
    expect(issues.map((issue) => `${issue.file}: ${issue.field}: ${issue.message}`)).toEqual([
      'content/search-synonyms.yaml:5: groups[2][0]: "the" has only words search ignores (such as "the", "can"); use a more specific term',
      'content/search-synonyms.yaml:5: groups[2][1]: "can" has only words search ignores (such as "the", "can"); use a more specific term',
      'content/search-synonyms.yaml:7: groups[4][0]: "insole" is the same search term as one in groups[3] (content/search-synonyms.yaml:6); keep it in one group',
      'content/search-synonyms.yaml:10: scope.heel[0]: "heel" is also in scope.otherBodyParts; keep it in one list',
    ]);
  });

  it("reports invalid YAML at the line of the unclosed bracket, not the line after, with the fix", () => {
    const { issues } = parseSynonyms("groups:\n  - [heel, bone\n", "x.yaml");
    expect(issues).toEqual([
      {
        file: "x.yaml:2",
        field: "(YAML)",
        message:
          "invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; a [ or { opened here is never closed: add the closing ] or }",
      },
    ]);
  });
});

describe("analysis", () => {
  const analyser = createAnalyser([
    ["heel bone", "calcaneus"],
    ["tendinitis", "tendinopathy", "tendonitis"],
  ]);

  it("gives a synonym phrase and its one-word member the same group term", () => {
    expect(analyser.tokenize("My heel bone hurts")).toContain("=0");
    expect(analyser.processTerm("calcaneus")).toEqual(["calcaneu", "=0"]);
  });

  it("does not let the Porter stem of a member pull in other words (tendonitis is stemmed to tendon)", () => {
    expect(analyser.processTerm("tendonitis")).toEqual(["tendon", "=1"]);
    expect(analyser.processTerm("tendon")).toBe("tendon");
  });

  it("withinOneEdit counts a swap of neighbouring letters as one edit", () => {
    expect(withinOneEdit("hele", "heel")).toBe(true);
    expect(withinOneEdit("diabetis", "diabetes")).toBe(true);
    expect(withinOneEdit("numbnes", "numbness")).toBe(true);
    expect(withinOneEdit("heal", "help")).toBe(false);
  });

  it("marks matched words in a snippet without building any HTML", () => {
    const matched = ["ice", "towel"].flatMap((word) => [analyser.processTerm(word) ?? []].flat());
    const snippet = markedSnippet("Wrap <an> ice pack in a towel.", matched, analyser);
    expect(snippet.parts).toEqual([
      { text: "Wrap <an> ", marked: false },
      { text: "ice", marked: true },
      { text: " pack in a ", marked: false },
      { text: "towel", marked: true },
      { text: ".", marked: false },
    ]);
  });
});
