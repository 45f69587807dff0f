import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { FIXTURES, fixtureLibrary, load, VALID_ROOT } from "./fixtures";
import { ContentValidationError } from "@/lib/content/issues";

describe("loadContent on the valid fixture library", () => {
  it("loads every .md article, in subfolders too, and ignores other files", () => {
    const { library, problems } = load(VALID_ROOT);
    expect(problems).toEqual([]);
    expect(library?.articles.map((article) => article.slug).sort()).toEqual([
      "achilles-tendinopathy",
      "plantar-fasciitis",
    ]);
  });

  it("keeps every bibliography entry, each cited somewhere", () => {
    const { library } = load(VALID_ROOT);
    expect(Object.keys(library?.bibliography ?? {}).sort()).toEqual([
      "hansen2018",
      "lagas2020",
      "nhs-plantar-fasciitis",
    ]);
  });
});

describe("loadContent names the file, field and problem for each kind of bad content", () => {
  it.each([
    [
      "missing required fields",
      [{ article: "missing-fields.md" }],
      [
        "content/articles/missing-fields.md:2: title: is required; add it (see content/README.md)",
        "content/articles/missing-fields.md:2: description: is required; add it (see content/README.md)",
      ],
    ],
    [
      "invalid field values",
      [{ article: "invalid-fields.md" }],
      [
        'content/articles/invalid-fields.md:3: description: "Too short." is 10 characters; write at least 50',
        'content/articles/invalid-fields.md:4: topic: "injuries" is not one of overview, causes, risk-factors, complications, treatment, prevention, guide; use one of these',
        'content/articles/invalid-fields.md:8: related[0]: "Plantar_Fasciitis": must be lowercase-kebab-case (a-z, 0-9, hyphens)',
      ],
    ],
    [
      "an impossible date",
      [{ article: "bad-date.md" }],
      ['content/articles/bad-date.md:5: published: "2026-02-30": must be a real date written YYYY-MM-DD'],
    ],
    [
      "a nextReview date in the past",
      [{ article: "past-next-review.md" }],
      [
        "content/articles/past-next-review.md:7: nextReview: 2025-06-01 has passed; review the article against its sources and set a new date",
      ],
    ],
    [
      "an unknown related slug",
      [{ article: "unknown-related.md" }],
      [
        'content/articles/unknown-related.md:8: related[0]: unknown article "heel-spurs"; use the file name of an article, without .md',
      ],
    ],
    [
      "an unknown citation key",
      [{ article: "unknown-citation.md" }],
      [
        'content/articles/unknown-citation.md: body (line 10): unknown citation key "smith2020"; add the work to content/references.yaml or fix the key',
      ],
    ],
    [
      "a duplicate slug in another folder",
      [{ article: "duplicate-slug/plantar-fasciitis.md", as: "more/plantar-fasciitis.md" }],
      [
        'content/articles/plantar-fasciitis.md: (file name): duplicate slug "plantar-fasciitis" (also content/articles/more/plantar-fasciitis.md); rename one file',
      ],
    ],
    [
      "a reference listed but never cited",
      [{ references: "uncited-reference.yaml" }],
      [
        "content/references.yaml:18: kujala2005: listed but never cited by any article, the guide, a figure or the plan; cite it or remove it",
      ],
    ],
    [
      "every mistake at once, each at its line: front matter values, an unknown field, an unknown related article, a citation and a link",
      [{ article: "many-mistakes.md" }],
      [
        'content/articles/many-mistakes.md:3: description: "Ice for heels." is 14 characters; write at least 50',
        'content/articles/many-mistakes.md:4: topic: "cures" is not one of overview, causes, risk-factors, complications, treatment, prevention, guide; use one of these',
        "content/articles/many-mistakes.md:8: author: unknown field; remove it, or check its name against content/README.md",
        'content/articles/many-mistakes.md:9: related[0]: unknown article "heel-spurs"; use the file name of an article, without .md',
        'content/articles/many-mistakes.md: body (line 12): unknown citation key "smith2020"; add the work to content/references.yaml or fix the key',
        'content/articles/many-mistakes.md: body (line 36): broken link "/articles/scans": no such page; check the address against content/articles',
      ],
    ],
    [
      "YAML syntax errors at the line of the mistake, whole, with the fix, and the body still checked",
      [{ article: "yaml-syntax.md" }],
      [
        'content/articles/yaml-syntax.md:2: title: invalid YAML: Nested mappings are not allowed in compact mappings; a value with ": " in it must be in quotes, for example title: "Heel pain: the causes"',
        "content/articles/yaml-syntax.md:8: related: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; a [ or { opened here is never closed: add the closing ] or }",
        'content/articles/yaml-syntax.md: body (line 12): unknown citation key "smith2020"; add the work to content/references.yaml or fix the key',
      ],
    ],
    [
      "a badly structured body",
      [{ article: "bad-structure.md" }],
      [
        "content/articles/bad-structure.md: body (line 10): # headings are not allowed; the title comes from front matter",
        "content/articles/bad-structure.md: body (line 12): care cards come from content/triage.yaml; remove this hand-written card",
        'content/articles/bad-structure.md: body (line 15) "Key takeaways": must be one bulleted list of 3-6 items and nothing else',
        'content/articles/bad-structure.md: body: needs a "## When to get help" section; its care cards come from content/triage.yaml',
        "content/articles/bad-structure.md: body: must open with a one- or two-sentence answer before the first ## heading",
      ],
    ],
  ])("%s", (_kind, extras, expected) => {
    expect(load(fixtureLibrary(extras)).problems).toEqual(expected);
  });

  it("reports every problem in every file at once", () => {
    const { problems } = load(
      fixtureLibrary([
        { article: "missing-fields.md" },
        { article: "bad-date.md" },
        { article: "unknown-related.md" },
        { references: "uncited-reference.yaml" },
      ]),
    );
    expect(problems).toHaveLength(5);
    expect(problems.map((line) => line.split(":")[0])).toEqual([
      "content/articles/bad-date.md",
      "content/articles/missing-fields.md",
      "content/articles/missing-fields.md",
      "content/articles/unknown-related.md",
      "content/references.yaml",
    ]);
  });
});

describe("loadContent: the triage data behind every care card", () => {
  it.each([
    [
      "duplicate ids and wording, citations in the wording, an unknown condition, an emergency that needs no injury, an emergency named by one word",
      [{ triage: "bad-triage.yaml" }],
      [
        'content/triage.yaml:15: items[0] "snap-or-pop".readerWords[0]: "snap": one word cannot tell an emergency from everyday talk ("popping", "fell"); write a phrase, or put the word in nearWords with a place or time',
        'content/triage.yaml:17: items[1] "snap-or-pop": duplicate id (also items[0]); give each item its own id',
        'content/triage.yaml:19: items[1] "snap-or-pop".text: duplicate wording (also "snap-or-pop"); keep one item, or say what differs',
        'content/triage.yaml:26: items[2] "cannot-walk".text: "you cannot walk or stand on your toes": an emergency about walking or moving must name the sudden injury (otherwise it is urgent, same-day care)',
        'content/triage.yaml:30: items[2] "cannot-walk".cite[0]: unknown citation key "mayo-heel-pain"; add the work to content/references.yaml or fix the key',
        'content/triage.yaml:33: items[3] "fever".text: has a citation in its wording; move it to cite:',
        'content/triage.yaml:35: items[3] "fever".appliesTo[0]: "children" is not a condition; use one of: all, achilles',
      ],
    ],
    [
      "an item without a citation",
      [{ triage: "uncited-triage.yaml" }],
      ["content/triage.yaml:19: items[0].cite: every care item needs at least one citation"],
    ],
  ])("%s", (_kind, extras, expected) => {
    expect(load(fixtureLibrary(extras)).problems).toEqual(expected);
  });

  it("reports a syntax error in a YAML file at the line of the mistake, not where the parser noticed it", () => {
    const root = fixtureLibrary();
    const references = readFileSync(path.join(root, "references.yaml"), "utf8").split("\n");
    references.splice(1, 1, '  title: "Plantar fasciitis');
    writeFileSync(path.join(root, "references.yaml"), references.join("\n"));
    expect(load(root).problems.filter((line) => line.startsWith("content/references.yaml"))).toEqual([
      'content/references.yaml:2: title: invalid YAML: Missing closing "quote; a quote opened here is never closed: add the closing quote',
    ]);
  });

  it("reports an item that no page shows", () => {
    const root = fixtureLibrary();
    const triage = readFileSync(path.join(FIXTURES, "invalid", "uncited-triage.yaml"), "utf8").replace(
      "cite: []",
      "cite: [nhs-plantar-fasciitis]",
    );
    writeFileSync(path.join(root, "triage.yaml"), triage);
    expect(load(root).problems).toEqual([
      'content/triage.yaml:20: items[1] "child-fever": no article lists any of its conditions (children), so no page shows it; add one to an article\'s conditions',
    ]);
  });

  it("reports hand-written cards, unknown conditions, a condition the text needs, and the pain scale outside Achilles tendinopathy", () => {
    expect(load(fixtureLibrary([{ article: "triage-rules.md" }])).problems).toEqual([
      'content/articles/triage-rules.md:8: conditions[0]: "knees" is not a condition in content/triage.yaml; use one of: achilles',
      'content/articles/triage-rules.md:8: conditions: the text mentions "achilles" but conditions does not list "achilles", so its red flags would be missing; add "achilles" to conditions',
      'content/articles/triage-rules.md: body (line 15): "5 out of 10": the pain-scale rule was tested only in Achilles tendinopathy; name it in this text or its heading',
      'content/articles/triage-rules.md: body (line 18): sentence of 33 words (at most 25; NHS style asks for 20), so split it: "A child with heel pain should be checked, because the heel b…"',
      "content/articles/triage-rules.md: body (line 22): care cards come from content/triage.yaml; remove this hand-written card",
    ]);
  });
});

describe("loadContent: the guide's tree", () => {
  it("reports dead ends, cycles, unreachable steps, paths over five questions, diagnoses, emergency signs behind an answer, sign steps that are not yes or no, an outcome with no sign, and broken links", () => {
    expect(load(fixtureLibrary([{ guide: "bad-guide.yaml" }])).problems).toEqual([
      "content/guide.yaml:5: questions.q1: is part of a cycle: q1 -> q2 -> q1; point one answer elsewhere",
      "content/guide.yaml:7: questions.q1.showsLevels: the first step must show the emergency signs, and only those, so they are never behind an answer",
      'content/guide.yaml:11: questions.q1.answers[0].next: "nowhere" is neither a question nor an outcome (a dead end); use the id of one',
      'content/guide.yaml:25: questions.q3.answers: a warning-sign step answers "yes" or "no", in that order (found: a,b)',
      "content/guide.yaml:42: questions.q6: is question 6 on the path q1 -> q2 -> q3 -> q4 -> q5 -> q6; at most 5, so ask fewer",
      "content/guide.yaml:49: questions.lonely: no path from the start reaches it; link an answer to it, or delete it",
      'content/guide.yaml:60: outcomes.calm.triage[1]: "no-such-item" is not an item in content/triage.yaml; use an item\'s id',
      "content/guide.yaml:64: outcomes.empty.triage: a get-help outcome must show at least one sign (triage or showsLevels)",
      'content/guide.yaml:72: outcomes.pattern.title: "You have plantar fasciitis": the guide describes patterns; it never says what a reader has, so reword it',
      'content/guide.yaml:73: outcomes.pattern.describedIn[0]: "plantar-fasciitis#no-such-section": no section "#no-such-section" in that article; use the id of one of its headings',
      'content/guide.yaml:73: outcomes.pattern.describedIn[1]: "heel-spurs#symptoms": no article "heel-spurs"; use an article\'s file name',
      'content/guide.yaml:77: homeEntry: "q3" is a warning-sign step; offer a question asked after every warning-sign step',
      // The valid library's card picture is on no card once this guide replaces the valid one.
      "content/figures.yaml:6: heel-card: not on any guide answer card; give an answer figure: heel-card, or remove it",
    ]);
  });
});

describe("loadContent: programmes", () => {
  it("reports a link in a programme's text to a page or section that does not exist, at its line", () => {
    expect(
      load(fixtureLibrary([{ programme: "programme-broken-links.yaml", as: "heel-raises.yaml" }])).problems,
    ).toEqual([
      'content/programmes/heel-raises.yaml:9: intro[0]: broken link "/articles/plantar-fasciitis#no-such-section": no section "#no-such-section" on that page; use the id of one of its headings',
      'content/programmes/heel-raises.yaml:34: steppingBack[0]: broken link "/articles/scans": no such page; check the address against content/articles',
    ]);
  });
});

describe("loadContent: the return-to-running plan's words", () => {
  it("loads them for the plan page", () => {
    const { library } = load(VALID_ROOT);
    expect(library?.plan.stages.walk.steps[0]?.says).toBe("First walk: {firstWalk}.");
    expect(library?.plan.conditions["achilles-tendinopathy"].conditions).toEqual(["achilles"]);
  });

  it("reports unknown sources and numbers, a number no stage shows, a rule that no longer states the arithmetic, a missing or stray clearance, unknown or missing conditions and the house rules", () => {
    expect(load(fixtureLibrary([{ plan: "bad-plan.yaml" }])).problems).toEqual([
      "content/return-to-running-plan.yaml:7: stages: {bikeRide} is shown in no stage; put it in a step's says, beside the rule that gives it",
      'content/return-to-running-plan.yaml:12: stages.walk.steps[0].rule: no longer says "6 weeks", which lib/plan/rules.ts applies to {firstWalk}; state it, or change the arithmetic with it',
      'content/return-to-running-plan.yaml:13: stages.walk.steps[1].says: "{walkTime}" is not a number the plan works out; use one of {firstWalk}, {walkGoal}, {bikeRide}, {block}, {nextRunCeiling}',
      'content/return-to-running-plan.yaml:14: stages.walk.steps[1].rule: unknown citation key "smith2020"; add the work to content/references.yaml or fix the key',
      'content/return-to-running-plan.yaml:21: stages.walkRun.steps[0].rule: sentence of 30 words (at most 25; NHS style asks for 20), so split it: "Switch between jogging and walking, and keep switching betwe…"',
      "content/return-to-running-plan.yaml:35: conditions.plantar-heel-pain.clearance: is shown only after a stress fracture or a rupture; remove it",
      'content/return-to-running-plan.yaml:37: conditions.plantar-heel-pain.stopRule: "3 out of 10": the pain-scale rule was tested only in Achilles tendinopathy; name it in this text or its heading',
      'content/return-to-running-plan.yaml:38: conditions.achilles-tendinopathy.conditions: the text mentions "achilles" but conditions does not list "achilles", so its red flags would be missing; add "achilles" to conditions',
      "content/return-to-running-plan.yaml:41: conditions.stress-fracture: the plan must open with the doctor's clearance after this; add clearance",
      'content/return-to-running-plan.yaml:48: conditions.achilles-rupture.conditions[1]: "ruptures" is not a condition in content/triage.yaml; use one of: achilles',
    ]);
  });

  it("reports a rule without its source, a citation in what a stage says and a missing condition, each at its line", () => {
    expect(load(fixtureLibrary([{ plan: "bad-plan-fields.yaml" }])).problems).toEqual([
      'content/return-to-running-plan.yaml:2: intro: "A made-up plan for tests, with no source.": every rule needs its source: cite it with [@key]',
      'content/return-to-running-plan.yaml:11: stages.walk.steps[0].says: "First walk: {firstWalk} [@hansen2018].": cite the source in the step\'s rule, not in says',
      ...["achilles-tendinopathy", "stress-fracture", "achilles-rupture", "not-sure"].map(
        (condition) =>
          `content/return-to-running-plan.yaml:31: conditions.${condition}: is required; add it (see content/README.md)`,
      ),
    ]);
  });

  it("reports the file missing", () => {
    const root = fixtureLibrary();
    rmSync(path.join(root, "return-to-running-plan.yaml"));
    expect(load(root).problems).toEqual(["content/return-to-running-plan.yaml: (file): missing; restore it from git"]);
  });
});

describe("the content error a build prints", () => {
  it("is the report alone: no stack frames and no dump of its fields", () => {
    const error = new ContentValidationError([{ file: "content/articles/x.md", field: "topic", message: "bad" }]);
    expect(error.stack).toBe("ContentValidationError: Content has 1 problem:\n  content/articles/x.md: topic: bad");
    expect(Object.keys(error)).toEqual([]);
    expect(error.issues).toHaveLength(1);
  });
});

describe("loadContent: figures", () => {
  it("loads each drawing with its size and sources, served from the site itself", () => {
    const { library, problems } = load(VALID_ROOT);
    expect(problems).toEqual([]);
    expect(library?.figures.get("heel-side")).toMatchObject({ decorative: false });
    expect(library?.figures.get("heel-card")).toMatchObject({
      decorative: true,
      picture: { id: "heel-card", src: "/figures/heel-card.svg", width: 240, height: 200 },
    });
    const loaded = library?.figures.get("heel-side");
    expect(loaded && !loaded.decorative ? loaded.figure : undefined).toEqual({
      id: "heel-side",
      src: "/figures/heel-side.svg",
      alt: "Line drawing of a foot from the inner side, with the heel bone shaded at the back.",
      caption: "The plantar fascia runs from the heel bone toward the toes.",
      width: 320,
      height: 200,
      sources: [{ name: "NHS", href: "https://www.nhs.uk/conditions/plantar-fasciitis/" }],
    });
  });

  it("reports every problem of every drawing at once, with file, line and id", () => {
    expect(load(fixtureLibrary([{ figures: "bad-figures.yaml", drawings: "bad-figures" }])).problems).toEqual([
      "content/figures.yaml:6: copied-alt: not placed in any article; place it with ![[figure:copied-alt]] or remove it",
      "content/figures.yaml:7: copied-alt.alt: copies the caption; say what the picture shows",
      'content/figures.yaml:9: copied-alt.sources[0]: unknown citation key "smith2020" (not in content/references.yaml)',
      "content/figures.yaml:11: missing-drawing: its drawing content/figures/missing-drawing.svg is missing",
      "content/figures.yaml:11: missing-drawing: not placed in any article; place it with ![[figure:missing-drawing]] or remove it",
      "content/figures.yaml:16: unsafe: not placed in any article; place it with ![[figure:unsafe]] or remove it",
      "content/figures.yaml:21: no-size: not placed in any article; place it with ![[figure:no-size]] or remove it",
      'content/figures.yaml:25: no-size.licence: "borrowed" must be "our own work"',
      "content/figures.yaml:26: not-svg: not placed in any article; place it with ![[figure:not-svg]] or remove it",
      "content/figures.yaml:31: huge: not placed in any article; place it with ![[figure:huge]] or remove it",
      'content/figures/unsafe.svg: svg (line 1): event handler onload="steal()" is not allowed',
      "content/figures/unsafe.svg: svg (line 2): <style> is not allowed (the CSP forbids inline style); use presentation attributes such as fill and stroke",
      "content/figures/unsafe.svg: svg (line 3): <script> is not allowed",
      "content/figures/unsafe.svg: svg (line 4): <foreignObject> is not allowed",
      'content/figures/unsafe.svg: svg (line 5): style="stroke: red" is not allowed (the CSP forbids inline style); use presentation attributes such as fill and stroke',
      'content/figures/unsafe.svg: svg (line 6): href="https://example.com/heel.png" is not allowed; a drawing may only link to #ids in the same file',
      'content/figures/unsafe.svg: svg (line 7): xlink:href="other.svg#heel" is not allowed; a drawing may only link to #ids in the same file',
      'content/figures/unsafe.svg: svg (line 8): fill="url(https://example.com/paint)" is not allowed; a drawing may only link to #ids in the same file',
      "content/figures/no-size.svg: svg (line 1): <svg> needs a viewBox",
      'content/figures/no-size.svg: svg (line 1): width="10em" must be a number of pixels',
      "content/figures/no-size.svg: svg (line 1): <svg> needs a height",
      'content/figures/not-svg.svg: svg (line 1): must be one <svg> element with xmlns="http://www.w3.org/2000/svg"',
      "content/figures/huge.svg: svg (line 1): is 8.6 KB gzipped; at most 8 KB",
      // The valid library's card picture and the guide answer that shows it, without their entry.
      'content/figures/heel-card.svg: (file): no entry "heel-card" in content/figures.yaml; add one or remove the drawing',
      'content/figures/stray.svg: (file): no entry "stray" in content/figures.yaml; add one or remove the drawing',
      'content/guide.yaml:28: questions.where.answers[0].figure: unknown figure "heel-card" (not in content/figures.yaml); use a figure\'s id',
    ]);
  });

  it('keeps pictures without alt text (alt: "") to guide answer cards, and cards to such pictures', () => {
    const root = fixtureLibrary([
      { figures: "card-figures.yaml", drawings: "card-figures", guide: "card-guide.yaml" },
      { article: "places-card-figure.md", as: "plantar-fasciitis.md" },
    ]);
    expect(load(root).problems).toEqual([
      "content/figures.yaml:10: captioned-card: not placed in any article; place it with ![[figure:captioned-card]] or remove it",
      'content/figures.yaml:12: captioned-card.caption: a decorative picture (alt: "") is shown without a caption; remove it, or write the alt text',
      "content/figures.yaml:15: short-alt: not placed in any article; place it with ![[figure:short-alt]] or remove it",
      'content/figures.yaml:16: short-alt.alt: "A foot" is 6 characters; say what the picture shows in at least 20, or use "" for a picture only a guide answer card shows',
      'content/articles/plantar-fasciitis.md:25: figure "heel-card": has alt: "" in content/figures.yaml, so only a guide answer card, whose words say what it shows, may show it; give it alt text and a caption to place it here',
      'content/guide.yaml:19: questions.warning-signs.answers[1].figure: unknown figure "no-such-figure" (not in content/figures.yaml); use a figure\'s id',
      'content/guide.yaml:34: questions.where.answers[1].figure: figure "heel-side" has alt text, but the card\'s words already say where it hurts; a card\'s picture has alt: "" in content/figures.yaml',
    ]);
  });
});
