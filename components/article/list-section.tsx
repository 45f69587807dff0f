import { CitedText } from "@/components/content/citation";
import { SectionHeading } from "@/components/content/section-heading";
import { SafeHtml } from "@/components/safe-html";
import type { SanitizedHtml } from "@/lib/content/html";
import type { FirstStepsHelp } from "@/lib/content/schema";

type Props = { id: string; title: string; items: SanitizedHtml[]; help?: FirstStepsHelp; className: string };

/**
 * A section that is one list in a box: the "First steps" card and the key
 * takeaways near the top. "First steps" may end with when to see a doctor,
 * from the triage data: its level's words, then the sign.
 */
export function ListSection({ id, title, items, help, className }: Props) {
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
        {help ? (
          <li className={`${className}__help`}>
            <strong>{help.lead}</strong> <CitedText text={help.sign} />
          </li>
        ) : null}
      </ul>
    </section>
  );
}
