import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ArticlePage } from "@/components/article/article-page";
import { JsonLd } from "@/components/json-ld";
import { getAllArticles, getArticleBySlug } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { articlePath } from "@/lib/site";
import { articleGraph } from "@/lib/structured-data";
import { TOPIC_LABELS } from "@/lib/topics";

type Props = { params: Promise<{ slug: string }> };

/** Every article is prerendered at build; any other slug is a 404 without reaching the loader. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticleBySlug((await params).slug);
  if (!article) return {};
  const { title, description, published, reviewed, topic } = article.frontMatter;
  return pageMetadata({
    title,
    description,
    path: articlePath(article.slug),
    image: { path: `${articlePath(article.slug)}/opengraph-image`, alt: `${title}: share card with the review date` },
    article: { publishedTime: published, modifiedTime: reviewed, section: TOPIC_LABELS[topic] },
  });
}

export default async function ArticleRoute({ params }: Props) {
  const article = getArticleBySlug((await params).slug);
  if (!article) notFound();

  const articles = getAllArticles();
  const position = articles.findIndex((candidate) => candidate.slug === article.slug);
  const related = article.frontMatter.related.flatMap((slug) => getArticleBySlug(slug) ?? []);
  const breadcrumbs = [
    { name: "Home", path: "/" },
    { name: article.frontMatter.title, path: articlePath(article.slug) },
  ];

  return (
    <>
      <JsonLd graph={articleGraph(article, breadcrumbs)} />
      <ArticlePage
        article={article}
        breadcrumbs={breadcrumbs}
        related={related}
        previous={articles[position - 1]}
        next={articles[position + 1]}
      />
    </>
  );
}
