import type { ReactNode } from "react";

import { VisuallyHidden } from "@/components/visually-hidden";

type Props = { id: string; level?: 2 | 3; children: ReactNode; title: string; className?: string };

/**
 * A heading with a stable id and, beside it, a visible "link to this section"
 * anchor for deep links and sharing. The anchor sits outside the heading so
 * the heading's accessible name is just its text, and its own name is words
 * a screen reader can say, with the visible "#" hidden from it. The parser
 * writes the same markup for h3 headings inside article HTML.
 */
export function SectionHeading({ id, level = 2, children, title, className }: Props) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className={className ? `hp-heading-wrap ${className}` : "hp-heading-wrap"}>
      <Heading id={id}>{children}</Heading>
      <a className="hp-heading-anchor" href={`#${id}`}>
        <span aria-hidden="true">#</span>
        <VisuallyHidden>Link to this section: {title}</VisuallyHidden>
      </a>
    </div>
  );
}
