import type { Metadata } from "next";

import { NotFoundHelp } from "@/components/not-found/not-found-help";
import { pageMetadata } from "@/lib/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Page not found",
  description:
    "We could not find that page. Search, or browse every heel pain article from the Heel Pain Guide home page.",
});

/**
 * Answers every unknown URL outside /articles/ with status 404 (Next.js adds
 * `noindex`); the root layout adds the header, footer and disclaimer. An
 * unknown article address gets pages/article-not-found.tsx, which can tell
 * what was meant.
 */
export default function NotFound() {
  return <NotFoundHelp />;
}
