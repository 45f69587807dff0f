import type { SanitizedHtml } from "@/lib/content/html";

type Props = { html: SanitizedHtml; className?: string };

/**
 * The only component that injects HTML. It accepts only `SanitizedHtml`,
 * which only lib/content/html.ts can make, from the output of its sanitiser.
 */
export function SafeHtml({ html, className }: Props) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
