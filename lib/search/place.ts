import type { ArticlePassage } from "@/lib/content/passages";

/** "Treatment for heel pain after running, Self-care in the first weeks: Ice": where a passage sits. */
export function placeOf(passage: ArticlePassage): string {
  const within =
    passage.question?.title ?? [passage.section?.title, passage.subheading?.title].filter(Boolean).join(": ");
  return within ? `${passage.articleTitle}, ${within}` : passage.articleTitle;
}
