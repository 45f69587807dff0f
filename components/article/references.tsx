import { SectionHeading } from "@/components/content/section-heading";
import { VisuallyHidden } from "@/components/visually-hidden";
import type { CitedReference } from "@/lib/content/schema";
import { PAGE_IDS, referenceId } from "@/lib/content/syntax";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Numbered sources with links back to each place the article cites them. */
export function References({ references }: { references: CitedReference[] }) {
  if (references.length === 0) return null;
  return (
    <section className="hp-references" aria-labelledby={PAGE_IDS.references}>
      <SectionHeading id={PAGE_IDS.references} title="References">
        References
      </SectionHeading>
      <ol>
        {references.map(({ number, entry, href, citedFrom }) => (
          <li key={number} id={referenceId(number)}>
            <span className="hp-references__back">
              {citedFrom.map((id, index) => (
                <a key={id} href={`#${id}`}>
                  <span aria-hidden="true">{citedFrom.length > 1 ? `↑${LETTERS[index] ?? index + 1}` : "↑"}</span>
                  <VisuallyHidden>
                    Back to citation {citedFrom.length > 1 ? `${index + 1} ` : ""}of reference {number}
                  </VisuallyHidden>
                </a>
              ))}
            </span>{" "}
            {entry.authors ? `${entry.authors}. ` : ""}
            {entry.title}. <cite>{entry.publisher}</cite>
            {entry.year ? `. ${entry.year}` : ""}
            {entry.details ? `;${entry.details}` : ""}.{" "}
            {href ? (
              <a className="hp-references__link" href={href}>
                {href.replace(/^https:\/\//, "")}
              </a>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
