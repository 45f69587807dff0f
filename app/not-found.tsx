import type { Metadata } from "next";

import { pageMetadata } from "@/lib/metadata";
import { articlePath } from "@/lib/site";

export const metadata: Metadata = pageMetadata({
  title: "Page not found",
  description: "We could not find that page. Browse every heel pain article from the Heel Pain Guide home page.",
});

/**
 * Answers every unknown URL with status 404 (Next.js adds `noindex`); the
 * root layout adds the header, footer and disclaimer.
 */
export default function NotFound() {
  return (
    <div className="hp-not-found">
      <h1>Page not found</h1>
      <p>We could not find the page you asked for. It may have moved, or the link may have a typo.</p>
      <ul>
        <li>
          <a href="/">Browse all heel pain articles</a>
        </li>
        <li>
          <a href={articlePath("heel-pain-after-running")}>Heel pain after running: where to start</a>
        </li>
        <li>
          <a href={articlePath("when-to-see-a-doctor")}>When to see a doctor</a>
        </li>
      </ul>
    </div>
  );
}
