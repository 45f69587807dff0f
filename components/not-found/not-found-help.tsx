import { SearchForm } from "@/components/search/search-form";
import type { Suggestion } from "@/lib/not-found/suggest";
import { GUIDE_PATH, SITE_MAP_PATH, articlePath } from "@/lib/site";

type Props = {
  /** Pages close to the address asked for, best first. */
  suggestions?: readonly Suggestion[];
  /** The address's words, to start a search with. */
  searchText?: string;
};

/**
 * The body of every "page not found" page: the closest pages when we can
 * tell what was meant, a search box, and the ways in a worried reader needs.
 */
export function NotFoundHelp({ suggestions = [], searchText }: Props) {
  return (
    <div className="hp-not-found">
      <h1>Page not found</h1>
      <p>We could not find the page you asked for. It may have moved, or the link may have a typo.</p>
      {suggestions.length > 0 ? (
        <section aria-labelledby="closest-pages">
          <h2 id="closest-pages">Were you looking for one of these?</h2>
          <ul className="hp-not-found__suggestions">
            {suggestions.map((suggestion) => (
              <li key={suggestion.href}>
                <a href={suggestion.href}>{suggestion.title}</a>
                {suggestion.article ? <span className="hp-not-found__article"> in {suggestion.article}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SearchForm
        id="not-found-search"
        label="Search our articles or ask a question"
        landmark="Search from this page"
        button="Search"
        query={searchText}
        className="hp-search-form"
      />
      <h2>Or start here</h2>
      <ul>
        <li>
          <a href={GUIDE_PATH}>Where does it hurt? Find the right article</a>
        </li>
        <li>
          <a href="/">Browse all heel pain articles</a>
        </li>
        <li>
          <a href={articlePath("when-to-see-a-doctor")}>When to see a doctor</a>
        </li>
        <li>
          <a href={SITE_MAP_PATH}>Site map: every page and section</a>
        </li>
      </ul>
    </div>
  );
}
