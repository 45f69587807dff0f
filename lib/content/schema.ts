import { z } from "zod";

import { isCanonicalSourceUrl } from "./canonical-sources";
import { SanitizedHtmlSchema } from "./html";
import { CITATION_PATTERN } from "./syntax";
import { PlanCondition } from "../plan/rules";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL slug: lowercase letters and digits in hyphen-separated words. */
export const Slug = z.string().regex(SLUG, { error: "must be lowercase-kebab-case (a-z, 0-9, hyphens)" });

/** A calendar date written `YYYY-MM-DD`; impossible dates such as 2026-02-30 are rejected. */
export const IsoDate = z.iso.date({ error: "must be a real date written YYYY-MM-DD" });
export type IsoDate = z.infer<typeof IsoDate>;

/** What an article is about; drives the hub's grouping and the structured data. */
export const Topic = z.enum([
  "overview",
  "causes",
  "risk-factors",
  "complications",
  "treatment",
  "prevention",
  "guide",
]);
export type Topic = z.infer<typeof Topic>;

const isDate = (value: unknown) => IsoDate.safeParse(value).success;
const bothDates = (a: unknown, b: unknown) => isDate(a) && isDate(b);
/** True when the raw front matter holds valid dates in both fields, so comparing them means something. */
const datesPresent = (value: unknown, a: string, b: string) =>
  typeof value === "object" &&
  value !== null &&
  bothDates((value as Record<string, unknown>)[a], (value as Record<string, unknown>)[b]);

/** The front matter every article must carry (see content/README.md). */
export const ArticleFrontMatter = z
  .object({
    /** The page's H1 and the base of its `<title>`. */
    title: z.string().trim().min(3).max(70),
    /** Meta description and the summary under the H1. */
    description: z.string().trim().min(50).max(160),
    topic: Topic,
    /** First publication date. */
    published: IsoDate,
    /** Day the editorial team last checked the article against its cited sources. */
    reviewed: IsoDate,
    /** Day by which the article must be checked again; the build fails after it. */
    nextReview: IsoDate,
    /** Slugs of other articles shown as related reading. */
    related: z.array(Slug).default([]),
    /** Former slugs that redirect permanently to this article. */
    aliases: z.array(Slug).default([]),
    /** Conditions from `content/triage.yaml` whose red flags this article's "When to get help" section shows. */
    conditions: z.array(Slug).default([]),
  })
  .strict()
  // Compared only when both dates are valid: a bad date is reported once, without knock-on errors.
  .refine((fm) => !bothDates(fm.published, fm.reviewed) || fm.reviewed >= fm.published, {
    error: "must not be before published",
    path: ["reviewed"],
    when: (payload) => datesPresent(payload.value, "published", "reviewed"),
  })
  .refine((fm) => !bothDates(fm.reviewed, fm.nextReview) || fm.nextReview > fm.reviewed, {
    error: "must be after reviewed",
    path: ["nextReview"],
    when: (payload) => datesPresent(payload.value, "reviewed", "nextReview"),
  });
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatter>;

/** One work in `content/references.yaml`. */
export const BibliographyEntry = z
  .object({
    /** Author list as printed, for example "Hansen L, Krogh TP". Omitted when not confirmed. */
    authors: z.string().trim().min(2).optional(),
    title: z.string().trim().min(3),
    /** Journal, or the organisation that publishes the page. */
    publisher: z.string().trim().min(2),
    year: z.number().int().min(1900).max(2100).optional(),
    /** Volume, issue and pages, for example "23(5):448-452". */
    details: z.string().trim().optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: "must look like 10.1234/abc" })
      .optional(),
    pmid: z
      .string()
      .regex(/^\d{1,9}$/, { error: "must be digits only" })
      .optional(),
    pmcid: z
      .string()
      .regex(/^PMC\d+$/, { error: "must look like PMC1234567" })
      .optional(),
    url: z
      .url({ protocol: /^https$/, error: "must be an https URL" })
      .refine(isCanonicalSourceUrl, {
        error: "must be on a canonical source domain (lib/content/canonical-sources.ts)",
      })
      .optional(),
  })
  .strict();
export type BibliographyEntry = z.infer<typeof BibliographyEntry>;

/** The whole bibliography: key to entry. */
export const Bibliography = z.record(
  z.string().regex(SLUG, { error: "reference keys must be lowercase-kebab-case" }),
  BibliographyEntry,
);
export type Bibliography = z.infer<typeof Bibliography>;

/** NHS-style urgency levels for care cards. */
export const CareLevel = z.enum(["emergency", "urgent", "non-urgent"]);
export type CareLevel = z.infer<typeof CareLevel>;

/** `appliesTo` value of a care item every page shows. */
export const ALL_CONDITIONS = "all";

/** One "when to get help" sign, defined once in `content/triage.yaml` and shown wherever it applies. */
export const TriageItem = z
  .object({
    /** Stable id: the guide and search refer to the item by it. */
    id: Slug,
    level: CareLevel,
    /** What the reader sees, completing the level's heading ("... if:"), with its condition ("after a fall"). */
    text: z.string().trim().min(10),
    /** The same sign in a few words, for compact lists such as the home page's. */
    short: z.string().trim().min(5).max(80),
    /** `all`, or condition ids from `conditions`. */
    appliesTo: z.array(Slug).min(1),
    /** How readers describe the sign, for matching their questions: phrases, word by word in a row. */
    readerWords: z.array(z.string().trim().min(2)).min(1),
    /**
     * Signs readers name only with a place or a time ("cold" near "foot"): each entry is groups of
     * phrases, and a question matches when it has one phrase of every group close together.
     */
    nearWords: z.array(z.array(z.array(z.string().trim().min(2)).min(1)).min(2)).default([]),
    /** Like `nearWords`, for signs whose parts a reader may say anywhere in the question ("fell" ... "cant walk"). */
    sameQuestion: z.array(z.array(z.array(z.string().trim().min(2)).min(1)).min(2)).default([]),
    /** Phrases that mean the `nearWords` or `sameQuestion` words are about something else ("cold pack on my foot"). */
    notWith: z.array(z.string().trim().min(2)).default([]),
    /** Bibliography keys supporting the item. */
    cite: z.array(Slug).min(1, { error: "every care item needs at least one citation" }),
  })
  .strict();
export type TriageItem = z.infer<typeof TriageItem>;

/** A condition whose red flags articles can ask for with `conditions:` in their front matter. */
const TriageCondition = z
  .object({
    label: z.string().trim().min(3),
    /** Words that, in an article's text, mean the article must list this condition. */
    mentions: z.array(z.string().trim().min(3)).min(1),
  })
  .strict();

/** The whole triage file. */
export const Triage = z
  .object({
    /** The heading of each level's care card. */
    levels: z
      .object({ emergency: z.string().min(10), urgent: z.string().min(10), "non-urgent": z.string().min(10) })
      .strict(),
    conditions: z.record(Slug, TriageCondition),
    items: z.array(TriageItem).min(1),
  })
  .strict();
export type Triage = z.infer<typeof Triage>;

/** One drawing's data in `content/figures.yaml`; the drawing itself is `content/figures/<id>.svg`. */
export const FigureEntry = z
  .object({
    /**
     * What the picture shows, for readers who cannot see it; not a copy of the caption. `""` marks a
     * decorative picture: one only a guide answer card shows, whose words already say what it shows.
     */
    alt: z.string().trim().max(400),
    /** What the picture means, shown under it; a decorative picture has none. */
    caption: z.string().trim().min(10).max(300).optional(),
    /** Bibliography keys of the works the drawing was checked against: its anatomy, or the exercise's steps. */
    sources: z.array(Slug).min(1, { error: "name at least one reference the drawing was checked against" }),
    licence: z.literal("our own work"),
  })
  .strict();
export type FigureEntry = z.infer<typeof FigureEntry>;

/** A drawing as a page shows it: served from the site itself at `src`, with its size and sources. */
export const Figure = z.object({
  id: Slug,
  src: z.string().regex(/^\/figures\/[a-z0-9-]+\.svg$/),
  alt: z.string().min(20),
  caption: z.string().min(10),
  width: z.number().positive(),
  height: z.number().positive(),
  /** Who published the works the drawing was checked against, with the link a reader follows. */
  sources: z.array(z.object({ name: z.string().min(1), href: z.url().optional() })).min(1),
});
export type Figure = z.infer<typeof Figure>;

/** A decorative picture (alt `""`) as a guide answer card shows it: the card's words say what it shows. */
export const CardPicture = z.object({
  id: Slug,
  src: z.string().regex(/^\/figures\/[a-z0-9-]+\.svg$/),
  width: z.number().positive(),
  height: z.number().positive(),
});
export type CardPicture = z.infer<typeof CardPicture>;

/** One work cited at one place on a page: its number there, this citation's link id and where the link goes. */
const CitedWork = z.object({ number: z.number().int().positive(), id: z.string(), href: z.string() });

/** The works cited at one place, numbered by the page's citation registry (lib/content/citations.ts). */
export const Citation = z.array(CitedWork).min(1);
export type Citation = z.infer<typeof Citation>;

/** Text the site writes from its data (a guide step, a self-care step), followed by its citation. */
export const CitedText = z.object({ text: z.string().min(1), citation: Citation });
export type CitedText = z.infer<typeof CitedText>;

/** One sign of a care card: a triage item's wording and its citation. */
export const CareSign = CitedText.extend({ item: Slug });
export type CareSign = z.infer<typeof CareSign>;

/** When to see a doctor, closing a "First steps" card: a triage item's sign, led by its level's words. */
export const FirstStepsHelp = z.object({ level: CareLevel, lead: z.string().min(1), sign: CareSign });
export type FirstStepsHelp = z.infer<typeof FirstStepsHelp>;

/**
 * A block of a page: sanitised prose, an h3 heading inside prose, a care card,
 * text the site writes from its data (cited paragraphs and lists, a compact
 * list of signs) or a figure. Everything but prose is typed data, rendered
 * straight to React.
 */
export const ContentBlock = z.discriminatedUnion("type", [
  z.object({ type: z.literal("html"), html: SanitizedHtmlSchema }),
  z.object({ type: z.literal("heading"), id: Slug, title: z.string().min(1) }),
  z.object({
    type: z.literal("care-card"),
    id: Slug,
    level: CareLevel,
    title: z.string().min(1),
    signs: z.array(CareSign).min(1),
  }),
  z.object({ type: z.literal("cited-paragraph"), text: CitedText }),
  z.object({ type: z.literal("citation"), citation: Citation }),
  z.object({ type: z.literal("cited-list"), items: z.array(CitedText).min(1) }),
  /** Signs in a few words, with one citation for them all (the home page's compact "when to get help"). */
  z.object({ type: z.literal("sign-list"), signs: z.array(z.string().min(1)).min(1), sources: Citation }),
  z.object({ type: z.literal("figure"), figure: Figure }),
]);
export type ContentBlock = z.infer<typeof ContentBlock>;

/** A care card as a block of a page. */
export type CareCardBlock = Extract<ContentBlock, { type: "care-card" }>;

/** A question and its answer from a "Common questions" section. */
export const FaqItem = z.object({ id: Slug, question: z.string().min(3), answerHtml: SanitizedHtmlSchema });
export type FaqItem = z.infer<typeof FaqItem>;

/** A heading inside a section, listed for the contents and deep links. */
const Subheading = z.object({ id: Slug, title: z.string().min(1) });

const sectionBase = { id: Slug, title: z.string().min(1), subheadings: z.array(Subheading) };

/** Section kinds whose first bulleted list is data (signs, risk factors, treatments). */
const LIST_SECTION_KINDS = ["symptoms", "risk-factors", "treatment"] as const;

/** One h2 section of an article, typed by what it holds. */
export const Section = z.discriminatedUnion("kind", [
  z.object({ ...sectionBase, kind: z.literal("body"), blocks: z.array(ContentBlock) }),
  z.object({ ...sectionBase, kind: z.literal("when-to-get-help"), blocks: z.array(ContentBlock) }),
  z.object({
    ...sectionBase,
    kind: z.enum(LIST_SECTION_KINDS),
    blocks: z.array(ContentBlock),
    /** Plain text of the section's first bulleted list, as the page shows it. */
    listItems: z.array(z.string().min(1)),
  }),
  z.object({ ...sectionBase, kind: z.literal("key-takeaways"), items: z.array(SanitizedHtmlSchema).min(3).max(6) }),
  /** What to do and avoid in the next two weeks, and "Can I keep running?": the card that opens a condition page. */
  z.object({
    ...sectionBase,
    kind: z.literal("first-steps"),
    items: z.array(SanitizedHtmlSchema).min(2).max(6),
    help: FirstStepsHelp.optional(),
  }),
  z.object({ ...sectionBase, kind: z.literal("faq"), items: z.array(FaqItem).min(3).max(6) }),
]);
export type Section = z.infer<typeof Section>;

/** A work an article cites, numbered in order of first citation. */
export const CitedReference = z.object({
  number: z.number().int().positive(),
  key: Slug,
  entry: BibliographyEntry,
  /** The link a reader follows: DOI, PubMed, PMC or publisher URL; absent when the work has none. */
  href: z.url().optional(),
  /** Ids of the in-text citation links, for "back to where it was cited" links. */
  citedFrom: z.array(z.string()).min(1),
});
export type CitedReference = z.infer<typeof CitedReference>;

/** A root-relative link in an article's body and the body line it is on (`body (line 12)`), for reports. */
export const InternalLink = z.object({ href: z.string(), at: z.string() });
export type InternalLink = z.infer<typeof InternalLink>;

/** A fully parsed, validated article. */
export const Article = z.object({
  slug: Slug,
  frontMatter: ArticleFrontMatter,
  /** The opening answer before the first h2. */
  lead: z.array(ContentBlock),
  sections: z.array(Section),
  references: z.array(CitedReference),
  /** Root-relative links to other pages of the site, checked by the loader. */
  internalLinks: z.array(InternalLink),
  wordCount: z.number().int().nonnegative(),
  /** Flesch-Kincaid grade of the body (content/README.md asks for 8 or lower). */
  readingGrade: z.number(),
  readingMinutes: z.number().int().positive(),
});
export type Article = z.infer<typeof Article>;

/** `article-slug#section-id`: a section of an article the guide points to. */
export const SectionRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must look like article-slug#section-id" });

/** One answer to a guide question: a link to the next step. */
const GuideAnswer = z
  .object({
    /** The answer's part of the next step's URL. */
    id: Slug,
    label: z.string().trim().min(2),
    /** How the answer reads in "You told us: ...". */
    summary: z.string().trim().min(2),
    /** The question or outcome this answer leads to. */
    next: Slug,
    /** A decorative picture from content/figures.yaml shown on the answer's card: the same foot, its area shaded. */
    figure: Slug.optional(),
  })
  .strict();

/** One step of the guide: a question, each answer a link. */
export const GuideQuestion = z
  .object({
    question: z.string().trim().min(5),
    /** Levels whose triage items, of every condition, are shown with the question (the warning-sign steps). */
    showsLevels: z.array(CareLevel).default([]),
    /** Why the guide asks this, in one plain sentence. */
    why: z.string().trim().min(5),
    /** The clinical basis for asking it. */
    cite: z.array(Slug).min(1, { error: "every question needs its clinical basis cited" }),
    answers: z.array(GuideAnswer).min(2).max(8),
  })
  .strict();
export type GuideQuestion = z.infer<typeof GuideQuestion>;

/** A self-care step on a pattern outcome. */
const SelfCareStep = z
  .object({ text: z.string().trim().min(5), cite: z.array(Slug).min(1, { error: "every step needs a citation" }) })
  .strict();

/** Where the guide ends: a warning sign (get help, no self-care), or a pattern described in articles. */
export const GuideOutcome = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("get-help"),
      title: z.string().trim().min(5),
      /** Triage item ids whose cards the page shows. */
      triage: z.array(Slug).default([]),
      /** Levels whose triage items, of every condition, the page shows too. */
      showsLevels: z.array(CareLevel).default([]),
      whatToDo: z.string().trim().min(10),
      cite: z.array(Slug).min(1),
      readMore: z.array(SectionRef).min(1).max(3),
    })
    .strict(),
  z
    .object({
      kind: z.literal("pattern"),
      title: z.string().trim().min(5),
      /** One to three article sections that describe the pattern. */
      describedIn: z.array(SectionRef).min(1).max(3),
      selfCare: z.array(SelfCareStep).min(1).max(4),
      /** Triage conditions whose signs the page's "when to get help" cards add. */
      conditions: z.array(Slug).default([]),
    })
    .strict(),
]);
export type GuideOutcome = z.infer<typeof GuideOutcome>;

/** The whole guide file. */
export const Guide = z
  .object({
    title: z.string().trim().min(3).max(70),
    description: z.string().trim().min(50).max(160),
    start: Slug,
    /**
     * The question the home page offers first ("or start from where it hurts"). Its answer is carried
     * through every step before it, warning signs first, and given when the reader gets there.
     */
    homeEntry: Slug,
    questions: z.record(Slug, GuideQuestion),
    outcomes: z.record(Slug, GuideOutcome),
  })
  .strict();
export type Guide = z.infer<typeof Guide>;

/** The home page's editor-owned lists. */
export const HomePage = z
  .object({
    /** "Start here": where it hurts, in the reader's words, and the section that describes it. */
    startHere: z
      .array(z.object({ where: z.string().trim().min(5).max(80), link: SectionRef }).strict())
      .min(2)
      .max(8),
  })
  .strict();
export type HomePage = z.infer<typeof HomePage>;

/** Markdown an editor writes for the plan page: a rule and its source, so at least one `[@key]`. */
const PlanRule = z
  .string()
  .trim()
  .min(10)
  .regex(new RegExp(CITATION_PATTERN.source), { error: "every rule needs its source: cite it with [@key]" });

/** What a stage asks the reader to do, in plain text with the reader's numbers as `{walkGoal}`; no citation. */
const StageWords = z
  .string()
  .trim()
  .min(5)
  .refine((text) => !text.includes("[@"), { error: "cite the source in the step's rule, not in says" });

/** One thing a stage asks, and the cited rule behind it. */
const PlanStep = z.object({ says: StageWords, rule: PlanRule }).strict();

const PlanStage = z.object({ name: z.string().trim().min(2).max(30), steps: z.array(PlanStep).min(1).max(3) }).strict();

/** What the plan says for one thing a reader may be coming back from. */
const PlanConditionText = z
  .object({
    /** The doctor's clearance the plan opens with: after a stress fracture or a rupture, and only then. */
    clearance: PlanRule.optional(),
    /** The hop check. */
    hop: PlanRule,
    /** When to stop a run. */
    stopRule: PlanRule,
    /** Conditions from `content/triage.yaml` whose own signs the plan shows as care cards. */
    conditions: z.array(Slug).default([]),
  })
  .strict();

/** `content/return-to-running-plan.yaml`: every word of the plan page that is not a number or a heading. */
export const PlanText = z
  .object({
    intro: PlanRule,
    /** The check at every stage: the column's question, each row's answer, and its cited rule. */
    nextMorning: z
      .object({ question: z.string().trim().min(10), answer: z.string().trim().min(5), rule: PlanRule })
      .strict(),
    /** The stages in the page's order; the hop check's words are each condition's own. */
    stages: z
      .object({
        walk: PlanStage,
        hop: z.object({ name: z.string().trim().min(2).max(30) }).strict(),
        walkRun: PlanStage,
        run: PlanStage,
        /** The single-run ceiling, with what its one study can and cannot say. */
        buildUp: PlanStage.extend({ caveat: PlanRule }).strict(),
      })
      .strict(),
    conditions: z.record(PlanCondition, PlanConditionText),
  })
  .strict();
export type PlanText = z.infer<typeof PlanText>;
