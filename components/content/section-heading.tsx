import type { ReactNode } from "react";

type Props = { id: string; level?: 2 | 3; children: ReactNode; title: string; className?: string };

/** A heading with a stable id and a visible "link to this section" anchor, for deep links and sharing. */
export function SectionHeading({ id, level = 2, children, title, className }: Props) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Heading id={id} className={className ? `hp-heading ${className}` : "hp-heading"}>
      {children}
      <a className="hp-heading-anchor" href={`#${id}`} aria-label={`Link to this section: ${title}`}>
        #
      </a>
    </Heading>
  );
}
