import type { Heading, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

import type { CitationRegistry } from "./citations";
import { toSanitizedHtml } from "./html";
import type { CareCardBlock, ContentBlock } from "./schema";
import type { CareCardItems } from "./triage";

/**
 * Markdown nodes as page blocks in document order: each heading with an id
 * (an h3 inside prose) and each figure on its own, the prose between them
 * rendered together. Headings are typed blocks so that `SectionHeading` is the
 * one writer of heading markup, inside prose as everywhere else.
 */
export function contentBlocks(
  nodes: readonly RootContent[],
  {
    headingIds,
    figure,
  }: { headingIds: ReadonlyMap<Heading, string>; figure: (node: RootContent) => ContentBlock | undefined },
): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  let pending: RootContent[] = [];
  const flush = () => {
    const html = toSanitizedHtml(pending);
    if (html) blocks.push({ type: "html", html });
    pending = [];
  };
  for (const node of nodes) {
    const id = node.type === "heading" ? headingIds.get(node) : undefined;
    const block = id ? { type: "heading" as const, id, title: toString(node) } : figure(node);
    if (block) {
      flush();
      blocks.push(block);
    } else pending.push(node);
  }
  flush();
  return blocks;
}

/** A care card cited where it stands on its page, before it takes an id from the page's heading ids. */
type CitedCareCard = Omit<CareCardBlock, "type" | "id">;

/** Cites each card's signs through the page's registry, in reading order: the items' own wording and sources. */
export function citeCareCards(cards: readonly CareCardItems[], registry: CitationRegistry): CitedCareCard[] {
  return cards.map(({ level, title, items }) => ({
    level,
    title,
    signs: items.map((item) => ({ item: item.id, text: item.text, citation: registry.cite(item.cite) })),
  }));
}

/** The card as a block; its id comes from the same pool as the page's heading ids, so a link can reach it. */
export const careCardBlock = (card: CitedCareCard, uniqueId: (text: string) => string): CareCardBlock => ({
  type: "care-card",
  id: uniqueId(card.title),
  ...card,
});
