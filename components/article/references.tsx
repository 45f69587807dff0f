import { SectionHeading } from "@/components/content/section-heading";
import type { CitedReference } from "@/lib/content/schema";
import { PAGE_IDS, referenceId } from "@/lib/content/syntax";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** a ... z, then aa, ab ...: every back link keeps a letter name, never a bare run of digits. */
const backLinkLetter = (index: number): string =>
  index < LETTERS.length
    ? (LETTERS[index] ?? "")
    : backLinkLetter(Math.floor(index / LETTERS.length) - 1) + (LETTERS[index % LETTERS.length] ?? "");

/**
 * Numbered sources, each with links back to every place the article cites it
 * (↑ a b c, as Wikipedia does). Each back link's name contains its visible
 * letter, and the markup stays short: an article can cite a work a dozen times.
 */
export function References({ references }: { references: CitedReference[] }) {
  if (references.length === 0) return null;
  return (
    <section className="hp-references" aria-labelledby={PAGE_IDS.references}>
      <SectionHeading id={PAGE_IDS.references} title="References">
        References
      </SectionHeading>
      <ol>
        {references.map(({ number, entry, href, citedFrom }) => (
          // `value`: a page quoting only some of a list's works (search) keeps their numbers.
          <li key={number} id={referenceId(number)} value={number}>
            <span className="hp-references__back">
              <span aria-hidden="true">↑</span>
              {citedFrom.map((id, index) => {
                const letter = backLinkLetter(index);
                return (
                  <a key={id} href={`#${id}`} aria-label={`Back to citation ${letter}`}>
                    {letter}
                  </a>
                );
              })}
            </span>{" "}
            {/* "et al." already ends in a full stop: never print two. */}
            {entry.authors ? `${entry.authors.replace(/\.$/, "")}. ` : ""}
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
