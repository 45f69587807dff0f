import { CareCard } from "./care-card";
import { Citation, CitedText, TextList } from "./citation";
import { Figure } from "./figure";
import { SectionHeading } from "./section-heading";
import { SafeHtml } from "@/components/safe-html";
import type { ContentBlock } from "@/lib/content/schema";

type Props = {
  blocks: ContentBlock[];
  headingLevel: 2 | 3;
  /** How figures load: lazily below the fold; the opening answer may be on the first screen. */
  figureLoading?: "lazy" | "eager";
};

/**
 * A page's blocks in document order. `headingLevel` is the level care-card
 * headings take here; a heading inside prose is always an h3 (articles allow
 * only `###` there).
 */
export function ContentBlocks({ blocks, headingLevel, figureLoading = "lazy" }: Props) {
  return blocks.map((block, index) => {
    switch (block.type) {
      case "html":
        return <SafeHtml key={index} className="hp-prose" html={block.html} />;
      case "heading":
        return (
          <SectionHeading key={block.id} id={block.id} level={3} title={block.title}>
            {block.title}
          </SectionHeading>
        );
      case "care-card":
        return <CareCard key={block.id} card={block} headingLevel={headingLevel} />;
      case "cited-paragraph":
        return (
          <div key={index} className="hp-prose">
            <p>
              <CitedText text={block.text} />
            </p>
          </div>
        );
      case "citation":
        return <Citation key={index} citation={block.citation} />;
      case "cited-list":
        return (
          <div key={index} className="hp-prose">
            <TextList items={block.items} />
          </div>
        );
      case "sign-list":
        return (
          <div key={index} className="hp-prose">
            <TextList items={block.signs} />
            <p>
              Sources: <Citation citation={block.sources} />
            </p>
          </div>
        );
      case "figure":
        return <Figure key={index} figure={block.figure} loading={figureLoading} />;
    }
  });
}
