import { Faq } from "./faq";
import { KeyTakeaways } from "./key-takeaways";
import { ContentBlocks } from "@/components/content/content-blocks";
import { SectionHeading } from "@/components/content/section-heading";
import type { Section } from "@/lib/content/schema";

/** One h2 section, rendered by what it holds. */
export function ArticleSection({ section }: { section: Section }) {
  switch (section.kind) {
    case "key-takeaways":
      return <KeyTakeaways id={section.id} title={section.title} items={section.items} />;
    case "faq":
      return <Faq id={section.id} title={section.title} items={section.items} />;
    default:
      return (
        <section className={`hp-section hp-section--${section.kind}`} aria-labelledby={section.id}>
          <SectionHeading id={section.id} title={section.title}>
            {section.title}
          </SectionHeading>
          <ContentBlocks blocks={section.blocks} headingLevel={3} />
        </section>
      );
  }
}
