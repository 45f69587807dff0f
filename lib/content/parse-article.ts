import GithubSlugger from "github-slugger";
import type { ElementContent } from "hast";
import type { Blockquote, Heading, Link, List, PhrasingContent, Root, RootContent } from "mdast";
import type {} from "mdast-util-to-hast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { SKIP, visit } from "unist-util-visit";

import { referenceHref } from "./bibliography";
import { isCanonicalSourceUrl } from "./canonical-sources";
import { splitFrontMatter } from "./front-matter";
import { toSanitizedHtml } from "./html";
import { type ContentIssue, fieldPath } from "./issues";
import { readabilityOfTree } from "./readability";
import {
  type Article,
  type Bibliography,
  ArticleFrontMatter,
  type CareLevel,
  type CitedReference,
  type ContentBlock,
  type FaqItem,
  type IsoDate,
  type Section,
} from "./schema";
import { CARE_CARD_MARKER_PATTERN, CITATION_PATTERN, PAGE_IDS, citationId, citationKeys, referenceId } from "./syntax";

/** What the parser needs besides the Markdown: where it came from and what it may cite. */
export type ParseContext = {
  /** Path shown in problem reports, for example `content/articles/x.md`. */
  file: string;
  slug: string;
  bibliography: Bibliography;
  /** Today's date; a `nextReview` before it is a problem. */
  today: IsoDate;
};

export type ParseResult = { ok: true; article: Article } | { ok: false; issues: ContentIssue[] };

const SECTION_KINDS: Record<string, Section["kind"]> = {
  "key takeaways": "key-takeaways",
  "common questions": "faq",
  "when to get help": "when-to-get-help",
  symptoms: "symptoms",
  "risk factors": "risk-factors",
  treatment: "treatment",
};

const CARE_LEVELS: Record<string, CareLevel> = {
  EMERGENCY: "emergency",
  URGENT: "urgent",
  "NON-URGENT": "non-urgent",
};

const WORDS_PER_MINUTE = 200;

const hasCitation = (text: string) => text.search(CITATION_PATTERN) >= 0;

/** Front matter and body, and how many lines precede the body (so problems report file line numbers). */
function parseFrontMatter(source: string): { data: unknown; body: string; bodyLine: number } {
  const { data, body } = splitFrontMatter(source);
  const prefix = source.endsWith(body) ? source.slice(0, source.length - body.length) : "";
  return { data, body, bodyLine: prefix.split("\n").length - 1 };
}

/**
 * Turns one article's Markdown (front matter and body) into a validated
 * `Article`, or into the full list of its problems. Pure: no file I/O.
 */
export function parseArticle(source: string, context: ParseContext): ParseResult {
  const issues: ContentIssue[] = [];
  const report = (field: string, message: string) => issues.push({ file: context.file, field, message });

  let parsed: ReturnType<typeof parseFrontMatter>;
  try {
    parsed = parseFrontMatter(source);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    report("(front matter)", `invalid YAML: ${message}`);
    return { ok: false, issues };
  }
  const at = (node: { position?: { start: { line: number } } }) =>
    node.position ? `body (line ${node.position.start.line + parsed.bodyLine})` : "body";

  const frontMatter = ArticleFrontMatter.safeParse(parsed.data);
  if (!frontMatter.success) {
    for (const issue of frontMatter.error.issues) report(fieldPath(issue.path), issue.message);
  } else {
    const { nextReview, related, aliases } = frontMatter.data;
    if (nextReview < context.today) {
      report("nextReview", `${nextReview} has passed; review the article against its sources and set a new date`);
    }
    if (related.includes(context.slug)) report("related", "an article cannot be related to itself");
    if (aliases.includes(context.slug)) report("aliases", "an alias cannot equal the article's own slug");
  }

  const tree = remark().use(remarkGfm).parse(parsed.body);
  const { words, grade } = readabilityOfTree(tree);

  checkStructure(tree, report, at);
  const { references, citedFrom } = resolveCitations(tree, context, report, at);
  const { ids: headingIds, uniqueId } = assignHeadingIds(tree);
  const internalLinks = collectLinks(tree, context.slug, report, at);

  const toBlocks = (nodes: RootContent[]): ContentBlock[] => {
    const blocks: ContentBlock[] = [];
    let pending: RootContent[] = [];
    const flush = () => {
      const html = toSanitizedHtml(pending.map((node) => withHeadingAnchor(node, headingIds)));
      if (html) blocks.push({ type: "html", html });
      pending = [];
    };
    for (const node of nodes) {
      const card = node.type === "blockquote" ? careCard(node, uniqueId, report, at) : undefined;
      if (card) {
        flush();
        blocks.push(card);
      } else {
        pending.push(node);
      }
    }
    flush();
    return blocks;
  };

  const { lead, sections: rawSections } = splitAtH2(tree);
  const leadBlocks = toBlocks(lead);
  if (!lead.some((node) => node.type === "paragraph")) {
    report("body", "must open with a one- or two-sentence answer before the first ## heading");
  }
  if (rawSections.length === 0) report("body", "needs at least one ## section");

  const seenKinds = new Set<Section["kind"]>();
  const sections: Section[] = [];
  for (const { heading, nodes } of rawSections) {
    const title = toString(heading);
    const id = headingIds.get(heading) ?? "";
    const kind = SECTION_KINDS[title.trim().toLowerCase()] ?? "body";
    if (kind !== "body" && seenKinds.has(kind)) report(at(heading), `more than one "${title}" section`);
    seenKinds.add(kind);
    const subheadings = nodes
      .filter((node): node is Heading => node.type === "heading" && node.depth === 3)
      .map((h3) => ({ id: headingIds.get(h3) ?? "", title: toString(h3) }));
    const where = `${at(heading)} "${title}"`;

    switch (kind) {
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
      default:
        sections.push({ id, title, kind, subheadings, blocks: toBlocks(nodes) });
    }
  }

  if (issues.length > 0 || !frontMatter.success) return { ok: false, issues };

  const citedReferences: CitedReference[] = references.map((key, index) => {
    const entry = context.bibliography[key];
    if (!entry) throw new Error(`unreachable: ${key} was checked against the bibliography`);
    const href = referenceHref(entry);
    return { number: index + 1, key, entry, ...(href ? { href } : {}), citedFrom: citedFrom.get(key) ?? [] };
  });

  return {
    ok: true,
    article: {
      slug: context.slug,
      frontMatter: frontMatter.data,
      lead: leadBlocks,
      sections,
      references: citedReferences,
      internalLinks,
      wordCount: words,
      readingGrade: grade,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    },
  };
}

type Report = (field: string, message: string) => void;
type At = (node: { position?: { start: { line: number } } }) => string;

/**
 * Headings the layout cannot place, and raw HTML. The sanitiser would drop
 * raw HTML anyway; reporting it tells the author their markup was lost.
 */
function checkStructure(tree: Root, report: Report, at: At) {
  visit(tree, (node) => {
    if (node.type === "html") report(at(node), `raw HTML is not allowed: ${node.value.slice(0, 40)}`);
    if (node.type !== "heading") return;
    if (node.depth === 1) report(at(node), "# headings are not allowed; the title comes from front matter");
    if (node.depth > 3) report(at(node), `h${node.depth} headings are not allowed; use ## or ###`);
    if (hasCitation(toString(node))) report(at(node), "citations are not allowed in headings");
  });
}

/**
 * Replaces `[@key]` markers with numbered superscript links, numbering works
 * in order of first citation, and reports unknown keys.
 */
function resolveCitations(tree: Root, { bibliography, slug }: ParseContext, report: Report, at: At) {
  const references: string[] = [];
  const citedFrom = new Map<string, string[]>();

  visit(tree, (node, index, parent) => {
    if (node.type === "heading" || node.type === "link" || node.type === "code" || node.type === "inlineCode") {
      return SKIP;
    }
    if (node.type !== "text" || !parent || index === undefined || !hasCitation(node.value)) return;

    const replacement: PhrasingContent[] = [];
    let cursor = 0;
    for (const match of node.value.matchAll(CITATION_PATTERN)) {
      if (match.index > cursor) replacement.push({ type: "text", value: node.value.slice(cursor, match.index) });
      cursor = match.index + match[0].length;
      const links: ElementContent[] = [];
      for (const key of citationKeys(match[1] ?? "")) {
        if (!bibliography[key]) {
          report(at(node), `unknown citation key "${key}" (not in content/references.yaml)`);
          continue;
        }
        if (!references.includes(key)) references.push(key);
        const number = references.indexOf(key) + 1;
        const ids = citedFrom.get(key) ?? [];
        const id = citationId(number, ids.length + 1);
        citedFrom.set(key, [...ids, id]);
        if (links.length > 0) links.push({ type: "text", value: ", " });
        links.push({
          type: "element",
          tagName: "a",
          // A full path, not a bare fragment: a care card reused on another page still links to its sources.
          properties: { href: `/articles/${slug}#${referenceId(number)}`, id, ariaLabel: `Reference ${number}` },
          children: [{ type: "text", value: String(number) }],
        });
      }
      replacement.push({
        type: "emphasis",
        children: [],
        data: {
          hName: "sup",
          hProperties: { className: ["hp-citation"] },
          hChildren: [{ type: "text", value: "[" }, ...links, { type: "text", value: "]" }],
        },
      });
    }
    if (cursor < node.value.length) replacement.push({ type: "text", value: node.value.slice(cursor) });
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });

  return { references, citedFrom };
}

/**
 * Stable, unique ids for every h2 and h3, from their text (GitHub's rules),
 * never one the layout uses; `uniqueId` gives further ids (care cards) from
 * the same pool.
 */
function assignHeadingIds(tree: Root) {
  const slugger = new GithubSlugger();
  for (const reserved of Object.values(PAGE_IDS)) slugger.slug(reserved);
  const uniqueId = (text: string) => {
    let id = slugger.slug(text);
    // Reference and citation ids follow these patterns; a heading never may.
    while (/^(ref|cite)-\d/.test(id)) id = slugger.slug(`section-${id}`);
    return id;
  };
  const ids = new Map<Heading, string>();
  visit(tree, "heading", (heading) => {
    if (heading.depth === 2 || heading.depth === 3) ids.set(heading, uniqueId(toString(heading)));
  });
  return { ids, uniqueId };
}

/** Root-relative links (for the loader to resolve) and a report of off-site links to non-canonical hosts. */
function collectLinks(tree: Root, slug: string, report: Report, at: At): string[] {
  const links: string[] = [];
  visit(tree, "link", (link: Link) => {
    if (link.url.startsWith("#")) links.push(`/articles/${slug}${link.url}`);
    else if (link.url.startsWith("/")) links.push(link.url);
    else if (!/^https:\/\//.test(link.url)) report(at(link), `link "${link.url}" must be root-relative or https`);
    else if (!isCanonicalSourceUrl(link.url)) report(at(link), `link to non-canonical source ${link.url}`);
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

/**
 * An h3 becomes the same markup `SectionHeading` renders: the heading with its
 * id, and beside it (not inside, so the heading's accessible name stays its
 * text) a visible "link to this section" anchor. Other nodes are unchanged.
 */
function withHeadingAnchor(node: RootContent, ids: Map<Heading, string>): RootContent {
  const id = node.type === "heading" ? ids.get(node) : undefined;
  if (node.type !== "heading" || !id) return node;
  const title = toString(node);
  return {
    type: "paragraph",
    children: [],
    data: {
      hName: "div",
      hProperties: { className: ["hp-heading-wrap"] },
      hChildren: [
        { type: "element", tagName: `h${node.depth}`, properties: { id }, children: [{ type: "text", value: title }] },
        {
          type: "element",
          tagName: "a",
          properties: { href: `#${id}`, className: ["hp-heading-anchor"] },
          children: [
            { type: "element", tagName: "span", properties: { ariaHidden: "true" }, children: [{ type: "text", value: "#" }] },
            {
              type: "element",
              tagName: "span",
              properties: { className: ["hp-visually-hidden"] },
              children: [{ type: "text", value: `Link to this section: ${title}` }],
            },
          ],
        },
      ],
    },
  };
}

function careCard(
  node: Blockquote,
  uniqueId: (text: string) => string,
  report: Report,
  at: At,
): ContentBlock | undefined {
  const [first, ...body] = node.children;
  const opening = first?.type === "paragraph" ? first.children[0] : undefined;
  const marker = opening?.type === "text" ? CARE_CARD_MARKER_PATTERN.exec(opening.value) : null;
  if (!first || first.type !== "paragraph" || !opening || opening.type !== "text" || !marker) return undefined;

  const level = CARE_LEVELS[(marker[1] ?? "").toUpperCase()];
  if (!level) {
    report(at(node), `unknown care card level "[!${marker[1]}]"; use EMERGENCY, URGENT or NON-URGENT`);
    return undefined;
  }
  const titleNodes: PhrasingContent[] = [
    { ...opening, value: opening.value.slice(marker[0].length) },
    ...first.children.slice(1),
  ];
  const title = toString({ type: "paragraph", children: titleNodes }).trim();
  if (!title) report(at(node), "a care card needs a heading after its level marker");
  if (body.length === 0) report(at(node), "a care card needs content after its heading");
  return { type: "care-card", id: uniqueId(title), level, title, html: toSanitizedHtml(body) };
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
