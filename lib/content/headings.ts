import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import type {} from "mdast-util-to-hast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

import { PAGE_IDS, SHARE_SECTION_LABEL } from "./syntax";

/**
 * Stable, unique ids for every h2 and h3, from their text (GitHub's rules),
 * never one the layout uses; `uniqueId` gives further ids (care cards) from
 * the same pool.
 */
export function assignHeadingIds(tree: Root) {
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

/**
 * An h3 becomes the same markup `SectionHeading` renders: the heading with its
 * id, and beside it (not inside, so the heading's accessible name stays its
 * text) a visible "link to this section" anchor. Other nodes are unchanged.
 */
export function withHeadingAnchor(node: RootContent, ids: Map<Heading, string>): RootContent {
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
          // The name is on the link: spans positioned off screen would add a stray space to it.
          properties: {
            href: `#${id}`,
            className: ["hp-heading-anchor"],
            ariaLabel: `${SHARE_SECTION_LABEL}: ${title}`,
          },
          children: [
            {
              type: "element",
              tagName: "span",
              properties: { ariaHidden: "true" },
              children: [{ type: "text", value: "#" }],
            },
            {
              type: "element",
              tagName: "span",
              properties: { className: ["hp-heading-anchor__label"], ariaHidden: "true" },
              children: [{ type: "text", value: SHARE_SECTION_LABEL }],
            },
          ],
        },
      ],
    },
  };
}
