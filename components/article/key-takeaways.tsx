import { SectionHeading } from "@/components/content/section-heading";
import { SafeHtml } from "@/components/safe-html";
import type { SanitizedHtml } from "@/lib/content/schema";

type Props = { id: string; title: string; items: SanitizedHtml[] };

/** The article's main points in a box near the top. */
export function KeyTakeaways({ id, title, items }: Props) {
  return (
    <section className="hp-key-takeaways" aria-labelledby={id}>
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
