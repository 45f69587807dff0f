import type { Metadata } from "next";

import { SHARE_IMAGE_SIZE } from "./share-image/size";
import { SITE, absoluteUrl } from "./site";

const SITE_IMAGE = { path: "/opengraph-image", alt: `${SITE.name}: ${SITE.tagline}` };

type PageMetadataInput = {
  title: string;
  description: string;
  /** Site path of the page; its absolute form is the canonical URL. Omitted for the 404, which has none. */
  path?: string;
  /** Share image path; articles have their own, other pages the site's. */
  image?: { path: string; alt: string };
  /** Set for article pages: Open Graph `article` with its dates and section. */
  article?: { publishedTime: string; modifiedTime: string; section: string };
};

/**
 * The one place page metadata is built. Next.js merges nested metadata objects
 * shallowly (a page's `openGraph` replaces the layout's whole), so every page
 * gets complete `alternates`, `openGraph` and `twitter` objects from here
 * rather than relying on inheritance.
 */
export function pageMetadata({ title, description, path, image = SITE_IMAGE, article }: PageMetadataInput): Metadata {
  const url = path === undefined ? undefined : absoluteUrl(path);
  const images = [{ url: image.path, alt: image.alt, ...SHARE_IMAGE_SIZE, type: "image/png" }];
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
      images,
      ...(article ? { type: "article", ...article } : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
