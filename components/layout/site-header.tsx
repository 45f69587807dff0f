import { SearchForm } from "@/components/search/search-form";
import { GUIDE_PATH, SITE, articlePath } from "@/lib/site";

/** Site name, the primary navigation and the search box. Plain links: the site needs no client-side routing. */
export function SiteHeader() {
  return (
    <header className="hp-header">
      <div className="hp-header__inner">
        <a className="hp-header__name" href="/">
          {SITE.name}
        </a>
        <nav aria-label="Main" className="hp-header__nav">
          <ul>
            <li>
              <a href="/#articles">All articles</a>
            </li>
            <li>
              <a href={GUIDE_PATH}>Where does it hurt?</a>
            </li>
            <li>
              <a href={articlePath("when-to-see-a-doctor")}>When to get help</a>
            </li>
            <li>
              <a href="/about">About</a>
            </li>
          </ul>
        </nav>
        <SearchForm
          id="site-search"
          label="Search or ask a question"
          landmark="Site"
          button="Search"
          className="hp-header-search"
        />
      </div>
    </header>
  );
}
