import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";

import type { CareCardBlock } from "./care-cards";
import { SanitizedHtml } from "./schema";

/** One sign of a care card: its list item as the card shows it, and the ids of its citation links. */
export type CareCardItem = { html: SanitizedHtml; citationIds: string[] };

function ids(node: Element): string[] {
  const own = typeof node.properties.id === "string" ? [node.properties.id] : [];
  return [...own, ...node.children.flatMap((child) => (child.type === "element" ? ids(child) : []))];
}

/**
 * The signs of a generated care card, one list item each, so a page can show
 * only the signs a reader's question names, in the card's own wording and with
 * its citation numbers. `careCardMarkdown` writes one list item per triage item.
 */
export function careCardItems(card: CareCardBlock): CareCardItem[] {
  const list = fromHtml(card.html, { fragment: true }).children.find(
    (node): node is Element => node.type === "element" && node.tagName === "ul",
  );
  return (list?.children ?? []).flatMap((node) =>
    node.type === "element" && node.tagName === "li"
      ? [{ html: SanitizedHtml.parse(toHtml(node)), citationIds: ids(node) }]
      : [],
  );
}

/** Signs from `careCardItems` of one card, as that card's list again. Each item is a whole sanitised element. */
export function joinCareCardItems(items: readonly SanitizedHtml[]): SanitizedHtml {
  return SanitizedHtml.parse(`<ul>\n${items.join("\n")}\n</ul>`);
}
