import type { Article } from "./schema";
import { articlePath } from "../site";

/** A link to an article section, with the names a reader sees. */
export type SectionLink = { href: string; articleTitle: string; sectionTitle: string };

/** `slug#section-id` as a link with its article and section titles. The loader checked every such reference. */
export function sectionLink(ref: string, bySlug: ReadonlyMap<string, Article>): SectionLink {
  const [slug = "", id = ""] = ref.split("#");
  const article = bySlug.get(slug);
  const section = article?.sections.flatMap((entry) => [entry, ...entry.subheadings]).find((entry) => entry.id === id);
  if (!article || !section) throw new Error(`section link ${ref} does not resolve`);
  return { href: `${articlePath(slug)}#${id}`, articleTitle: article.frontMatter.title, sectionTitle: section.title };
}
