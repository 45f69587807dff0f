import type { Metadata } from "next";

import { References } from "@/components/article/references";
import { SectionHeading } from "@/components/content/section-heading";
import { GuideEntry } from "@/components/guide/guide-entry";
import { WhereCards } from "@/components/guide/where-cards";
import { CompactHelp } from "@/components/home/compact-help";
import { JsonLd } from "@/components/json-ld";
import {
  getAllArticles,
  getAllProgrammes,
  getCompactHelp,
  getGuideEntryCards,
  getStartHere,
  TOPIC_ORDER,
} from "@/lib/content";
import type { Article } from "@/lib/content/schema";
import { pageMetadata } from "@/lib/metadata";
import { ALL_WARNING_SIGNS_PATH, SITE, articlePath, programmePath } from "@/lib/site";
import { homeGraph } from "@/lib/structured-data";
import { TOPIC_LABELS } from "@/lib/topics";

const TITLE = `${SITE.name}: heel pain after running, explained`;
const DESCRIPTION =
  "Plain-English, sourced guides to heel pain after running: the likely causes, what helps, how to prevent it and when to get help.";

export const metadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: "/" });

/**
 * The home page, in the order a worried reader needs it: the guide, the
 * warning signs in a few words, the guide again from where it hurts (its
 * cards lead through the warning signs first), where to read by where it
 * hurts, every article, then when to book a visit. The signs are cited to
 * this page's own reference list.
 */
export default function HomePage() {
  const articles = getAllArticles();
  const startHere = getStartHere();
  const programmes = getAllProgrammes();
  const entryCards = getGuideEntryCards();
  const groups = TOPIC_ORDER.map((topic) => ({
    topic,
    articles: articles.filter((article) => article.frontMatter.topic === topic),
  })).filter((group) => group.articles.length > 0);
  const { levels, references } = getCompactHelp(["emergency", "urgent", "non-urgent"], "/");
  const urgent = levels.filter((entry) => entry.level !== "non-urgent");
  const nonUrgent = levels.filter((entry) => entry.level === "non-urgent");

  return (
    <div className="hp-home">
      <JsonLd graph={homeGraph(TITLE, DESCRIPTION)} />
      <h1>Heel pain after running</h1>
      <p className="hp-home__intro">Plain, sourced answers, and when to get help.</p>

      <GuideEntry
        id="start-the-guide"
        heading="Not sure what is causing your pain?"
        text="Tell us where and when it hurts. Warning signs come first."
        headingLevel={2}
      />

      <section className="hp-home__help" aria-labelledby="get-help-now">
        <SectionHeading id="get-help-now" title="Get help now">
          Get help now
        </SectionHeading>
        <CompactHelp levels={urgent} />
        <p>
          <a href={ALL_WARNING_SIGNS_PATH}>All the warning signs in full</a>
        </p>
      </section>

      <section aria-labelledby="start-from-where">
        <SectionHeading id="start-from-where" title="Or start from where it hurts">
          Or start from where it hurts
        </SectionHeading>
        <p>We still ask about warning signs first.</p>
        <WhereCards choices={entryCards} labelledBy="start-from-where" loading="lazy" layout="strip" />
      </section>

      <section aria-labelledby="start-here">
        <SectionHeading id="start-here" title="Start here">
          Start here
        </SectionHeading>
        <ul className="hp-start-here">
          {startHere.map((entry) => (
            <li key={entry.href}>
              <a href={entry.href}>{entry.where}</a>
            </li>
          ))}
        </ul>
      </section>

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

      <section aria-labelledby="programmes">
        <SectionHeading id="programmes" title="Exercise programs to follow week by week">
          Exercise programs to follow week by week
        </SectionHeading>
        <ul className="hp-article-list">
          {programmes.map((programme) => (
            <li key={programme.slug}>
              <a href={programmePath(programme.slug)}>{programme.title}</a>
              <p>{programme.description}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="see-a-doctor">
        <SectionHeading id="see-a-doctor" title="When to book a doctor's appointment">
          When to book a doctor&apos;s appointment
        </SectionHeading>
        <CompactHelp levels={nonUrgent} />
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
