import { describe, expect, it } from "vitest";

import type { BuildOutput, PrerenderManifest } from "@/scripts/strip-framework-runtime/build-output";
import { PER_REQUEST_ROUTES, type PerRequestRoute } from "@/scripts/strip-framework-runtime/per-request-routes";
import { planRoutes } from "@/scripts/strip-framework-runtime/route-plan";

import { FRAMEWORK_CHUNKS } from "./build-fixtures";

type Route = PrerenderManifest["routes"][string];

const page = (srcRoute: string): Route => ({
  routeType: "page",
  response: "complete",
  compute: "static",
  initialRevalidateSeconds: false,
  srcRoute,
});

/** A cut-down copy of what next build writes for this site: a few pages, one route handler, the 400 page. */
function build(change: (output: BuildOutput) => void = () => {}): BuildOutput {
  const output: BuildOutput = {
    distDir: ".next",
    config: { output: null, adapterPath: null, cacheComponents: false, experimental: { ppr: false } },
    hasStandaloneCopy: false,
    prerender: {
      version: 4,
      routes: {
        "/": page("/"),
        "/_not-found": page("/_not-found"),
        "/articles/plantar-fasciitis": page("/articles/[slug]"),
        "/sitemap.xml": { ...page("/sitemap.xml"), routeType: "route" },
      },
      dynamicRoutes: { "/articles/[slug]": { fallback: false } },
    },
    appRoutes: ["/", "/_not-found", "/articles/[slug]", "/sitemap.xml"],
    pagesRoutes: {
      "/_app": "pages/_app.js",
      "/_error": "pages/_error.js",
      "/_document": "pages/_document.js",
      "/article-not-found": "pages/article-not-found.js",
      "/return-to-running/plan": "pages/return-to-running/plan.js",
      "/search": "pages/search.js",
      "/404": "pages/404.html",
    },
    frameworkChunks: new Set(FRAMEWORK_CHUNKS),
    htmlFiles: [
      "server/app/_not-found.html",
      "server/app/articles/plantar-fasciitis.html",
      "server/app/index.html",
      "server/pages/404.html",
    ],
  };
  change(output);
  return output;
}

/** A list entry for a route of the fixture build; the strip only reads route and router. */
const listed = (route: string): PerRequestRoute => ({
  route,
  router: "app",
  reason: "a fixture route",
  rendering: "pages-without-runtime",
  csp: "site-policy",
});

const problems = (output: BuildOutput, list: readonly PerRequestRoute[] = PER_REQUEST_ROUTES) =>
  planRoutes(output, list).problems;

describe("planRoutes on a build that keeps the contract", () => {
  const plan = planRoutes(build(), PER_REQUEST_ROUTES);

  it("strips every prerendered page, the Pages Router's copy of the 404 included", () => {
    expect(plan.problems).toEqual([]);
    expect(plan.pages).toEqual([
      { route: "/", file: "server/app/index.html" },
      { route: "/_not-found", file: "server/app/_not-found.html" },
      { route: "/articles/plantar-fasciitis", file: "server/app/articles/plantar-fasciitis.html" },
      { route: "/404", file: "server/pages/404.html" },
    ]);
  });

  it("leaves route handlers alone and knows the pages rendered per request: the 400 page, the article 404, /search and the plan", () => {
    expect(plan.files).toEqual(["/sitemap.xml"]);
    expect(plan.perRequest).toEqual(["/_error", "/article-not-found", "/return-to-running/plan", "/search"]);
  });
});

describe("planRoutes fails the build, naming the route or setting, when", () => {
  it.each<[string, (output: BuildOutput) => void, string]>([
    [
      "output is standalone",
      (output) => (output.config.output = "standalone"),
      'next.config output is "standalone": next build copies the pages into .next/standalone before this step runs',
    ],
    [
      "output is export",
      (output) => (output.config.output = "export"),
      'next.config output is "export": the pages are written outside .next/server',
    ],
    [
      "an earlier standalone build left its copy",
      (output) => (output.hasStandaloneCopy = true),
      ".next/standalone exists",
    ],
    [
      "an adapter is set",
      (output) => (output.config.adapterPath = "./adapter.mjs"),
      "next.config adapterPath is set (./adapter.mjs)",
    ],
    [
      "cache components are on",
      (output) => (output.config.cacheComponents = true),
      "next.config cacheComponents is on",
    ],
    [
      "a page revalidates",
      (output) =>
        (output.prerender.routes["/articles/plantar-fasciitis"] = {
          ...page("/articles/[slug]"),
          initialRevalidateSeconds: 86_400,
        }),
      "route /articles/plantar-fasciitis revalidates every 86400 s",
    ],
    [
      "a page is only a shell finished per request",
      (output) => (output.prerender.routes["/"] = { ...page("/"), routeType: "shell", response: "initial" }),
      'route / is a prerendered "shell", which is finished per request',
    ],
    [
      "a dynamic route renders unknown parameters",
      (output) => (output.prerender.dynamicRoutes["/articles/[slug]"] = { fallback: null }),
      "dynamic route /articles/[slug] renders unknown parameters on request (fallback null)",
    ],
    [
      "an App Router route is neither prerendered nor listed",
      (output) => output.appRoutes.push("/search"),
      "route /search (app router) is rendered per request but is not in PER_REQUEST_ROUTES",
    ],
    [
      "a Pages Router route is neither prerendered nor listed",
      (output) => (output.pagesRoutes["/preview"] = "pages/preview.js"),
      "route /preview (pages router) is rendered per request but is not in PER_REQUEST_ROUTES",
    ],
    [
      "a prerendered page has no HTML where Next.js writes it",
      (output) => (output.htmlFiles = output.htmlFiles.filter((file) => !file.includes("plantar"))),
      "route /articles/plantar-fasciitis: no prerendered HTML at server/app/articles/plantar-fasciitis.html",
    ],
    [
      "there are more HTML files than prerendered pages",
      (output) => output.htmlFiles.push("server/app/old-article.html"),
      "5 HTML files on disk but 4 prerendered pages in the manifests; not in any manifest: server/app/old-article.html",
    ],
  ])("%s", (_name, change, message) => {
    expect(problems(build(change))).toEqual([expect.stringContaining(message)]);
  });

  it("the per-request list names a route the build does not have", () => {
    expect(problems(build(), [...PER_REQUEST_ROUTES, listed("/search")])).toEqual([
      "per-request route /search (app) is not in the build; remove it from the list",
    ]);
  });

  it("a listed route is prerendered after all", () => {
    expect(problems(build(), [...PER_REQUEST_ROUTES, listed("/")])).toEqual([
      "route / is prerendered but also listed as per-request",
    ]);
  });
});

describe("planRoutes accepts a per-request route that is listed", () => {
  it("with its rendering and CSP strategy", () => {
    const plan = planRoutes(
      build((output) => output.appRoutes.push("/account")),
      [...PER_REQUEST_ROUTES, listed("/account")],
    );
    expect(plan.problems).toEqual([]);
    expect(plan.perRequest).toEqual([
      "/account",
      "/_error",
      "/article-not-found",
      "/return-to-running/plan",
      "/search",
    ]);
  });
});
