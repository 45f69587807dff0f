import { Faq } from "./faq";
import { ListSection } from "./list-section";
import { ContentBlocks } from "@/components/content/content-blocks";
import { SectionHeading } from "@/components/content/section-heading";
import type { Section } from "@/lib/content/schema";
import { PAGE_IDS } from "@/lib/content/syntax";

/** One h2 section, rendered by what it holds, then a way back to the contents (long pages, no JavaScript). */
export function ArticleSection({ section }: { section: Section }) {
  return (
    <>
      <SectionBody section={section} />
      <p className="hp-back-to-contents">
        <a href={`#${PAGE_IDS.contents}`}>Back to contents</a>
      </p>
    </>
  );
}

function SectionBody({ section }: { section: Section }) {
  switch (section.kind) {
    case "first-steps":
      return (
        <ListSection
          id={section.id}
          title={section.title}
          items={section.items}
          help={section.help}
          className="hp-first-steps"
        />
      );
    case "key-takeaways":
      return <ListSection id={section.id} title={section.title} items={section.items} className="hp-key-takeaways" />;
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
