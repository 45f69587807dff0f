import type { RootContent } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";

import { careCard, type CareCardBlock, contentBlocks } from "./care-cards";
import { citedReferenceList, resolveCitations } from "./citations";
import { assignHeadingIds } from "./headings";
import { toSanitizedHtml } from "./html";
import type { Bibliography, CitedReference, ContentBlock, Triage, TriageItem } from "./schema";
import { careCardMarkdown } from "./triage";

/**
 * Markdown written by the site itself (care cards from the triage data, guide
 * text from the guide data) rendered for one page that is not an article.
 * Parts are numbered together, in the order given, against the reference list
 * the page shows at `pagePath`, so "[1]" on the home page or a guide step
 * links to that page's own references.
 */
export function renderPageParts<Name extends string>(
  parts: readonly (readonly [Name, string])[],
  { bibliography, pagePath }: { bibliography: Bibliography; pagePath: string },
): { parts: Record<Name, ContentBlock[]>; references: CitedReference[] } {
  const processor = remark().use(remarkGfm);
  const trees = parts.map(([name, markdown]) => [name, processor.parse(markdown)] as const);
  const root = { type: "root" as const, children: trees.flatMap(([, tree]) => tree.children) };

  const problems: string[] = [];
  const report = (_field: string, message: string) => problems.push(message);
  const at = () => pagePath;
  const { references, citedFrom } = resolveCitations(root, { bibliography, pagePath }, report, at);
  const { uniqueId } = assignHeadingIds(root);

  const toBlocks = (nodes: RootContent[]): ContentBlock[] =>
    contentBlocks(nodes, {
      card: (node) => careCard(node, uniqueId, report, at),
      // Text the site writes for its own pages places no drawings.
      figure: () => undefined,
      html: toSanitizedHtml,
    });
  const rendered = Object.fromEntries(trees.map(([name, tree]) => [name, toBlocks(tree.children)])) as Record<
    Name,
    ContentBlock[]
  >;
  // The loader validated every citation and item this text uses, so a problem here is a bug, not bad content.
  if (problems.length > 0) throw new Error(`${pagePath}: ${problems.join("; ")}`);
  return { parts: rendered, references: citedReferenceList(references, citedFrom, bibliography) };
}

/** The care cards for these triage items on a page that is not an article, with that page's reference list. */
export function careCardsForPage(
  triage: Triage,
  items: readonly TriageItem[],
  context: { bibliography: Bibliography; pagePath: string },
): { cards: CareCardBlock[]; references: CitedReference[] } {
  const { parts, references } = renderPageParts([["cards", careCardMarkdown(triage, items)]], context);
  return { cards: parts.cards.filter((block): block is CareCardBlock => block.type === "care-card"), references };
}
