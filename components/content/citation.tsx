import type { ElementContent } from "hast";
import { createElement, type ReactNode } from "react";

import { citationElement } from "@/lib/content/citations";
import type { Citation as CitationData, CitedText as CitedTextData } from "@/lib/content/schema";

/** hast property names that React spells otherwise. */
const REACT_NAMES: Record<string, string> = { ariaLabel: "aria-label" };

/** The citation element as React elements, attributes in hast's order: only what `citationElement` writes. */
function toReact(node: ElementContent, key: number): ReactNode {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return null;
  const props = Object.fromEntries(
    Object.entries(node.properties).map(([name, value]) => [
      REACT_NAMES[name] ?? name,
      Array.isArray(value) ? value.join(" ") : value,
    ]),
  );
  return createElement(node.tagName, { key, ...props }, ...node.children.map(toReact));
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

/** A bulleted list of text the site writes from its data, each item cited, or (a compact list of signs) not. */
export function TextList({ items }: { items: readonly (CitedTextData | string)[] }) {
  return (
    <ul>
      {items.map((item) =>
        typeof item === "string" ? (
          <li key={item}>{item}</li>
        ) : (
          <li key={item.text}>
            <CitedText text={item} />
          </li>
        ),
      )}
    </ul>
  );
}
