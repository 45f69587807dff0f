import { SectionHeading } from "@/components/content/section-heading";
import type { Article } from "@/lib/content/schema";
import { PAGE_IDS } from "@/lib/content/syntax";
import { articlePath } from "@/lib/site";

/** Further reading chosen by the author (`related` in front matter). */
export function RelatedArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="hp-related" aria-labelledby={PAGE_IDS.related}>
      <SectionHeading id={PAGE_IDS.related} title="Related articles">
        Related articles
      </SectionHeading>
      <ul className="hp-article-list">
        {articles.map((article) => (
          <li key={article.slug}>
            <a href={articlePath(article.slug)}>{article.frontMatter.title}</a>
            <p>{article.frontMatter.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
