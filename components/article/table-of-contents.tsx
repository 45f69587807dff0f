import type { Section } from "@/lib/content/schema";
import { PAGE_IDS } from "@/lib/content/syntax";

/**
 * "On this page" links to every section; plain anchors, so they work without JavaScript.
 * The treatment section also lists its subheadings: what to do is what most readers came
 * for, and on a phone it is many screens down a long page, so it is one tap from the top.
 */
export function TableOfContents({ sections, hasReferences }: { sections: Section[]; hasReferences: boolean }) {
  return (
    <nav className="hp-toc" aria-labelledby={PAGE_IDS.contents}>
      <p className="hp-toc__title" id={PAGE_IDS.contents}>
        On this page
      </p>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
            {section.kind === "treatment" && section.subheadings.length > 0 ? (
              <ul className="hp-toc__subsections">
                {section.subheadings.map((subheading) => (
                  <li key={subheading.id}>
                    <a href={`#${subheading.id}`}>{subheading.title}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
        {hasReferences ? (
          <li>
            <a href={`#${PAGE_IDS.references}`}>References</a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
