/**
 * Removes the React/Next.js client runtime from a prerendered page; the
 * post-build step `strip-prerendered-pages.ts` applies it to every page.
 *
 * Why: the site is static documents and plain links. Nothing on a page needs
 * React in the browser; the one interactive control, the share button, is
 * progressively enhanced by public/share.js. Yet Next.js ships about 135 KB
 * of gzipped framework JavaScript per page and repeats the whole article in
 * an inline RSC payload for hydration. Without them an article is a fifth of
 * the bytes, blocks no main thread, and needs no inline script, so the CSP
 * can forbid inline scripts.
 *
 * What: in `.next/server/app/**.html`, every `<script>` that loads from
 * `/_next/` or pushes RSC data, and every preload of such a script. JSON-LD
 * and /share.js stay. The `.rsc` files are left for Next.js itself.
 *
 * It fails the build if a page does not look as expected, so a change in the
 * framework's output is noticed instead of silently shipping a broken page.
 */
const FRAMEWORK_SCRIPT =
  /<script\b(?![^>]*type="application\/ld\+json")(?![^>]*src="\/share\.js")[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;

/** The page without framework scripts; throws when the page is not a Next.js prerender. */
export function stripClientRuntime(html: string, file: string): string {
  if (!html.includes("self.__next_f")) throw new Error(`${file}: no RSC payload found; Next.js output changed?`);
  const stripped = html.replace(FRAMEWORK_SCRIPT, "").replace(SCRIPT_PRELOAD, "");
  if (/self\.__next_f|src="\/_next\/[^"]*\.js"/.test(stripped)) {
    throw new Error(`${file}: framework scripts remain after stripping`);
  }
  return stripped;
}
