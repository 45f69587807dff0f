import type { Metadata } from "next";

import { Breadcrumbs } from "@/components/article/breadcrumbs";
import { JsonLd } from "@/components/json-ld";
import { getAllArticles, getAllProgrammes, TOPIC_ORDER } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { GUIDE_PATH, SITE_MAP_PATH, articlePath, programmePath } from "@/lib/site";
import { webPageGraph } from "@/lib/structured-data";
import { TOPIC_LABELS } from "@/lib/topics";

const TITLE = "Site map";
const DESCRIPTION = "Every page of the Heel Pain Guide, by topic, with a link to each section of every article.";

export const metadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: SITE_MAP_PATH });

const BREADCRUMBS = [
  { name: "Home", path: "/" },
  { name: TITLE, path: SITE_MAP_PATH },
];

/** The site map for people (the footer links here); crawlers read /sitemap.xml. Prerendered at build. */
export default function SiteMapPage() {
  const articles = getAllArticles();
  return (
    <>
      <JsonLd graph={webPageGraph(TITLE, DESCRIPTION, SITE_MAP_PATH, BREADCRUMBS)} />
      <Breadcrumbs items={BREADCRUMBS} />
      <div className="hp-site-map">
        <h1>{TITLE}</h1>
        <p>Every page on this site. Each article lists its sections, so you can go straight to the part you need.</p>
        <h2 id="start">Start here</h2>
        <ul>
          <li>
            <a href="/">Home: all heel pain articles</a>
          </li>
          <li>
            <a href={GUIDE_PATH}>Where does it hurt? Find the right article</a>
          </li>
          <li>
            <a href="/search">Search or ask a question</a>
          </li>
          <li>
            <a href="/about">About us and our editorial policy</a>
          </li>
        </ul>
        <h2 id="programmes">Exercise programs</h2>
        <ul>
          {getAllProgrammes().map((programme) => (
            <li key={programme.slug}>
              <a href={programmePath(programme.slug)}>{programme.title}</a>
            </li>
          ))}
        </ul>
        {TOPIC_ORDER.map((topic) => {
          const inTopic = articles.filter((article) => article.frontMatter.topic === topic);
          if (inTopic.length === 0) return null;
          return (
            <section key={topic} aria-labelledby={`topic-${topic}`}>
              <h2 id={`topic-${topic}`}>{TOPIC_LABELS[topic]}</h2>
              <ul>
                {inTopic.map((article) => (
                  <li key={article.slug}>
                    <a href={articlePath(article.slug)}>{article.frontMatter.title}</a>
                    <ul className="hp-site-map__sections">
                      {article.sections.map((section) => (
                        <li key={section.id}>
                          <a href={`${articlePath(article.slug)}#${section.id}`}>{section.title}</a>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
