import { PAGE_IDS } from "@/lib/content/syntax";

/** First focusable element on every page: jumps past the header to the main content. */
export function SkipLink() {
  return (
    <a className="hp-skip-link" href={`#${PAGE_IDS.main}`}>
      Skip to main content
    </a>
  );
}
