import { TextList } from "./citation";
import { SectionHeading } from "./section-heading";
import { VisuallyHidden } from "@/components/visually-hidden";
import type { CareCardBlock } from "@/lib/content/schema";

/** Visible label and the screen-reader prefix for each level (NHS care card pattern). */
const LEVELS: Record<CareCardBlock["level"], { label: string; spoken: string }> = {
  emergency: { label: "Emergency", spoken: "Immediate action required:" },
  urgent: { label: "Urgent", spoken: "Urgent advice:" },
  "non-urgent": { label: "Non-urgent", spoken: "Non-urgent advice:" },
};

type Props = { card: CareCardBlock; headingLevel: 2 | 3 };

/**
 * Advice on when and where to get help, from the triage data: the level's
 * heading and the signs, each cited. The level is in the heading's text for
 * screen readers and in a visible label, never carried by colour alone.
 */
export function CareCard({ card: { id, level, title, signs }, headingLevel }: Props) {
  const { label, spoken } = LEVELS[level];
  return (
    <div className={`hp-care-card hp-care-card--${level}`} data-care-level={level}>
      <div className="hp-care-card__header">
        <span className="hp-care-card__label" aria-hidden="true">
          {label}
        </span>
        <SectionHeading id={id} level={headingLevel} title={title} className="hp-care-card__heading">
          <VisuallyHidden>{spoken} </VisuallyHidden>
          {title}
        </SectionHeading>
      </div>
      <div className="hp-care-card__content hp-prose">
        <TextList items={signs} />
      </div>
    </div>
  );
}
