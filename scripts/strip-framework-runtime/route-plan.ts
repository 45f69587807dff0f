/**
 * The contract the strip enforces, as a pure function of the build output:
 * every route is prerendered once (HTML pages get stripped) or is on the
 * committed list of per-request routes. Anything that would let Next.js write
 * or render a page after this step (standalone copies, adapters, partial
 * prerendering, revalidation, fallback rendering) is a problem, because that
 * page would ship the runtime and break under the site's CSP.
 */
import path from "node:path";

import type { BuildOutput } from "./build-output";
import type { PerRequestRoute } from "./per-request-routes";

/** A prerendered HTML page to strip. */
export type PlannedPage = { route: string; file: string };

export type RoutePlan = {
  pages: PlannedPage[];
  /** Prerendered route handlers (images, XML, text): nothing to strip. */
  files: string[];
  perRequest: string[];
  problems: string[];
};

/** Pages Router internals that are not routes. */
const PAGES_INTERNALS = new Set(["/_app", "/_document"]);

function configProblems({ config, hasStandaloneCopy }: BuildOutput): string[] {
  const problems: string[] = [];
  if (config.output) {
    problems.push(
      `next.config output is "${config.output}": ` +
        (config.output === "standalone"
          ? "next build copies the pages into .next/standalone before this step runs, so the copies keep the runtime"
          : "the pages are written outside .next/server, where this step does not look"),
    );
  }
  if (hasStandaloneCopy) problems.push(".next/standalone exists: its copies of the pages would keep the runtime");
  if (config.adapterPath) {
    problems.push(`next.config adapterPath is set (${config.adapterPath}): adapters move prerendered HTML elsewhere`);
  }
  if (config.cacheComponents) problems.push("next.config cacheComponents is on: static shells are resumed per request");
  if (config.experimental.ppr)
    problems.push("next.config experimental.ppr is on: static shells are resumed per request");
  return problems;
}

/** Where Next.js 16 writes an App Router page's HTML (checked against the files on disk below). */
function appHtmlFile(route: string): string {
  return path.join("server", "app", `${route === "/" ? "/index" : route}.html`);
}

export function planRoutes(output: BuildOutput, perRequestRoutes: readonly PerRequestRoute[]): RoutePlan {
  const problems = configProblems(output);
  const { routes, dynamicRoutes } = output.prerender;
  const listed = new Map(perRequestRoutes.map((entry) => [`${entry.router}:${entry.route}`, entry]));
  const pages: PlannedPage[] = [];
  const files: string[] = [];
  const perRequest: string[] = [];

  for (const [route, entry] of Object.entries(routes)) {
    if (entry.initialRevalidateSeconds !== false) {
      problems.push(
        `route ${route} revalidates every ${entry.initialRevalidateSeconds} s: Next.js would regenerate it ` +
          "with the framework runtime; remove `revalidate` (the site is rebuilt to publish)",
      );
    }
    if (entry.routeType === "page" || entry.routeType === "route") {
      if (entry.response !== "complete" || entry.compute !== "static") {
        problems.push(
          `route ${route} is prerendered as "${entry.response}" with "${entry.compute}" compute, not finished`,
        );
      }
    } else {
      problems.push(`route ${route} is a prerendered "${entry.routeType}", which is finished per request`);
    }
    // Shells and fallbacks are HTML too: plan them as pages so their files are not reported a second time.
    if (entry.routeType === "route") files.push(route);
    else pages.push({ route, file: appHtmlFile(route) });
  }

  for (const [route, { fallback }] of Object.entries(dynamicRoutes)) {
    if (fallback !== false) {
      problems.push(
        `dynamic route ${route} renders unknown parameters on request (fallback ${JSON.stringify(fallback)}): ` +
          "export `dynamicParams = false`",
      );
    }
  }

  for (const route of output.appRoutes) {
    const onList = listed.has(`app:${route}`);
    const prerendered = route in routes || route in dynamicRoutes;
    if (onList && prerendered) problems.push(`route ${route} is prerendered but also listed as per-request`);
    else if (onList) perRequest.push(route);
    else if (!prerendered) problems.push(unlisted(route, "app"));
  }

  for (const [route, file] of Object.entries(output.pagesRoutes)) {
    if (PAGES_INTERNALS.has(route)) continue;
    const onList = listed.has(`pages:${route}`);
    // A Pages Router page without data fetching is written as HTML at build time (here: /404, a copy of the
    // App Router's not-found page); the rest render per request.
    const prerendered = file.endsWith(".html");
    if (onList && prerendered) problems.push(`route ${route} is prerendered but also listed as per-request`);
    else if (onList) perRequest.push(route);
    else if (prerendered) pages.push({ route, file: path.join("server", file) });
    else problems.push(unlisted(route, "pages"));
  }

  for (const entry of perRequestRoutes) {
    const known = entry.router === "app" ? output.appRoutes.includes(entry.route) : entry.route in output.pagesRoutes;
    if (!known)
      problems.push(`per-request route ${entry.route} (${entry.router}) is not in the build; remove it from the list`);
  }

  const planned = new Set(pages.map((page) => page.file));
  for (const page of pages) {
    if (!output.htmlFiles.includes(page.file)) {
      problems.push(`route ${page.route}: no prerendered HTML at ${page.file} (has Next.js moved its output?)`);
    }
  }
  const strays = output.htmlFiles.filter((file) => !planned.has(file));
  if (strays.length > 0) {
    problems.push(
      `${output.htmlFiles.length} HTML files on disk but ${pages.length} prerendered pages in the manifests; ` +
        `not in any manifest: ${strays.join(", ")}`,
    );
  }

  return { pages, files, perRequest, problems };
}

function unlisted(route: string, router: "app" | "pages"): string {
  return (
    `route ${route} (${router} router) is rendered per request but is not in PER_REQUEST_ROUTES ` +
    "(scripts/strip-framework-runtime/per-request-routes.ts): prerender it, or list it with its rendering and CSP"
  );
}
