import type { Metadata } from "next";

import { References } from "@/components/article/references";
import { CareCard } from "@/components/content/care-card";
import { SectionHeading } from "@/components/content/section-heading";
import { GuideEntry } from "@/components/guide/guide-entry";
import { JsonLd } from "@/components/json-ld";
import { getAllArticles, getArticleBySlug, getCareCardsForPage, TOPIC_ORDER } from "@/lib/content";
import type { Article } from "@/lib/content/schema";
import { pageMetadata } from "@/lib/metadata";
import { SITE, articlePath } from "@/lib/site";
import { homeGraph } from "@/lib/structured-data";
import { TOPIC_LABELS } from "@/lib/topics";

const TITLE = `${SITE.name}: heel pain after running, explained`;
const DESCRIPTION =
  "Plain-English, sourced guides to heel pain after running: the likely causes, what helps, how to prevent it and when to get help.";

export const metadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: "/" });

/** The article with every warning sign, and a suggested reading order for a runner in pain. */
const RED_FLAGS_SLUG = "when-to-see-a-doctor";
const START_HERE = ["heel-pain-after-running", "when-to-see-a-doctor", "treatment", "exercises", "return-to-running"];

export default function HomePage() {
  const articles = getAllArticles();
  const startHere = START_HERE.flatMap((slug) => getArticleBySlug(slug) ?? []);
  const groups = TOPIC_ORDER.map((topic) => ({
    topic,
    articles: articles.filter((article) => article.frontMatter.topic === topic),
  })).filter((group) => group.articles.length > 0);
  // The emergency and urgent signs from the triage data, cited against this page's own reference list.
  const { cards, references } = getCareCardsForPage("/", ["emergency", "urgent"]);

  return (
    <div className="hp-home">
      <JsonLd graph={homeGraph(TITLE, DESCRIPTION)} />
      <h1>Heel pain after running</h1>
      <p className="hp-home__intro">
        Clear answers about why your heel hurts after a run, what you can do about it, and when to get help. Every
        article is written in plain English, and every fact links to the source it comes from.
      </p>

      <GuideEntry
        heading="Not sure what is causing your pain?"
        text="Tell us where and when it hurts. We check for warning signs first, then point you to the right articles."
        headingLevel={2}
      />

      {cards.length > 0 ? (
        <section className="hp-home__help" aria-labelledby="get-help-now">
          <SectionHeading id="get-help-now" title="Get help now">
            Get help now
          </SectionHeading>
          {cards.map((card) => (
            <CareCard
              key={card.id}
              id={card.id}
              level={card.level}
              title={card.title}
              html={card.html}
              headingLevel={3}
            />
          ))}
          <p>
            <a href={articlePath(RED_FLAGS_SLUG)}>All the warning signs, and where they come from</a>
          </p>
        </section>
      ) : null}

      {startHere.length > 0 ? (
        <section aria-labelledby="start-here">
          <SectionHeading id="start-here" title="If your heel hurts, start here">
            If your heel hurts, start here
          </SectionHeading>
          <ol className="hp-start-here">
            {startHere.map((article) => (
              <ArticleLink key={article.slug} article={article} />
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="articles">
        <SectionHeading id="articles" title="All articles">
          All articles
        </SectionHeading>
        {groups.map(({ topic, articles: inTopic }) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <SectionHeading id={`topic-${topic}`} level={3} title={TOPIC_LABELS[topic]}>
              {TOPIC_LABELS[topic]}
            </SectionHeading>
            <ul className="hp-article-list">
              {inTopic.map((article) => (
                <ArticleLink key={article.slug} article={article} />
              ))}
            </ul>
          </section>
        ))}
      </section>

      <References references={references} />
    </div>
  );
}

function ArticleLink({ article }: { article: Article }) {
  return (
    <li>
      <a href={articlePath(article.slug)}>{article.frontMatter.title}</a>
      <p>{article.frontMatter.description}</p>
    </li>
  );
}
