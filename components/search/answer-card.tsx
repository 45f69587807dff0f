import { Fragment } from "react";

import { SafeHtml } from "@/components/safe-html";
import { formatDate } from "@/lib/dates";
import type { Answer } from "@/lib/search/engine";
import { placeOf } from "@/lib/search/place";

/**
 * The place that answers the question, quoted as the article has it (its
 * citations link to the article's reference list), with where it comes from
 * and when the article was reviewed. Nothing is added that reads as advice.
 */
export function AnswerCard({ answer }: { answer: Answer }) {
  const { passage, href, quote } = answer;
  return (
    <section className="hp-answer" aria-labelledby="answer-title">
      <h2 id="answer-title" className="hp-answer__title">
        From our articles
      </h2>
      <blockquote className="hp-answer__quote" cite={href}>
        {quote.map(({ passage: part, afterGap }, index) => (
          <Fragment key={index}>
            {afterGap ? (
              <p className="hp-answer__gap">
                <span aria-hidden="true">[…]</span>
                <span className="hp-visually-hidden">Some paragraphs are left out here.</span>
              </p>
            ) : null}
            <SafeHtml className="hp-prose" html={part.html} />
          </Fragment>
        ))}
      </blockquote>
      <p className="hp-answer__source">
        From: <a href={href}>{placeOf(passage)}</a>
      </p>
      <p className="hp-answer__meta">
        <span>
          Last reviewed: <time dateTime={passage.reviewed}>{formatDate(passage.reviewed)}</time>
        </span>{" "}
        <span>
          Next review due: <time dateTime={passage.nextReview}>{formatDate(passage.nextReview)}</time>
        </span>
      </p>
      <p className="hp-answer__note">This is a quote from one of our articles. It is not a diagnosis.</p>
      <p>
        <a className="hp-answer__more" href={href}>
          Read more <span className="hp-visually-hidden">about {placeOf(passage)}</span>
        </a>
      </p>
    </section>
  );
}
