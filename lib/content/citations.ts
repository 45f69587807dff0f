import type { Element, ElementContent } from "hast";
import type { PhrasingContent, Root } from "mdast";
import type {} from "mdast-util-to-hast";
import { SKIP, visit } from "unist-util-visit";

import type { At, Report } from "./issues";
import { referenceHref } from "./bibliography";
import type { Bibliography, Citation, CitedReference } from "./schema";
import { CITATION_PATTERN, citationId, citationKeys, referenceId } from "./syntax";

/**
 * A citation as the page shows it: a superscript of numbered links, written
 * here once for article prose (as hast, through the sanitiser) and for typed
 * data (components/content/citation.tsx renders this same element). The
 * bracket or comma beside each number sits inside the number's own box,
 * positioned by the stylesheet to hug the digits, so "[1, 2]" reads without
 * gaps while each number stays a full 24px target that never overlaps the next
 * (WCAG 2.5.8). Without CSS it still reads "[1,2]".
 */
export function citationElement(citation: Citation): Element {
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
  const links = citation.map(({ number, id, href }, position): ElementContent => {
    const before = position === 0 ? "[" : "";
    const after = position === citation.length - 1 ? "]" : ",";
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
  });
  return { type: "element", tagName: "sup", properties: { className: ["hp-citation"] }, children: links };
}

/** True when the text holds a `[@key]` citation marker. */
export const hasCitation = (text: string) => text.search(CITATION_PATTERN) >= 0;

/**
 * One page's citations: the only place works are numbered. Every part of a
 * page (prose, care cards, first steps, FAQ, guide and plan text) cites
 * through the page's registry in reading order, so numbers follow first use
 * and the reference list holds exactly the works cited, with a link back to
 * each place.
 */
export type CitationRegistry = {
  /** Numbers these keys (known to the bibliography) at the next place on the page. */
  cite: (keys: readonly string[]) => Citation;
  /** The page's reference list so far, in order of first citation. */
  references: () => CitedReference[];
};

/** A registry for the page at `pagePath` (empty on a per-request page, so links stay on it: `#ref-1`). */
export function citationRegistry({
  bibliography,
  pagePath,
}: {
  bibliography: Bibliography;
  pagePath: string;
}): CitationRegistry {
  const order: string[] = [];
  const citedFrom = new Map<string, string[]>();
  return {
    cite: (keys) =>
      keys.map((key) => {
        // Keys were checked by the loader (or by resolveCitations), so an unknown one here is a bug.
        if (!bibliography[key]) throw new Error(`${pagePath || "page"}: unknown citation key "${key}"`);
        if (!order.includes(key)) order.push(key);
        const number = order.indexOf(key) + 1;
        const ids = citedFrom.get(key) ?? [];
        const id = citationId(number, ids.length + 1);
        citedFrom.set(key, [...ids, id]);
        // A full path, not a bare fragment, so a copied link still reaches the reference list.
        return { number, id, href: `${pagePath}#${referenceId(number)}` };
      }),
    references: () =>
      order.map((key, index) => {
        const entry = bibliography[key];
        if (!entry) throw new Error(`unreachable: ${key} was checked against the bibliography`);
        const href = referenceHref(entry);
        return { number: index + 1, key, entry, ...(href ? { href } : {}), citedFrom: citedFrom.get(key) ?? [] };
      }),
  };
}

/** Replaces `[@key]` markers in Markdown prose with the registry's citations, and reports unknown keys. */
export function resolveCitations(
  tree: Root,
  { registry, bibliography }: { registry: CitationRegistry; bibliography: Bibliography },
  report: Report,
  at: At,
) {
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
      const keys = citationKeys(match[1] ?? "").filter((key) => {
        if (!bibliography[key]) {
          report(at(node), `unknown citation key "${key}"; add the work to content/references.yaml or fix the key`);
        }
        return Boolean(bibliography[key]);
      });
      if (keys.length === 0) continue;
      const sup = citationElement(registry.cite(keys));
      replacement.push({
        type: "emphasis",
        children: [],
        data: { hName: sup.tagName, hProperties: sup.properties, hChildren: sup.children },
      });
    }
    if (cursor < node.value.length) replacement.push({ type: "text", value: node.value.slice(cursor) });
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
}
