import { remark } from "remark";
import { describe, expect, it } from "vitest";

import { invalidFixture, TODAY } from "./fixtures";
import { toSanitizedHtml } from "@/lib/content/html";
import { type ParseContext, parseArticle } from "@/lib/content/parse-article";
import type { Article, Bibliography, Figure, Triage } from "@/lib/content/schema";

const bibliography: Bibliography = {
  "nhs-plantar-fasciitis": {
    title: "Plantar fasciitis",
    publisher: "NHS",
    url: "https://www.nhs.uk/conditions/plantar-fasciitis/",
  },
  hansen2018: {
    title: "Long-term prognosis of plantar fasciitis",
    publisher: "Orthop J Sports Med",
    doi: "10.1177/2325967118757983",
  },
  lagas2020: { title: "Persisting Achilles symptoms", publisher: "Scand J Med Sci Sports", pmid: "32615645" },
};

const triage: Triage = {
  levels: {
    emergency: "Call 911 or your local emergency number if:",
    urgent: "See a doctor today if:",
    "non-urgent": "Book an appointment with a doctor if:",
  },
  conditions: { achilles: { label: "Achilles tendon problems", mentions: ["achilles"] } },
  items: [
    {
      id: "no-better",
      level: "non-urgent",
      text: "it is no better after 2 weeks",
      short: "no better after 2 weeks",
      appliesTo: ["all"],
      readerWords: ["2 weeks"],
      nearWords: [],
      sameQuestion: [],
      notWith: [],
      cite: ["nhs-plantar-fasciitis"],
    },
    {
      id: "achilles-snap",
      level: "emergency",
      text: "you heard a snap at the back of your heel when you got hurt",
      short: "a snap at the back of the heel",
      appliesTo: ["achilles"],
      readerWords: ["heard a snap"],
      nearWords: [],
      sameQuestion: [],
      notWith: [],
      cite: ["lagas2020", "nhs-plantar-fasciitis"],
    },
  ],
};

const heelFigure: Figure = {
  id: "heel-side",
  src: "/figures/heel-side.svg",
  alt: "Line drawing of a foot from the inner side, with the heel bone shaded.",
  caption: "The heel bone sits at the back of the foot.",
  width: 640,
  height: 400,
  sources: [{ name: "NHS", href: "https://www.nhs.uk/conditions/plantar-fasciitis/" }],
};
const context: ParseContext = {
  file: "content/articles/test.md",
  slug: "test",
  bibliography,
  triage,
  today: TODAY,
  figures: new Map([["heel-side", heelFigure]]),
  // In figures.yaml, but with problems of its own: placing it is not also an "unknown figure".
  figureIds: new Set(["heel-side", "broken-drawing"]),
};

const FRONT_MATTER = `---
title: Heel pain after running
description: What heel pain after running usually is, how to tell the causes apart and what to do first.
topic: overview
published: 2026-11-25
reviewed: 2026-11-25
nextReview: 2027-11-25
---
`;

/** The sections every article needs; tests about other things get any they lack at the end. */
const REQUIRED = [
  ["When to get help", ""],
  ["Key takeaways", "- One.\n- Two.\n- Three.\n"],
  ["Common questions", "### Will it heal?\n\nYes.\n\n### Can I run?\n\nLess.\n\n### Do I need a scan?\n\nNo.\n"],
] as const;
const withRequiredSections = (body: string) =>
  REQUIRED.reduce(
    (text, [heading, content]) => (text.includes(`## ${heading}\n`) ? text : `${text}\n## ${heading}\n\n${content}`),
    body,
  );

function parse(body: string): Article {
  const result = parseArticle(FRONT_MATTER + withRequiredSections(body), context);
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.field}: ${issue.message}`).join("\n"));
  return result.article;
}

function problems(body: string): string[] {
  const result = parseArticle(FRONT_MATTER + withRequiredSections(body), context);
  return result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`);
}

const allHtml = (article: Article) => JSON.stringify([article.lead, article.sections]);

describe("parseArticle: sections", () => {
  const article = parse(`
Most heel pain after running is plantar fasciitis [@nhs-plantar-fasciitis].

## Key takeaways

- It usually settles [@hansen2018].
- Cut back on running.
- See a doctor if it is no better in 2 weeks.

## Symptoms

- Pain under the heel [@nhs-plantar-fasciitis].
- Worst on the first steps.

### In the morning

Stiff at first.

## In the morning

Repeated heading text.

## Common questions

### Will it go away?

Usually [@hansen2018; @lagas2020].

### Can I run?

Less, for a while.

### Do I need a scan?

Usually not.
`);

  it("splits the body at h2 into typed sections with stable, unique ids", () => {
    expect(article.sections.map((section) => [section.id, section.kind])).toEqual([
      ["key-takeaways", "key-takeaways"],
      ["symptoms", "symptoms"],
      ["in-the-morning-1", "body"],
      ["common-questions", "faq"],
      ["when-to-get-help", "when-to-get-help"],
    ]);
  });

  it("reports a second section of the same special kind", () => {
    expect(problems("Intro.\n\n## Treatment\n\n- Rest.\n\n## Treatment\n\n- Ice.\n")).toEqual([
      'body (line 15): more than one "Treatment" section; merge them',
    ]);
  });

  it("types key takeaways as a list and symptoms as plain list items", () => {
    const [takeaways, symptoms] = article.sections;
    expect(takeaways?.kind === "key-takeaways" && takeaways.items).toHaveLength(3);
    expect(symptoms?.kind === "symptoms" && symptoms.listItems).toEqual([
      "Pain under the heel",
      "Worst on the first steps",
    ]);
    expect(symptoms?.subheadings).toEqual([{ id: "in-the-morning", title: "In the morning" }]);
  });

  it("makes h3 headings in the body typed blocks with their ids, between the prose around them", () => {
    const [, symptoms] = article.sections;
    const blocks = symptoms && "blocks" in symptoms ? symptoms.blocks : [];
    expect(blocks.map((block) => (block.type === "heading" ? [block.id, block.title] : block.type))).toEqual([
      "html",
      ["in-the-morning", "In the morning"],
      "html",
    ]);
    expect(allHtml(article)).not.toContain("<h3");
  });

  it("extracts FAQ questions and answers", () => {
    const faq = article.sections[3];
    expect(faq?.kind === "faq" && faq.items.map((item) => [item.id, item.question])).toEqual([
      ["will-it-go-away", "Will it go away?"],
      ["can-i-run", "Can I run?"],
      ["do-i-need-a-scan", "Do I need a scan?"],
    ]);
  });

  it("numbers citations by first use and lists exactly the cited works with back-link ids", () => {
    expect(article.references.map((reference) => [reference.number, reference.key, reference.citedFrom])).toEqual([
      // The third citation is the generated care card's, numbered like any other.
      [1, "nhs-plantar-fasciitis", ["cite-1-1", "cite-1-2", "cite-1-3"]],
      [2, "hansen2018", ["cite-2-1", "cite-2-2"]],
      [3, "lagas2020", ["cite-3-1"]],
    ]);
    expect(article.references.map((reference) => reference.href)).toEqual([
      "https://www.nhs.uk/conditions/plantar-fasciitis/",
      "https://doi.org/10.1177/2325967118757983",
      "https://pubmed.ncbi.nlm.nih.gov/32615645/",
    ]);
    expect(JSON.stringify(article.lead)).toContain(
      '<sup class=\\"hp-citation\\"><a href=\\"/articles/test#ref-1\\" id=\\"cite-1-1\\" aria-label=\\"Reference 1\\"><span class=\\"hp-citation__number\\"><span class=\\"hp-citation__before\\">[</span>1<span class=\\"hp-citation__after\\">]</span></span></a></sup>',
    );
  });

  it("counts words and reading time", () => {
    expect(article.wordCount).toBeGreaterThan(40);
    expect(article.readingMinutes).toBe(1);
  });
});

describe("parseArticle: care cards", () => {
  const cardsOf = (article: Article) => {
    const help = article.sections.find((section) => section.kind === "when-to-get-help");
    return help && "blocks" in help ? help.blocks : [];
  };

  it("puts the triage items for the article's conditions at the start of When to get help, most urgent first", () => {
    const result = parseArticle(
      FRONT_MATTER.replace(/---\n$/, "conditions: [achilles]\n---\n") +
        withRequiredSections("Achilles pain is common.\n\n## When to get help\n\nMost heel pain can wait.\n"),
      context,
    );
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
    const blocks = cardsOf(result.article);
    expect(
      blocks.map((block) => (block.type === "care-card" ? [block.level, block.id, block.title] : block.type)),
    ).toEqual([
      ["emergency", "call-911-or-your-local-emergency-number-if", "Call 911 or your local emergency number if:"],
      ["non-urgent", "book-an-appointment-with-a-doctor-if", "Book an appointment with a doctor if:"],
      "html",
    ]);
    const [emergency] = blocks;
    expect(emergency?.type === "care-card" && emergency.signs.map((sign) => [sign.item, sign.text])).toContainEqual([
      expect.any(String),
      "you heard a snap at the back of your heel when you got hurt",
    ]);
    expect(result.article.references.map((reference) => reference.key)).toEqual(["lagas2020", "nhs-plantar-fasciitis"]);
  });

  it("shows only the items for every page when the article lists no condition", () => {
    const blocks = cardsOf(parse("Heel pain is common.\n\n## When to get help\n"));
    expect(blocks.map((block) => block.type === "care-card" && block.level)).toEqual(["non-urgent"]);
    expect(blocks[0]?.type === "care-card" && blocks[0].signs.map((sign) => sign.text)).toContain(
      "it is no better after 2 weeks",
    );
  });

  it("leaves ordinary blockquotes alone", () => {
    const article = parse("Intro.\n\n## Quote\n\n> Runners often ignore early pain.\n");
    expect(allHtml(article)).toContain("<blockquote>");
  });
});

describe("raw HTML never reaches a page", () => {
  const raw = invalidFixture("raw-html.md");

  it("is reported as a problem with its line", () => {
    const result = parseArticle(raw, context);
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`)).toEqual([
      "body (line 10): raw HTML is not allowed, so write it in Markdown: <script>",
      "body (line 10): raw HTML is not allowed, so write it in Markdown: </script>",
      'body (line 12): raw HTML is not allowed, so write it in Markdown: <iframe src="https://example.com/tracker',
      'body (line 14): raw HTML is not allowed, so write it in Markdown: <img src="x" onerror="alert(\'y\')">',
      'body (line 16): raw HTML is not allowed, so write it in Markdown: <b onclick="alert(2)">',
      "body (line 16): raw HTML is not allowed, so write it in Markdown: </b>",
    ]);
  });

  it.each(["<script", "<iframe", "onerror", "onclick", "<img", "example.com", "<b"])(
    "and the sanitising renderer strips %s from it",
    (fragment) => {
      const html = toSanitizedHtml(remark().parse(raw.split("---\n")[2] ?? "").children);
      expect(html).toContain("A nerve can be squeezed near the ankle.");
      expect(html).not.toContain(fragment);
    },
  );
});

describe("parseArticle: links", () => {
  it("rejects javascript: and plain-http links, and off-site links to non-canonical hosts", () => {
    expect(
      problems(
        "Intro [a](javascript:alert(1)) [b](http://www.nhs.uk/) [c](https://www.scribd.com/doc/1).\n\n## Body\n\nText.\n",
      ),
    ).toEqual([
      'body (line 9): link "javascript:alert(1)" must be root-relative or https',
      'body (line 9): link "http://www.nhs.uk/" must be root-relative or https',
      "body (line 9): link to non-canonical source https://www.scribd.com/doc/1; link to the publisher's own page",
    ]);
  });

  it("collects internal links, resolving same-page fragments", () => {
    const article = parse("Intro, see [treatment](/articles/treatment#rest).\n\n## Body\n\nSee [above](#body).\n");
    expect(article.internalLinks).toEqual([
      { href: "/articles/treatment#rest", at: "body (line 9)" },
      { href: "/articles/test#body", at: "body (line 13)" },
    ]);
  });
});

describe("parseArticle checks its own output", () => {
  it("reports headings that cannot make a clean link id, with their line", () => {
    expect(problems("Intro.\n\n## ???\n\nText.\n\n## Rest — then run\n\nText.\n")).toEqual([
      'body (line 11): heading "???" makes the link id "", which is not a clean link; use words, without dashes or symbols',
      'body (line 15): heading "Rest — then run" makes the link id "rest--then-run", which is not a clean link; use words, without dashes or symbols',
    ]);
  });

  it("requires key takeaways, common questions and when to get help", () => {
    const result = parseArticle(`${FRONT_MATTER}\nIntro.\n\n## Treatment\n\n- Rest.\n`, context);
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`)).toEqual([
      'body: needs a "## When to get help" section; its care cards come from content/triage.yaml',
      'body: needs a "## Key takeaways" section; add one (see content/README.md)',
      'body: needs a "## Common questions" section; add one (see content/README.md)',
    ]);
  });
});

describe("parseArticle: the First steps card", () => {
  const LEAD = "Most heel pain after running settles [@hansen2018].\n";
  const CARD = `## First steps

- **Can I keep running?** Cut back for now [@nhs-plantar-fasciitis].
- Stretch your calf each day [@nhs-plantar-fasciitis].
- Wear cushioned shoes [@nhs-plantar-fasciitis].
`;

  it("is a typed section of its cited items, first after the opening answer", () => {
    const [first] = parse(`${LEAD}\n${CARD}`).sections;
    expect(first?.kind).toBe("first-steps");
    expect(first?.kind === "first-steps" && first.items).toHaveLength(3);
  });

  it("reports a card that is not first, has an uncited or long item, or does not answer 'Can I keep running?'", () => {
    const long = Array.from({ length: 9 }, () => "Rest your foot today.").join(" ");
    expect(
      problems(`${LEAD}
## Symptoms

- Pain under the heel.

## First steps

- Stretch your calf each day.
- ${long} [@nhs-plantar-fasciitis].
- Wear cushioned shoes [@nhs-plantar-fasciitis].
`),
    ).toEqual([
      'body (line 15) "First steps": must be the first ## section, right after the opening answer',
      'body (line 15) "First steps": item 1 ("Stretch your calf each day.…") needs a citation',
      'body (line 15) "First steps": item 2 has 36 words; at most 35, so the card stays short',
      'body (line 15) "First steps": needs exactly one item that starts with "Can I keep running?" (found 0)',
    ]);
    expect(problems(`${LEAD}\n## First steps\n\nJust a paragraph [@hansen2018].\n`)).toEqual([
      'body (line 11) "First steps": must be one bulleted list of 3-6 items and nothing else',
    ]);
  });
});

describe("parseArticle: the First steps care line", () => {
  const LEAD = "Most heel pain after running settles [@hansen2018].\n";
  const steps = (last: string) => `## First steps

- **Can I keep running?** Cut back for now [@hansen2018].
- Stretch your calf each day [@lagas2020].
- ${last}
`;

  it("ends the card with a triage item's sign at its level, cited in reading order, not in the writer's items", () => {
    const [first] = parse(`${LEAD}\n${steps("![[care:no-better]]")}`).sections;
    expect(first?.kind === "first-steps" && first.items).toHaveLength(2);
    expect(first?.kind === "first-steps" && first.help).toEqual({
      level: "non-urgent",
      lead: "Book an appointment with a doctor if",
      // hansen2018 is [1], lagas2020 [2]: the care line's source comes next, before later sections' citations.
      sign: {
        item: "no-better",
        text: "it is no better after 2 weeks",
        citation: [{ number: 3, id: "cite-3-1", href: "/articles/test#ref-3" }],
      },
    });
  });

  it("reports an unknown item, one the page's conditions leave out, and a marker anywhere else, with lines", () => {
    expect(problems(`${LEAD}\n${steps("![[care:no-such-sign]]")}`)).toEqual([
      'body (line 15): "no-such-sign" is not an item in content/triage.yaml; use the id of the sign to show',
    ]);
    expect(problems(`${LEAD}\n${steps("![[care:achilles-snap]]")}`)).toEqual([
      'body (line 15): "achilles-snap" applies to achilles, which this page\'s conditions do not list, so "When to get help" would not show it',
    ]);
    expect(
      problems(`${LEAD}\n${steps("Rest [@hansen2018].")}\n## Symptoms\n\n- See a doctor: ![[care:no-better]]\n`),
    ).toEqual(['body (line 19): a care line goes only as the last item of "First steps", alone: ![[care:<id>]]']);
  });
});

describe("parseArticle: figures", () => {
  it("places a paragraph holding only ![[figure:<id>]] as that figure, between the prose around it", () => {
    const article = parse(
      "Intro.\n\n![[figure:heel-side]]\n\n## Where it hurts\n\nBefore.\n\n![[figure:heel-side]]\n\nAfter.\n",
    );
    expect(article.lead.map((block) => block.type)).toEqual(["html", "figure"]);
    const section = article.sections.find((each) => each.id === "where-it-hurts");
    const blocks = section && "blocks" in section ? section.blocks : [];
    expect(blocks.map((block) => (block.type === "figure" ? block.figure : block.type))).toEqual([
      "html",
      heelFigure,
      "html",
    ]);
    expect(allHtml(article)).not.toContain("![[figure:");
  });

  it("does not count the marker as words", () => {
    const plain = parse("Intro.\n\n## Where it hurts\n\nBefore.\n");
    const withFigure = parse("Intro.\n\n## Where it hurts\n\nBefore.\n\n![[figure:heel-side]]\n");
    expect(withFigure.wordCount).toBe(plain.wordCount);
  });

  it("reports an unknown figure, a marker inside a sentence, a list or a quote, and a figure in key takeaways, each with its line", () => {
    expect(
      problems(
        [
          "Intro.",
          "",
          "![[figure:heel-sole]]",
          "",
          "See ![[figure:heel-side]] here.",
          "",
          "- ![[figure:heel-side]]",
          "",
          "> ![[figure:heel-side]]",
          "",
          "![[figure:broken-drawing]]",
          "",
          "## Key takeaways",
          "",
          "- One.",
          "- Two.",
          "- Three.",
          "",
          "![[figure:heel-side]]",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      'body (line 11): unknown figure "heel-sole" (not in content/figures.yaml)',
      "body (line 13): a figure must be a paragraph of its own, outside lists and quotes: ![[figure:<id>]]",
      "body (line 15): a figure must be a paragraph of its own, outside lists and quotes: ![[figure:<id>]]",
      "body (line 17): a figure must be a paragraph of its own, outside lists and quotes: ![[figure:<id>]]",
      'body (line 21) "Key takeaways": figures are not allowed in this section; place them in a section of prose',
      'body (line 21) "Key takeaways": must be one bulleted list of 3-6 items and nothing else',
    ]);
  });
});
