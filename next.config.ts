import path from "node:path";

import type { NextConfig } from "next";

import { aliasRedirects, loadArticleRoutes } from "./lib/content/aliases";
import { SECURITY_HEADERS } from "./lib/security-headers";
import { ARTICLE_NOT_FOUND_PATH } from "./lib/site";

const articleRoutes = loadArticleRoutes(path.join(process.cwd(), "content"));

/**
 * One path segment that is not an article's slug or former slug (slugs are [a-z0-9-], so they need no
 * escaping). Percent-escapes must be ASCII (%20, %3C): a malformed one (%ZZ, %E0%A4%A) is left to
 * Next.js, which answers it with the 400 page, and non-ASCII ones with the plain 404.
 */
const knownSlugs = articleRoutes.flatMap(({ slug, aliases }) => [slug, ...aliases]).join("|");
const unknownArticleSlug = `(?!(?:${knownSlugs})$)(?:[^/%]|%[0-7][0-9A-Fa-f])+`;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Routes below match letter case exactly, so /articles/Plantar-Fasciitis reaches the article 404,
    // which redirects it to /articles/plantar-fasciitis, instead of counting as a known slug.
    caseSensitiveRoutes: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
  async redirects() {
    return aliasRedirects(articleRoutes);
  },
  async rewrites() {
    return {
      beforeFiles: [],
      // An address under /articles/ that names no article gets a 404 that suggests the closest pages;
      // the dynamic route would answer it with the generic not-found page.
      afterFiles: [
        { source: `/articles/:slug(${unknownArticleSlug})`, destination: `${ARTICLE_NOT_FOUND_PATH}?slug=:slug` },
      ],
      fallback: [],
    };
  },
};

export default nextConfig;
