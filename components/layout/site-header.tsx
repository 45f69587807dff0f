import { SearchForm } from "@/components/search/search-form";
import { GUIDE_PATH, SITE, articlePath } from "@/lib/site";

/**
 * Site name, the search box and the primary navigation. Plain links: the site needs no client-side
 * routing. On a phone it is two short rows (name and search, then the links), so an article starts on
 * the first screen.
 */
export function SiteHeader() {
  return (
    <header className="hp-header">
      <div className="hp-header__inner">
        <a className="hp-header__name" href="/">
          {SITE.name}
        </a>
        <SearchForm
          id="site-search"
          label="Search or ask a question"
          landmark="Site"
          button="Search"
          className="hp-header-search"
          compact
        />
        <nav aria-label="Main" className="hp-header__nav">
          <ul>
            <li>
              <a href="/#articles">Articles</a>
            </li>
            <li>
              <a href={GUIDE_PATH}>Where does it hurt?</a>
            </li>
            <li>
              <a href={articlePath("when-to-see-a-doctor")}>Get help</a>
            </li>
            <li>
              <a href="/about">About</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
