/**
 * Cache-Control of the article 404, rendered per request: a CDN may keep it
 * for 5 minutes and serve a stale copy for a day while it fetches a fresh
 * one; browsers always revalidate. It only changes when the site is rebuilt,
 * and it holds nothing a reader typed but the address.
 */
export const PER_REQUEST_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";

/**
 * Cache-Control of a page built from what a reader typed (a /search question,
 * a plan's numbers). No cache may keep it: a shared cache would store the
 * question on disk under its URL, and a reader's words are never stored.
 */
export const READER_INPUT_CACHE_CONTROL = "private, no-store";
