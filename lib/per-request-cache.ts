/**
 * Cache-Control of a page rendered per request (/search, the article 404):
 * a CDN may keep it for 5 minutes and serve a stale copy for a day while it
 * fetches a fresh one; browsers always revalidate. The page only changes when
 * the site is rebuilt, and the URL, query included, is the cache key. Same-URL
 * pages are shared, and no page carries anything personal.
 */
export const PER_REQUEST_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";
