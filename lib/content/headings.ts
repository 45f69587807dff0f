import GithubSlugger from "github-slugger";
import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

import { PAGE_IDS } from "./syntax";

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
