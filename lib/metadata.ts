import type { Metadata } from "next";

import { SITE, absoluteUrl } from "./site";

type PageMetadataInput = {
  title: string;
  description: string;
  /** Site path of the page; its absolute form is the canonical URL. Omitted for the 404, which has none. */
  path?: string;
  /** Set for article pages: Open Graph `article` with its dates and section. */
  article?: { publishedTime: string; modifiedTime: string; section: string };
};

/**
 * The one place page metadata is built. Next.js merges nested metadata objects
 * shallowly (a page's `openGraph` replaces the layout's whole), so every page
 * gets complete `alternates`, `openGraph` and `twitter` objects from here
 * rather than relying on inheritance.
 */
export function pageMetadata({ title, description, path, article }: PageMetadataInput): Metadata {
  const url = path === undefined ? undefined : absoluteUrl(path);
  return {
    title: path === "/" ? { absolute: title } : title,
    description,
    ...(url ? { alternates: { canonical: url } } : {}),
    openGraph: {
      title,
      description,
      ...(url ? { url } : {}),
      siteName: SITE.name,
      locale: SITE.locale,
      ...(article ? { type: "article", ...article } : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
