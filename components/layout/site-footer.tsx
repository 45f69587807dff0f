import { Disclaimer } from "./disclaimer";
import { SITE, SITE_MAP_PATH } from "@/lib/site";

/** Footer: the disclaimer, the editorial promise and links. */
export function SiteFooter() {
  return (
    <footer className="hp-footer">
      <div className="hp-footer__inner">
        <Disclaimer />
        <nav aria-label="Footer" className="hp-footer__nav">
          <ul>
            <li>
              <a href="/">Home</a>
            </li>
            <li>
              <a href="/about">About and editorial policy</a>
            </li>
            <li>
              <a href="/about#report-an-error">Report an error</a>
            </li>
            <li>
              <a href={SITE_MAP_PATH}>Site map</a>
            </li>
          </ul>
        </nav>
        <p className="hp-footer__note">{SITE.name} has no ads, no tracking and no cookies.</p>
      </div>
    </footer>
  );
}
