import { ShareButton } from "./share-button";
import { formatShortDate } from "@/lib/dates";
import type { Article } from "@/lib/content/schema";
import { PAGE_IDS } from "@/lib/content/syntax";
import { absoluteUrl, articlePath } from "@/lib/site";
import { TOPIC_LABELS } from "@/lib/topics";

/** Topic, title, summary, review dates, reading time and the share button. */
export function ArticleHeader({ article }: { article: Article }) {
  const { title, description, topic, reviewed, nextReview } = article.frontMatter;
  const helpSection = article.sections.find((section) => section.kind === "when-to-get-help");
  return (
    <header className="hp-article-header">
      <p className="hp-article-header__topic">{TOPIC_LABELS[topic]}</p>
      <h1 id={PAGE_IDS.title}>{title}</h1>
      <p className="hp-article-header__summary">{description}</p>
      <p className="hp-article-header__meta">
        <span>
          Reviewed <time dateTime={reviewed}>{formatShortDate(reviewed)}</time>
        </span>
        <span>
          Next review <time dateTime={nextReview}>{formatShortDate(nextReview)}</time>
        </span>
        <span>{article.readingMinutes} min read</span>
      </p>
      <div className="hp-article-header__actions">
        {helpSection ? (
          <a className="hp-article-header__help" href={`#${helpSection.id}`}>
            When to get help
          </a>
        ) : null}
        <ShareButton title={title} url={absoluteUrl(articlePath(article.slug))} />
      </div>
    </header>
  );
}
