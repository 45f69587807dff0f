import type { ReactNode } from "react";

import { SHARE_SECTION_LABEL } from "@/lib/content/syntax";

type Props = { id: string; level?: 2 | 3; children: ReactNode; title: string; className?: string };

/**
 * A heading with a stable id and, beside it, a "#" link to the section for
 * deep links and sharing, labelled in words when it has focus (share.js
 * makes it share or copy the link). The anchor sits outside the heading so
 * the heading's accessible name is just its text, and its own name is words
 * a screen reader can say, with the visible "#" hidden from it. The only
 * writer of heading markup: h3s inside article prose are typed blocks too.
 */
export function SectionHeading({ id, level = 2, children, title, className }: Props) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className={className ? `hp-heading-wrap ${className}` : "hp-heading-wrap"}>
      <Heading id={id}>{children}</Heading>
      {/* The name is on the link: spans positioned off screen would add a stray space to it. */}
      <a className="hp-heading-anchor" href={`#${id}`} aria-label={`${SHARE_SECTION_LABEL}: ${title}`}>
        <span aria-hidden="true">#</span>
        <span className="hp-heading-anchor__label" aria-hidden="true">
          {SHARE_SECTION_LABEL}
        </span>
      </a>
    </div>
  );
}
