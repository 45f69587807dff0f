/**
 * Routes that Next.js renders on each request, so the post-build strip never
 * sees them. Every other route must be prerendered; the strip fails the build
 * when a route is neither (scripts/strip-framework-runtime/route-plan.ts).
 *
 * Adding a route here is a decision, not a fix for a failing build: say how it
 * is rendered and which Content-Security-Policy it gets, since the site's
 * policy (`script-src 'self'`, lib/security-headers.ts) blocks the inline
 * scripts a React page rendered per request carries.
 */
export type PerRequestRoute = {
  /** The route as Next.js names it in its manifests (`/_error`, `/search`). */
  route: string;
  /** Which manifest lists it: app-path-routes-manifest.json or server/pages-manifest.json. */
  router: "app" | "pages";
  /** Why it cannot be prerendered. */
  reason: string;
  /**
   * How it is rendered:
   * - `pages-without-runtime`: a Pages Router page with `config = { unstable_runtimeJS: false }`,
   *   so the HTML carries no script at all (checked by tests/e2e/navigation.spec.ts).
   */
  rendering: "pages-without-runtime";
  /**
   * Which CSP it gets:
   * - `site-policy`: the same SECURITY_HEADERS as every other page; it needs no nonce
   *   because the page has no inline script.
   */
  csp: "site-policy";
};

export const PER_REQUEST_ROUTES: readonly PerRequestRoute[] = [
  {
    route: "/_error",
    router: "pages",
    reason:
      "Next.js renders it for a request whose path it cannot decode (such as /articles/%E0%A4%A), with status 400; " +
      "see pages/_error.tsx.",
    rendering: "pages-without-runtime",
    // next.config.ts headers are not applied on this path, so getInitialProps sends SECURITY_HEADERS itself.
    csp: "site-policy",
  },
  {
    route: "/search",
    router: "pages",
    reason:
      "Its answer depends on the query (?q=), which a prerendered page cannot know; getServerSideProps reads the " +
      "index built before next build (see pages/search.tsx).",
    rendering: "pages-without-runtime",
    csp: "site-policy",
  },
  {
    route: "/return-to-running/plan",
    router: "pages",
    reason:
      "The plan is worked out from the reader's own numbers (?distance=&unit=&weeks=&condition=), which a " +
      "prerendered page cannot know; getServerSideProps reads the cited rules built before next build (see " +
      "pages/return-to-running/plan.tsx).",
    rendering: "pages-without-runtime",
    csp: "site-policy",
  },
  {
    route: "/article-not-found",
    router: "pages",
    reason:
      "Its suggestions depend on the address asked for (/articles/<slug> that names no article, rewritten here by " +
      "next.config.ts), which a prerendered page cannot know; see pages/article-not-found.tsx.",
    rendering: "pages-without-runtime",
    csp: "site-policy",
  },
];
