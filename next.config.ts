import path from "node:path";

import type { NextConfig } from "next";

import { loadAliasRedirects } from "./lib/content/aliases";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
  async redirects() {
    return loadAliasRedirects(path.join(process.cwd(), "content"));
  },
};

export default nextConfig;
