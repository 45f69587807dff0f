import type { ElementContent } from "hast";
import type { PhrasingContent, Root } from "mdast";
import type {} from "mdast-util-to-hast";
import { SKIP, visit } from "unist-util-visit";

import type { At, Report } from "./issues";
import { referenceHref } from "./bibliography";
import type { Bibliography, CitedReference } from "./schema";
import { CITATION_PATTERN, citationId, citationKeys, referenceId } from "./syntax";

/**
 * One citation number as a link. The bracket or comma beside it sits inside
 * the number's own box, positioned by the stylesheet to hug the digits, so
 * "[1, 2]" reads without gaps while each number stays a full 24px target that
 * never overlaps the next (WCAG 2.5.8). Without CSS it still reads "[1,2]".
 */
function citationLink(number: number, id: string, href: string, before: string, after: string): ElementContent {
  const mark = (value: string, side: "before" | "after"): ElementContent[] =>
    value
      ? [
          {
            type: "element",
            tagName: "span",
            properties: { className: [`hp-citation__${side}`] },
            children: [{ type: "text", value }],
          },
        ]
      : [];
  return {
    type: "element",
    tagName: "a",
    properties: { href, id, ariaLabel: `Reference ${number}` },
    children: [
      {
        type: "element",
        tagName: "span",
        properties: { className: ["hp-citation__number"] },
        children: [...mark(before, "before"), { type: "text", value: String(number) }, ...mark(after, "after")],
      },
    ],
  };
}

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
      const cited: { number: number; id: string }[] = [];
      for (const key of citationKeys(match[1] ?? "")) {
        if (!bibliography[key]) {
          report(at(node), `unknown citation key "${key}"; add the work to content/references.yaml or fix the key`);
          continue;
        }
        if (!references.includes(key)) references.push(key);
        const number = references.indexOf(key) + 1;
        const ids = citedFrom.get(key) ?? [];
        const id = citationId(number, ids.length + 1);
        citedFrom.set(key, [...ids, id]);
        cited.push({ number, id });
      }
      // A full path, not a bare fragment, so a copied link still reaches the reference list.
      const links = cited.map(({ number, id }, position) =>
        citationLink(
          number,
          id,
          `${pagePath}#${referenceId(number)}`,
          position === 0 ? "[" : "",
          position === cited.length - 1 ? "]" : ",",
        ),
      );
      replacement.push({
        type: "emphasis",
        children: [],
        data: {
          hName: "sup",
          hProperties: { className: ["hp-citation"] },
          hChildren: links,
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
