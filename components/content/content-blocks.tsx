import { CareCard } from "./care-card";
import { SafeHtml } from "@/components/safe-html";
import type { ContentBlock } from "@/lib/content/schema";

type Props = { blocks: ContentBlock[]; headingLevel: 2 | 3 };

/** Prose and care cards in document order. `headingLevel` is the level care-card headings take here. */
export function ContentBlocks({ blocks, headingLevel }: Props) {
  return blocks.map((block, index) =>
    block.type === "care-card" ? (
      <CareCard
        key={block.id}
        id={block.id}
        level={block.level}
        title={block.title}
        html={block.html}
        headingLevel={headingLevel}
      />
    ) : (
      <SafeHtml key={index} className="hp-prose" html={block.html} />
    ),
  );
}
