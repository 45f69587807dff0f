import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";

import { aliasRedirects, articleRewrites, devArticleRewrites, loadArticleRoutes } from "./lib/content/aliases";
import { CONTENT_ROOT } from "./lib/content/live";
import { SECURITY_HEADERS } from "./lib/security-headers";
import { ARTICLE_NOT_FOUND_PATH } from "./lib/site";

export default function nextConfig(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  // Read once, when this file loads: a build's routes are fixed. `next dev` never reads them, so a writer's new
  // article or alias works on the next reload (see devArticleRewrites).
  const articleRoutes = dev ? [] : loadArticleRoutes(CONTENT_ROOT);
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    // `next dev` serves its live-reload and error overlay only to these hosts; localhost alone would leave a
    // writer who opens http://127.0.0.1:3000 with a blank page on a content error and no live reload.
    allowedDevOrigins: ["127.0.0.1", "localhost"],
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
      return dev
        ? { beforeFiles: [], afterFiles: [], fallback: devArticleRewrites(ARTICLE_NOT_FOUND_PATH) }
        : { beforeFiles: [], afterFiles: articleRewrites(articleRoutes, ARTICLE_NOT_FOUND_PATH), fallback: [] };
    },
  };
}
