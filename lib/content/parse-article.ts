import type { Heading, Link, List, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import type { z } from "zod";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";

import { isCanonicalSourceUrl } from "./canonical-sources";
import { citationRegistry, hasCitation, resolveCitations } from "./citations";
import { careCardBlock, citeCareCards, contentBlocks } from "./content-blocks";
import { takeFirstStepsHelp } from "./first-steps-help";
import { readArticleSource } from "./front-matter";
import { assignHeadingIds } from "./headings";
import { toSanitizedHtml } from "./html";
import { type At, type ContentIssue, fieldPath, type Report } from "./issues";
import { lintProse } from "./prose-lint";
import { readabilityOfTree } from "./readability";
import { articleCareCards } from "./triage-cards";
import {
  Article,
  ArticleFrontMatter,
  type Bibliography,
  type ContentBlock,
  type FaqItem,
  type Figure,
  type InternalLink,
  type IsoDate,
  type Section,
  Slug,
  type Triage,
} from "./schema";
import { FIGURE_MARKER, FIGURE_PATTERN, FIRST_STEPS, WHEN_TO_GET_HELP } from "./syntax";
import { articlePath } from "../site";
import { pathOfField, schemaIssues, type YamlSource } from "./yaml-file";

/** What the parser needs besides the Markdown: where it came from and what it may cite. */
export type ParseContext = {
  /** Path shown in problem reports, for example `content/articles/x.md`. */
  file: string;
  slug: string;
  bibliography: Bibliography;
  /** The "when to get help" items; the article's care cards are generated from them. */
  triage: Triage;
  /** Today's date; a `nextReview` before it is a problem. */
  today: IsoDate;
  /** Every article's slug (file name), to check `related`; without it, `related` is left to the caller. */
  articleSlugs?: ReadonlySet<string>;
  /** The checked figures an article may place, by id. */
  figures: ReadonlyMap<string, Figure>;
  /** Every id in content/figures.yaml, checked or not: a figure with its own problems is not also "unknown". */
  figureIds: ReadonlySet<string>;
};

/**
 * The article, or its problems; either way `where` finds a front-matter field's
 * line and `internalLinks` lists its links, so the loader's checks across
 * articles run even on an article with other problems.
 */
export type ParseResult = ({ ok: true; article: Article } | { ok: false; issues: ContentIssue[] }) & {
  where: YamlSource["where"];
  internalLinks: InternalLink[];
};

const SECTION_KINDS: Record<string, Section["kind"]> = {
  [FIRST_STEPS]: "first-steps",
  "key takeaways": "key-takeaways",
  "common questions": "faq",
  [WHEN_TO_GET_HELP]: "when-to-get-help",
  symptoms: "symptoms",
  "risk factors": "risk-factors",
  treatment: "treatment",
};

const WORDS_PER_MINUTE = 200;

/** The "First steps" card: short enough to read in pain, and it must answer the question runners ask first. */
const FIRST_STEPS_MAX_WORDS = 35;
const KEEP_RUNNING = "Can I keep running?";

/** Sections every article must have, with the heading that makes each. */
const REQUIRED_SECTIONS: [Section["kind"], string][] = [
  ["key-takeaways", "Key takeaways"],
  ["faq", "Common questions"],
];

/**
 * Turns one article's Markdown (front matter and body) into a validated
 * `Article`, or into the full list of its problems. Pure: no file I/O.
 */
export function parseArticle(source: string, context: ParseContext): ParseResult {
  const issues: ContentIssue[] = [];

  const parsed = readArticleSource(source, context.file);
  const { frontMatter: yaml } = parsed;
  // A front-matter field is reported at its line; the body's fields carry theirs (`body (line 12)`).
  const report = (field: string, message: string) => {
    const [name] = pathOfField(field);
    const inFrontMatter = typeof name === "string" && name in ArticleFrontMatter.shape;
    issues.push({ file: inFrontMatter ? yaml.where(pathOfField(field)) : context.file, field, message });
  };
  const at = (node: { position?: { start: { line: number } } }) =>
    node.position ? `body (line ${node.position.start.line + parsed.bodyLine})` : "body";

  // A front-matter problem never stops the body checks: the writer sees every problem at once.
  if (parsed.fenceProblem) issues.push({ file: context.file, field: "(front matter)", message: parsed.fenceProblem });
  issues.push(...yaml.syntaxIssues);
  const frontMatter = ArticleFrontMatter.safeParse(yaml.data ?? {});
  if (!frontMatter.success && !parsed.fenceProblem && yaml.syntaxIssues.length === 0) {
    issues.push(...schemaIssues(frontMatter.error, yaml, "(front matter)"));
  }
  // Each field read on its own, so an unknown field elsewhere does not hide a bad slug or a passed date.
  const field = <T>(name: keyof typeof ArticleFrontMatter.shape, schema: z.ZodType<T>) => {
    const data: unknown = yaml.data;
    const value =
      typeof data === "object" && data !== null && name in data ? (data as Record<string, unknown>)[name] : undefined;
    return schema.safeParse(value).data;
  };
  const { shape } = ArticleFrontMatter;
  const nextReview = field("nextReview", shape.nextReview);
  if (nextReview && nextReview < context.today) {
    report("nextReview", `${nextReview} has passed; review the article against its sources and set a new date`);
  }
  field("related", shape.related)?.forEach((slug, index) => {
    if (slug === context.slug) report(`related[${index}]`, "an article cannot be related to itself; remove it");
    else if (context.articleSlugs && !context.articleSlugs.has(slug)) {
      report(`related[${index}]`, `unknown article "${slug}"; use the file name of an article, without .md`);
    }
  });
  field("aliases", shape.aliases)?.forEach((alias, index) => {
    if (alias === context.slug) report(`aliases[${index}]`, "an alias cannot equal the article's own slug; remove it");
  });

  const tree = remark().use(remarkGfm).parse(parsed.body);
  // Unreadable conditions are reported as such; checking the text against them would only add knock-on errors.
  const conditions = field("conditions", shape.conditions);
  const help = takeFirstStepsHelp(tree, { triage: context.triage, conditions, report, at });
  checkStructure(tree, report, at);
  const figures = placeFigures(tree, context, report, at);
  // Figure markers are not prose: they would count as words and sentences.
  const prose: Root = { ...tree, children: tree.children.filter((node) => !figures.has(node)) };
  lintProse(prose, { title: frontMatter.success ? frontMatter.data.title : "", report, at });
  const careCards = articleCareCards(tree, { triage: context.triage, conditions, report, at });
  const { words, grade } = readabilityOfTree(prose);
  // One registry numbers every citation in reading order: the care line ends "First steps", and the care cards
  // stand at the start of "When to get help".
  const registry = citationRegistry({ bibliography: context.bibliography, pagePath: articlePath(context.slug) });
  const cite = (nodes: RootContent[]) =>
    resolveCitations({ type: "root", children: nodes }, { registry, bibliography: context.bibliography }, report, at);
  const helpAt = help?.at ?? 0;
  const cardsAt = careCards.heading ? tree.children.indexOf(careCards.heading) + 1 : tree.children.length;
  cite(tree.children.slice(0, helpAt));
  const helpItem = help?.item;
  const firstStepsHelp = helpItem && {
    level: helpItem.level,
    lead: context.triage.levels[helpItem.level].replace(/:$/, ""),
    sign: { item: helpItem.id, text: helpItem.text, citation: registry.cite(helpItem.cite) },
  };
  cite(tree.children.slice(helpAt, cardsAt));
  const cards = citeCareCards(careCards.heading ? careCards.cards : [], registry);
  cite(tree.children.slice(cardsAt));
  const { ids: headingIds, uniqueId } = assignHeadingIds(tree);
  for (const [heading, id] of headingIds) {
    if (!Slug.safeParse(id).success) {
      report(
        at(heading),
        `heading "${toString(heading)}" makes the link id "${id}", which is not a clean link; use words, without dashes or symbols`,
      );
    }
  }
  const internalLinks = collectLinks(tree, context.slug, report, at);

  const toBlocks = (nodes: RootContent[]): ContentBlock[] =>
    contentBlocks(nodes, { headingIds, figure: (node) => figures.get(node) });

  const { lead, sections: rawSections } = splitAtH2(tree);
  const leadBlocks = toBlocks(lead);
  if (!lead.some((node) => node.type === "paragraph")) {
    report("body", "must open with a one- or two-sentence answer before the first ## heading");
  }
  if (rawSections.length === 0) report("body", "needs at least one ## section");

  const seenKinds = new Set<Section["kind"]>();
  const sections: Section[] = [];
  for (const [position, { heading, nodes }] of rawSections.entries()) {
    const title = toString(heading);
    const id = headingIds.get(heading) ?? "";
    const kind = SECTION_KINDS[title.trim().toLowerCase()] ?? "body";
    if (kind !== "body" && seenKinds.has(kind)) report(at(heading), `more than one "${title}" section; merge them`);
    seenKinds.add(kind);
    const subheadings = nodes
      .filter((node): node is Heading => node.type === "heading" && node.depth === 3)
      .map((h3) => ({ id: headingIds.get(h3) ?? "", title: toString(h3) }));
    const where = `${at(heading)} "${title}"`;
    if ((kind === "key-takeaways" || kind === "faq") && nodes.some((node) => figures.has(node))) {
      report(where, "figures are not allowed in this section; place them in a section of prose");
    }

    switch (kind) {
      case "first-steps": {
        const problems = firstStepsProblems(nodes, position, help ? 1 : 0);
        for (const problem of problems) report(where, problem);
        const [list] = nodes;
        if (problems.length === 0 && list?.type === "list") {
          sections.push({
            id,
            title,
            kind,
            subheadings,
            items: list.children.map((item) => toSanitizedHtml(item.children)),
            help: firstStepsHelp,
          });
        }
        break;
      }
      case "key-takeaways": {
        const [list, ...rest] = nodes;
        if (list?.type !== "list" || rest.length > 0 || list.children.length < 3 || list.children.length > 6) {
          report(where, "must be one bulleted list of 3-6 items and nothing else");
          break;
        }
        const items = list.children.map((item) => toSanitizedHtml(item.children));
        sections.push({ id, title, kind, subheadings, items });
        break;
      }
      case "faq": {
        const items = faqItems(nodes, headingIds);
        if (!items) report(where, "must hold only ### questions, each followed by its answer");
        else if (items.length < 3 || items.length > 6) report(where, `must have 3-6 questions, found ${items.length}`);
        else sections.push({ id, title, kind, subheadings: [], items });
        break;
      }
      case "symptoms":
      case "risk-factors":
      case "treatment": {
        const list = nodes.find((node): node is List => node.type === "list");
        if (!list) {
          report(where, "must contain a bulleted list (it becomes structured data)");
          break;
        }
        const listItems = list.children.map((item) =>
          toString(item)
            .replace(/\s+([.,;:])/g, "$1")
            .trim()
            .replace(/[.;:]$/, ""),
        );
        sections.push({ id, title, kind, subheadings, blocks: toBlocks(nodes), listItems });
        break;
      }
      case "when-to-get-help": {
        const cardBlocks = cards.map((card) => careCardBlock(card, uniqueId));
        sections.push({ id, title, kind, subheadings, blocks: [...cardBlocks, ...toBlocks(nodes)] });
        break;
      }
      default:
        sections.push({ id, title, kind, subheadings, blocks: toBlocks(nodes) });
    }
  }

  for (const [kind, heading] of REQUIRED_SECTIONS) {
    if (!seenKinds.has(kind)) report("body", `needs a "## ${heading}" section; add one (see content/README.md)`);
  }

  const failed = { ok: false as const, issues, where: yaml.where, internalLinks };
  if (issues.length > 0 || !frontMatter.success) return failed;

  // The parser checks its own output: a bug here must not reach a page as a malformed article.
  const checked = Article.safeParse({
    slug: context.slug,
    frontMatter: frontMatter.data,
    lead: leadBlocks,
    sections,
    references: registry.references(),
    internalLinks,
    wordCount: words,
    readingGrade: grade,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  });
  if (!checked.success) {
    for (const issue of checked.error.issues) report(fieldPath(issue.path, "(parsed article)"), issue.message);
    return failed;
  }
  return { ok: true, article: checked.data, where: yaml.where, internalLinks };
}

/**
 * Headings the layout cannot place, and raw HTML. The sanitiser would drop
 * raw HTML anyway; reporting it tells the author their markup was lost.
 */
function checkStructure(tree: Root, report: Report, at: At) {
  visit(tree, (node) => {
    if (node.type === "html")
      report(at(node), `raw HTML is not allowed, so write it in Markdown: ${node.value.slice(0, 40)}`);
    if (node.type !== "heading") return;
    if (node.depth === 1) report(at(node), "# headings are not allowed; the title comes from front matter");
    if (node.depth > 3) report(at(node), `h${node.depth} headings are not allowed; use ## or ###`);
    if (hasCitation(toString(node)))
      report(at(node), "citations are not allowed in headings; move it into the text below");
  });
}

/**
 * Figure paragraphs (`![[figure:<id>]]` alone, at the top level) as figure
 * blocks. An unknown id, or the marker anywhere else, is reported.
 */
function placeFigures(tree: Root, context: ParseContext, report: Report, at: At): Map<RootContent, ContentBlock> {
  const placed = new Map<RootContent, ContentBlock>();
  visit(tree, "paragraph", (paragraph: Paragraph, _index, parent) => {
    const text = toString(paragraph);
    if (!text.includes(FIGURE_MARKER)) return;
    const [only, ...rest] = paragraph.children;
    const match = only?.type === "text" && rest.length === 0 ? FIGURE_PATTERN.exec(only.value.trim()) : null;
    if (!match || parent?.type !== "root") {
      report(at(paragraph), "a figure must be a paragraph of its own, outside lists and quotes: ![[figure:<id>]]");
      return;
    }
    const id = match[1] ?? "";
    const figure = context.figures.get(id);
    if (figure) placed.set(paragraph, { type: "figure", figure });
    else if (!context.figureIds.has(id)) report(at(paragraph), `unknown figure "${id}" (not in content/figures.yaml)`);
  });
  return placed;
}

/** Root-relative links (for the loader to resolve) and a report of off-site links to non-canonical hosts. */
function collectLinks(tree: Root, slug: string, report: Report, at: At): InternalLink[] {
  const links: InternalLink[] = [];
  visit(tree, "link", (link: Link) => {
    if (link.url.startsWith("#")) links.push({ href: `${articlePath(slug)}${link.url}`, at: at(link) });
    else if (link.url.startsWith("/")) links.push({ href: link.url, at: at(link) });
    else if (!/^https:\/\//.test(link.url)) report(at(link), `link "${link.url}" must be root-relative or https`);
    else if (!isCanonicalSourceUrl(link.url))
      report(at(link), `link to non-canonical source ${link.url}; link to the publisher's own page`);
  });
  return links;
}

function splitAtH2(tree: Root) {
  const lead: RootContent[] = [];
  const sections: { heading: Heading; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) sections.push({ heading: node, nodes: [] });
    else (sections.at(-1)?.nodes ?? lead).push(node);
  }
  return { lead, sections };
}

function faqItems(nodes: RootContent[], ids: Map<Heading, string>): FaqItem[] | undefined {
  const items: { heading: Heading; answer: RootContent[] }[] = [];
  for (const node of nodes) {
    if (node.type === "heading" && node.depth === 3) items.push({ heading: node, answer: [] });
    else if (items.length === 0) return undefined;
    else items.at(-1)?.answer.push(node);
  }
  if (items.some((item) => item.answer.length === 0)) return undefined;
  return items.map(({ heading, answer }) => ({
    id: ids.get(heading) ?? "",
    question: toString(heading),
    answerHtml: toSanitizedHtml(answer),
  }));
}

/**
 * What is wrong with a "First steps" section: first, one list of 3-6 short items (a care line, already taken
 * out, counts as one), each cited, one answering "Can I keep running?".
 */
function firstStepsProblems(nodes: RootContent[], position: number, careLines: number): string[] {
  const problems: string[] = [];
  if (position !== 0) problems.push("must be the first ## section, right after the opening answer");
  const [list, ...rest] = nodes;
  const count = (list?.type === "list" ? list.children.length : 0) + careLines;
  if (list?.type !== "list" || rest.length > 0 || count < 3 || count > 6) {
    return [...problems, "must be one bulleted list of 3-6 items and nothing else"];
  }
  list.children.forEach((item, index) => {
    const text = toString(item).trim();
    const cited = item.children.some((child) => hasCitationNode(child));
    if (!cited) problems.push(`item ${index + 1} ("${text.slice(0, 40)}…") needs a citation`);
    const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    if (words > FIRST_STEPS_MAX_WORDS) {
      problems.push(`item ${index + 1} has ${words} words; at most ${FIRST_STEPS_MAX_WORDS}, so the card stays short`);
    }
  });
  const answers = list.children.filter((item) => toString(item).trim().startsWith(KEEP_RUNNING)).length;
  if (answers !== 1) problems.push(`needs exactly one item that starts with "${KEEP_RUNNING}" (found ${answers})`);
  return problems;
}

/** True when a node holds a resolved citation (`resolveCitations` turns `[@key]` into a `sup`). */
function hasCitationNode(node: RootContent): boolean {
  if (node.data && "hName" in node.data && node.data.hName === "sup") return true;
  return "children" in node && node.children.some((child) => hasCitationNode(child));
}
