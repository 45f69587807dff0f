import type { Hit } from "@/lib/search/engine";
import { placeOf } from "@/lib/search/place";

/** The other places that matched: where each is, and the matched words marked in a plain-text snippet. */
export function SearchResults({ hits, title }: { hits: Hit[]; title: string }) {
  if (hits.length === 0) return null;
  return (
    <section className="hp-results" aria-labelledby="results-title">
      <h2 id="results-title">{title}</h2>
      <ol className="hp-results__list">
        {hits.map(({ href, passage, snippet }) => (
          <li key={href} className="hp-results__item">
            <h3 className="hp-results__heading">
              <a href={href}>{placeOf(passage)}</a>
            </h3>
            <p className="hp-results__snippet">
              {snippet.cutStart ? "… " : null}
              {snippet.parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
              {snippet.cutEnd ? " …" : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
