import { SectionHeading } from "@/components/content/section-heading";
import { SafeHtml } from "@/components/safe-html";
import type { SanitizedHtml } from "@/lib/content/html";

type Props = { id: string; title: string; items: SanitizedHtml[]; className: string };

/** A section that is one list in a box: the "First steps" card and the key takeaways near the top. */
export function ListSection({ id, title, items, className }: Props) {
  return (
    <section className={className} aria-labelledby={id}>
      <SectionHeading id={id} title={title}>
        {title}
      </SectionHeading>
      <ul>
        {items.map((html, index) => (
          <li key={index}>
            <SafeHtml className="hp-prose" html={html} />
          </li>
        ))}
      </ul>
    </section>
  );
}
