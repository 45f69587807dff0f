import { CareCard } from "./care-card";
import { Figure } from "./figure";
import { SafeHtml } from "@/components/safe-html";
import type { ContentBlock } from "@/lib/content/schema";

type Props = {
  blocks: ContentBlock[];
  headingLevel: 2 | 3;
  /** How figures load: lazily below the fold; the opening answer may be on the first screen. */
  figureLoading?: "lazy" | "eager";
};

/** Prose, care cards and figures in document order. `headingLevel` is the level care-card headings take here. */
export function ContentBlocks({ blocks, headingLevel, figureLoading = "lazy" }: Props) {
  return blocks.map((block, index) => {
    switch (block.type) {
      case "care-card":
        return (
          <CareCard
            key={block.id}
            id={block.id}
            level={block.level}
            title={block.title}
            html={block.html}
            headingLevel={headingLevel}
          />
        );
      case "figure":
        return <Figure key={index} figure={block.figure} loading={figureLoading} />;
      default:
        return <SafeHtml key={index} className="hp-prose" html={block.html} />;
    }
  });
}
