import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { z } from "zod";

import { type SanitizedHtml, StoredElements, storedElements, storedToSanitizedHtml } from "./html";
import { type Article, type ContentBlock, IsoDate, Slug } from "./schema";

/** Where a passage comes from in its article. */
const PassageKind = z.enum(["lead", "takeaway", "body", "faq"]);

/**
 * What search lists of a passage: where it sits in its article and its words.
 * A results list needs no more, so it never reads or checks the HTML.
 */
export const PassageSummary = z.object({
  slug: Slug,
  articleTitle: z.string().min(1),
  kind: PassageKind,
  /** The h2 section; absent for the article's opening answer. */
  section: z.object({ id: Slug, title: z.string().min(1) }).optional(),
  /** The h3 the passage sits under, if any. */
  subheading: z.object({ id: Slug, title: z.string().min(1) }).optional(),
  /** The FAQ question an answer belongs to (its id is the anchor). */
  question: z.object({ id: Slug, title: z.string().min(1) }).optional(),
  /** The words of the passage, without the citation numbers, for indexing and snippets. */
  text: z.string().min(1),
  reviewed: IsoDate,
  nextReview: IsoDate,
});
export type PassageSummary = z.infer<typeof PassageSummary>;

/**
 * A unit search can quote as it stands: a paragraph, a list (with the
 * sentence that introduces it), a table, a key takeaway or an FAQ answer, as
 * the build writes it to the passages file, one JSON line each.
 */
export const StoredPassage = PassageSummary.extend({
  /** The passage as the article shows it, citations included; only the element ids are dropped. */
  nodes: StoredElements,
});
export type StoredPassage = z.infer<typeof StoredPassage>;

/** A stored passage read back to quote: its elements sanitised again into the HTML a page shows. */
export const ArticlePassage = StoredPassage.transform(({ nodes, ...summary }) => ({
  ...summary,
  html: storedToSanitizedHtml(nodes),
}));
export type ArticlePassage = z.output<typeof ArticlePassage>;

/** The element's own text; citation markers (`[1, 2]`) are skipped. */
function plainText(node: ElementContent | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  const classes = node.properties.className;
  if (Array.isArray(classes) && classes.includes("hp-citation")) return "";
  // Cells and list items are separate phrases: keep a space between them.
  const separator = ["li", "td", "th", "tr", "p"].includes(node.tagName) ? " " : "";
  return node.children.map(plainText).join(separator);
}

/** The element's text outside its links. */
function unlinkedText(node: ElementContent): string {
  if (node.type === "element" && node.tagName === "a") return "";
  if (node.type !== "element") return plainText(node);
  return node.children.map(unlinkedText).join(" ");
}

const hasLink = (node: ElementContent): boolean =>
  node.type === "element" && (node.tagName === "a" || node.children.some(hasLink));

/** Words outside links below which a paragraph with a link is a pointer ("Read more about treatment."), not an answer. */
const POINTER_WORDS = 5;

const tidy = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:!?])/g, "$1")
    .trim();

/**
 * The element without its `id` attributes. On an article the ids are the
 * targets of "back to citation" links; on a page quoting several passages
 * they would repeat, and nothing there links to them.
 */
function withoutIds<T extends ElementContent>(node: T): T {
  if (node.type !== "element") return node;
  const properties = Object.fromEntries(Object.entries(node.properties).filter(([name]) => name !== "id"));
  return { ...node, properties, children: node.children.map(withoutIds) };
}

const QUOTABLE = new Set(["p", "ul", "ol", "table", "blockquote"]);

/** Between the elements of one passage, as the article's HTML has it. */
const newline: ElementContent = { type: "text", value: "\n" };

type Unit = { nodes: Element[]; subheading?: { id: string; title: string } };

/** Splits one sanitised HTML chunk, under this h3 (if any), into quotable units. */
function units(html: SanitizedHtml, current: Unit["subheading"]): Unit[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const found: Unit[] = [];
  for (const node of tree.children) {
    if (node.type !== "element" || !QUOTABLE.has(node.tagName)) continue;
    const previous = found.at(-1);
    // "Signs include:" says nothing alone, and the list that follows lacks its subject: quote them together.
    const last = previous?.nodes.at(-1);
    const introducesList =
      previous?.subheading === current &&
      (node.tagName === "ul" || node.tagName === "ol") &&
      last?.tagName === "p" &&
      tidy(plainText(last)).endsWith(":");
    if (previous && introducesList) previous.nodes.push(node);
    else found.push({ nodes: [node], subheading: current });
  }
  return found;
}

/**
 * Every quotable passage of an article, in page order. Care cards are left
 * out: they come from the triage data, and search shows them itself when a
 * question names a warning sign.
 */
export function cutPassages(article: Article): StoredPassage[] {
  const { slug, frontMatter } = article;
  const base = {
    slug,
    articleTitle: frontMatter.title,
    reviewed: frontMatter.reviewed,
    nextReview: frontMatter.nextReview,
  };
  const passages: StoredPassage[] = [];
  const add = (kind: StoredPassage["kind"], nodes: Element[], extra: Partial<StoredPassage>) => {
    const text = tidy(nodes.map(plainText).join(" "));
    const ownWords = tidy(nodes.map(unlinkedText).join(" "))
      .split(" ")
      .filter((word) => /\p{L}/u.test(word));
    if (!text || (nodes.some(hasLink) && ownWords.length < POINTER_WORDS)) return;
    const stored = storedElements(nodes.flatMap((node, index) => [...(index > 0 ? [newline] : []), withoutIds(node)]));
    passages.push(StoredPassage.parse({ ...base, kind, nodes: stored, text, ...extra }));
  };
  /** Prose blocks, each under the h3 before it; care cards and figures are not quoted. */
  const addBlocks = (kind: StoredPassage["kind"], blocks: ContentBlock[], section?: { id: string; title: string }) => {
    let subheading: Unit["subheading"];
    for (const block of blocks) {
      if (block.type === "heading") subheading = { id: block.id, title: block.title };
      if (block.type !== "html") continue;
      for (const unit of units(block.html, subheading)) add(kind, unit.nodes, { section, subheading: unit.subheading });
    }
  };
  const addItems = (items: SanitizedHtml[], section: { id: string; title: string }) => {
    for (const item of items) for (const unit of units(item, undefined)) add("takeaway", unit.nodes, { section });
  };

  addBlocks("lead", article.lead);
  for (const section of article.sections) {
    const at = { id: section.id, title: section.title };
    if (section.kind === "key-takeaways" || section.kind === "first-steps") addItems(section.items, at);
    else if (section.kind === "faq") {
      for (const item of section.items) {
        const nodes = units(item.answerHtml, undefined).flatMap((unit) => unit.nodes);
        add("faq", nodes, { section: at, question: { id: item.id, title: item.question } });
      }
    } else addBlocks("body", section.blocks, at);
  }
  return passages;
}
