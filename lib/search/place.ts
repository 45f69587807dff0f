import type { PassageSummary } from "@/lib/content/passages";
import { articlePath } from "@/lib/site";

/** "Treatment for heel pain after running, Self-care in the first weeks: Ice": where a passage sits. */
export function placeOf(passage: PassageSummary): string {
  const within =
    passage.question?.title ?? [passage.section?.title, passage.subheading?.title].filter(Boolean).join(": ");
  return within ? `${passage.articleTitle}, ${within}` : passage.articleTitle;
}

/** `/articles/slug#anchor`: the FAQ question, else the h3, else the h2 the passage sits under. */
export function passageHref(passage: PassageSummary): string {
  const anchor = passage.question?.id ?? passage.subheading?.id ?? passage.section?.id;
  return anchor ? `${articlePath(passage.slug)}#${anchor}` : articlePath(passage.slug);
}
