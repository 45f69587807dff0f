import type { ElementContent } from "hast";
import { createElement, type ReactNode } from "react";

import { citationElement } from "@/lib/content/citations";
import type { Citation as CitationData, CitedText as CitedTextData } from "@/lib/content/schema";

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The citation element as React elements: only the tags and attributes `citationElement` writes. */
function toReact(node: ElementContent, key: number): ReactNode {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return null;
  const { className, id, href, ariaLabel } = node.properties;
  const props = {
    key,
    className: Array.isArray(className) ? className.join(" ") : undefined,
    id: text(id),
    href: text(href),
    "aria-label": text(ariaLabel),
  };
  return createElement(node.tagName, props, ...node.children.map(toReact));
}

/**
 * A citation in typed data (a care card's sign, a guide step), written by the
 * same function as the citations in article prose, so both read and work alike.
 */
export function Citation({ citation }: { citation: CitationData }) {
  return toReact(citationElement(citation), 0);
}

/** Text the site writes from its data, then its citation. */
export function CitedText({ text: { text, citation } }: { text: CitedTextData }) {
  return (
    <>
      {`${text} `}
      <Citation citation={citation} />
    </>
  );
}
