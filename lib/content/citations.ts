import type { ElementContent } from "hast";
import type { PhrasingContent, Root } from "mdast";
import type {} from "mdast-util-to-hast";
import { SKIP, visit } from "unist-util-visit";

import type { At, Report } from "./issues";
import { referenceHref } from "./bibliography";
import type { Bibliography, CitedReference } from "./schema";
import { CITATION_PATTERN, citationId, citationKeys, referenceId } from "./syntax";

/** True when the text holds a `[@key]` citation marker. */
export const hasCitation = (text: string) => text.search(CITATION_PATTERN) >= 0;

/**
 * Replaces `[@key]` markers with numbered superscript links, numbering works
 * in order of first citation, and reports unknown keys.
 */
export function resolveCitations(
  tree: Root,
  { bibliography, pagePath }: { bibliography: Bibliography; pagePath: string },
  report: Report,
  at: At,
) {
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
          // A full path, not a bare fragment, so a copied link still reaches the reference list.
          properties: { href: `${pagePath}#${referenceId(number)}`, id, ariaLabel: `Reference ${number}` },
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


/** The numbered reference list for the keys `resolveCitations` found, in order of first citation. */
export function citedReferenceList(
  keys: readonly string[],
  citedFrom: ReadonlyMap<string, string[]>,
  bibliography: Bibliography,
): CitedReference[] {
  return keys.map((key, index) => {
    const entry = bibliography[key];
    if (!entry) throw new Error(`unreachable: ${key} was checked against the bibliography`);
    const href = referenceHref(entry);
    return { number: index + 1, key, entry, ...(href ? { href } : {}), citedFrom: citedFrom.get(key) ?? [] };
  });
}
