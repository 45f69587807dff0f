import type { BlockContent, DefinitionContent, List, RootContent } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";

import { careCardBlock, citeCareCards, contentBlocks } from "./content-blocks";
import { citationRegistry, resolveCitations } from "./citations";
import { assignHeadingIds } from "./headings";
import type { Bibliography, CareLevel, CitedReference, ContentBlock, Triage, TriageItem } from "./schema";
import { type CareCardItems, careCardsFor, itemsForConditions } from "./triage";

/** Text with the keys of the works that support it, from the content's data (guide steps, self-care). */
type CitedSource = { text: string; cite: readonly string[] };

/**
 * One part of a page that is not an article: Markdown the site itself writes,
 * with `[@key]` citations (the plan's rules), or typed data that renders
 * straight to blocks, with no Markdown in between.
 */
export type PagePart =
  | string
  | { type: "care-cards"; cards: CareCardItems[] }
  | { type: "sign-list"; signs: string[]; cite: string[] }
  | { type: "cited-paragraph"; text: CitedSource }
  | { type: "cited-list"; items: readonly CitedSource[] }
  | { type: "markdown-items"; items: readonly string[]; as: "paragraphs" | "bullets" | "numbered" }
  | { type: "citation"; cite: readonly string[] };

/** The care cards for these triage items, one per level, most urgent first. */
export const careCardsPart = (triage: Triage, items: readonly TriageItem[]): PagePart => ({
  type: "care-cards",
  cards: careCardsFor(triage, items),
});

/**
 * One level's every-page signs in a few words (their `short` wording), with
 * one citation for them all: the compact "when to get help" of the home page
 * and the return-to-running plan.
 */
export function compactSignsPart(triage: Triage, level: CareLevel): PagePart {
  const items = itemsForConditions(triage, []).filter((item) => item.level === level);
  return {
    type: "sign-list",
    signs: items.map((item) => item.short),
    cite: [...new Set(items.flatMap((item) => item.cite))],
  };
}

/** A sentence of the content's data and its sources, as a paragraph. */
export const citedParagraph = (text: string, cite: readonly string[]): PagePart => ({
  type: "cited-paragraph",
  text: { text, cite },
});

/** Sentences of the content's data and their sources, as a bulleted list. */
export const citedList = (items: readonly CitedSource[]): PagePart => ({ type: "cited-list", items });

/**
 * An editor's Markdown sentences (each may cite with `[@key]`), each parsed on
 * its own and shown as paragraphs or as the items of one list.
 */
export const markdownItems = (items: readonly string[], as: "paragraphs" | "bullets" | "numbered"): PagePart => ({
  type: "markdown-items",
  items,
  as,
});

/** The works these keys name, as citation numbers alone (a table row's sources). */
export const citationPart = (cite: readonly string[]): PagePart => ({ type: "citation", cite });

const BLOCK_TYPES = new Set([
  "blockquote",
  "code",
  "heading",
  "html",
  "list",
  "paragraph",
  "table",
  "thematicBreak",
  "definition",
  "footnoteDefinition",
]);
const isBlockContent = (node: RootContent): node is BlockContent | DefinitionContent => BLOCK_TYPES.has(node.type);

/** Each item's own syntax tree, as paragraphs or as one list with an item each. */
function itemsTree(processor: ReturnType<typeof remark>, { items, as }: { items: readonly string[]; as: string }) {
  const trees = items.map((item) => processor.parse(item).children);
  if (as === "paragraphs") return { type: "root" as const, children: trees.flat() };
  const list: List = {
    type: "list",
    ordered: as === "numbered",
    spread: false,
    // A sentence parses to block content (a paragraph), which is what a list item holds.
    children: trees.map((tree) => ({ type: "listItem", spread: false, children: tree.filter(isBlockContent) })),
  };
  return { type: "root" as const, children: [list] };
}

/**
 * The parts of one page that is not an article, rendered in the order given
 * and cited through one registry against the reference list the page shows at
 * `pagePath`, so "[1]" on the home page or a guide step links to that page's
 * own references.
 */
export function renderPageParts<Name extends string>(
  parts: readonly (readonly [Name, PagePart])[],
  { bibliography, pagePath }: { bibliography: Bibliography; pagePath: string },
): { parts: Record<Name, ContentBlock[]>; references: CitedReference[] } {
  const processor = remark().use(remarkGfm);
  // Markdown parts become their syntax trees; typed parts stay as they are.
  const parsed = parts.map(
    ([name, part]) =>
      [
        name,
        typeof part === "string"
          ? processor.parse(part)
          : part.type === "markdown-items"
            ? itemsTree(processor, part)
            : part,
      ] as const,
  );
  // Headings first, as in an article, so a card never takes an id a heading's text would give.
  const { ids: headingIds, uniqueId } = assignHeadingIds({
    type: "root",
    children: parsed.flatMap(([, part]) => (part.type === "root" ? part.children : [])),
  });

  const registry = citationRegistry({ bibliography, pagePath });
  const problems: string[] = [];
  const report = (_field: string, message: string) => problems.push(message);
  const cite = (source: CitedSource) => ({ text: source.text, citation: registry.cite(source.cite) });

  const render = (part: (typeof parsed)[number][1]): ContentBlock[] => {
    switch (part.type) {
      case "root":
        resolveCitations(part, { registry, bibliography }, report, () => pagePath);
        // Text the site writes for its own pages places no drawings.
        return contentBlocks(part.children, { headingIds, figure: () => undefined });
      case "care-cards":
        return citeCareCards(part.cards, registry).map((card) => careCardBlock(card, uniqueId));
      case "sign-list":
        return part.signs.length > 0
          ? [{ type: "sign-list", signs: part.signs, sources: registry.cite(part.cite) }]
          : [];
      case "cited-paragraph":
        return [{ type: "cited-paragraph", text: cite(part.text) }];
      case "cited-list":
        return [{ type: "cited-list", items: part.items.map(cite) }];
      case "citation":
        return [{ type: "citation", citation: registry.cite(part.cite) }];
    }
  };
  const rendered = Object.fromEntries(parsed.map(([name, part]) => [name, render(part)])) as Record<
    Name,
    ContentBlock[]
  >;
  // The loader validated every citation this text uses, so a problem here is a bug, not bad content.
  if (problems.length > 0) throw new Error(`${pagePath}: ${problems.join("; ")}`);
  return { parts: rendered, references: registry.references() };
}
