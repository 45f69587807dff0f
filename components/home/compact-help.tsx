import { ContentBlocks } from "@/components/content/content-blocks";
import type { CareLevel, ContentBlock } from "@/lib/content/schema";

/** Each level in two words, before its heading in the compact lists (home page, search with no answer). */
export const COMPACT_LABELS: Record<CareLevel, string> = {
  emergency: "Emergency",
  urgent: "Same day",
  "non-urgent": "Book a visit",
};

type Props = { levels: { level: CareLevel; heading: string; blocks: ContentBlock[] }[] };

/**
 * Warning signs in a few words, one box per level. The level is in words
 * (the label and the heading), never carried by colour alone.
 */
export function CompactHelp({ levels }: Props) {
  return levels.map(({ level, heading, blocks }) => (
    <div key={level} className={`hp-compact-help hp-compact-help--${level}`} data-care-level={level}>
      <p className="hp-compact-help__heading">
        <span className="hp-compact-help__label">{COMPACT_LABELS[level]}:</span> {heading}
      </p>
      <ContentBlocks blocks={blocks} headingLevel={3} />
    </div>
  ));
}
