import type { Figure as FigureData } from "@/lib/content/schema";

type Props = { figure: FigureData; loading: "lazy" | "eager" };

/**
 * A drawing with its caption and the works it was checked against.
 * It is an `<img>` of the site's own SVG file, not inline SVG: the browser
 * loads it lazily and caches it across pages, nothing is injected into the
 * HTML, and an SVG loaded as an image never runs script. Width and height
 * reserve its space, so nothing moves when it loads. Because an image's
 * colours cannot follow the page's, each drawing carries its own light paper
 * background, legible in dark mode, in forced colours and on paper.
 */
export function Figure({ figure, loading }: Props) {
  return (
    <figure className="hp-figure">
      <img
        className="hp-figure__image"
        src={figure.src}
        alt={figure.alt}
        width={figure.width}
        height={figure.height}
        loading={loading}
        decoding="async"
      />
      <figcaption className="hp-figure__caption">
        {figure.caption}{" "}
        <span className="hp-figure__credit">
          Our own drawing, checked against{" "}
          {figure.sources.map((source, index) => (
            <span key={source.name}>
              {index > 0 ? (index === figure.sources.length - 1 ? " and " : ", ") : null}
              {source.href ? <a href={source.href}>{source.name}</a> : source.name}
            </span>
          ))}
          .
        </span>
      </figcaption>
    </figure>
  );
}
