import { notFound } from "next/navigation";

import { getAllArticles, getArticleBySlug } from "@/lib/content";
import { formatDate } from "@/lib/dates";
import { renderShareImage } from "@/lib/share-image/share-image";
import { SHARE_IMAGE_SIZE } from "@/lib/share-image/size";
import { TOPIC_LABELS } from "@/lib/topics";

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "The article's title and the date it was last reviewed, on the Heel Pain Guide share card";
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map((article) => ({ slug: article.slug }));
}

export default async function ArticleShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticleBySlug((await params).slug);
  if (!article) notFound();
  const { title, topic, reviewed } = article.frontMatter;
  return renderShareImage({
    title,
    kicker: TOPIC_LABELS[topic],
    footnote: `Last reviewed ${formatDate(reviewed)} · every fact sourced`,
  });
}
