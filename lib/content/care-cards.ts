import type { Blockquote, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

import { toSanitizedHtml } from "./html";
import type { At, Report } from "./issues";
import type { CareLevel, ContentBlock, SanitizedHtml } from "./schema";
import { CARE_CARD_MARKER_PATTERN } from "./syntax";

const CARE_LEVELS: Record<string, CareLevel> = {
  EMERGENCY: "emergency",
  URGENT: "urgent",
  "NON-URGENT": "non-urgent",
};

/**
 * A blockquote opening with `[!EMERGENCY]`, `[!URGENT]` or `[!NON-URGENT]` as
 * a typed care card; undefined for an ordinary blockquote. An unknown level
 * is reported.
 */
export function careCard(
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

/** A care card as a block of a page. */
export type CareCardBlock = Extract<ContentBlock, { type: "care-card" }>;

/**
 * Nodes as page blocks in document order: each care-card blockquote and each
 * figure on its own, the prose between them rendered together.
 */
export function contentBlocks(
  nodes: readonly RootContent[],
  {
    card,
    figure,
    html,
  }: {
    card: (node: Blockquote) => ContentBlock | undefined;
    figure: (node: RootContent) => ContentBlock | undefined;
    html: (prose: RootContent[]) => SanitizedHtml;
  },
): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  let pending: RootContent[] = [];
  const flush = () => {
    const rendered = html(pending);
    if (rendered) blocks.push({ type: "html", html: rendered });
    pending = [];
  };
  for (const node of nodes) {
    const block = node.type === "blockquote" ? card(node) : figure(node);
    if (block) {
      flush();
      blocks.push(block);
    } else pending.push(node);
  }
  flush();
  return blocks;
}
