import path from "node:path";

import type { NextConfig } from "next";

import { aliasRedirects, articleRewrites, loadArticleRoutes } from "./lib/content/aliases";
import { SECURITY_HEADERS } from "./lib/security-headers";
import { ARTICLE_NOT_FOUND_PATH } from "./lib/site";

const articleRoutes = loadArticleRoutes(path.join(process.cwd(), "content"));

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
      afterFiles: articleRewrites(articleRoutes, ARTICLE_NOT_FOUND_PATH),
      fallback: [],
    };
  },
};

export default nextConfig;
