import type { SanitizedHtml } from "@/lib/content/schema";

type Props = { html: SanitizedHtml; className?: string };

/**
 * The only component that injects HTML. It accepts only `SanitizedHtml`,
 * which nothing but the sanitising Markdown pipeline in lib/content can make.
 */
export function SafeHtml({ html, className }: Props) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
