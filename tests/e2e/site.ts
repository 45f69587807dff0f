import type { APIRequestContext } from "@playwright/test";

/** The public origin the build was made for: canonical URLs, the sitemap and share images use it. */
export const SITE_URL = new URL(process.env.SITE_URL ?? "http://localhost:3000").origin;

/** Paths of every page in the sitemap, read from the running site. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
}
