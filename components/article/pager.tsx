import type { Article } from "@/lib/content/schema";
import { articlePath } from "@/lib/site";

type Props = { previous?: Article; next?: Article };

/** Previous and next article in the library's reading order. */
export function Pager({ previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <nav className="hp-pager" aria-label="Previous and next articles">
      {previous ? (
        <a className="hp-pager__link hp-pager__link--previous" href={articlePath(previous.slug)} rel="prev">
          <span className="hp-pager__label">Previous</span> {previous.frontMatter.title}
        </a>
      ) : null}
      {next ? (
        <a className="hp-pager__link hp-pager__link--next" href={articlePath(next.slug)} rel="next">
          <span className="hp-pager__label">Next</span> {next.frontMatter.title}
        </a>
      ) : null}
    </nav>
  );
}
