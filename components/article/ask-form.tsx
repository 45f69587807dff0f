import { SearchForm } from "@/components/search/search-form";

/**
 * "Ask a question about this": the answer comes from our articles, quoted
 * with its sources, never generated. The article is sent along, so its own
 * passages are preferred.
 */
export function AskForm({ slug }: { slug: string }) {
  return (
    <SearchForm
      id="ask-about-this"
      label="Ask a question about this"
      landmark="Ask about this article"
      button="Ask"
      about={slug}
      className="hp-ask"
    />
  );
}
