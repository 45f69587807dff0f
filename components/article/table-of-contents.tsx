import type { Section } from "@/lib/content/schema";
import { PAGE_IDS } from "@/lib/content/syntax";

/** "On this page" links to every section; plain anchors, so they work without JavaScript. */
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
