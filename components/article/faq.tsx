import { SectionHeading } from "@/components/content/section-heading";
import { SafeHtml } from "@/components/safe-html";
import type { FaqItem } from "@/lib/content/schema";

type Props = { id: string; title: string; items: FaqItem[] };

/**
 * Questions as native `<details>`: they open without JavaScript, and browsers
 * open one by themselves when a link targets its id. The section link sits in
 * the answer, because a link inside `<summary>` would nest one control in another.
 */
export function Faq({ id, title, items }: Props) {
  return (
    <section className="hp-faq" aria-labelledby={id}>
      <SectionHeading id={id} title={title}>
        {title}
      </SectionHeading>
      {items.map((item) => (
        <details key={item.id} className="hp-faq__item">
          <summary>
            <h3 id={item.id} className="hp-faq__question">
              {item.question}
            </h3>
          </summary>
          <div className="hp-faq__answer">
            <SafeHtml className="hp-prose" html={item.answerHtml} />
            <a className="hp-faq__link" href={`#${item.id}`} aria-label={`Link to this question: ${item.question}`}>
              Link to this question
            </a>
          </div>
        </details>
      ))}
    </section>
  );
}
