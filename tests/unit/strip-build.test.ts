import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { BuildOutputError } from "@/scripts/strip-framework-runtime/build-output";
import { BuildContractError, stripBuild } from "@/scripts/strip-framework-runtime/strip-build";

import { BUILD_FIXTURES, realNotFoundPage } from "./build-fixtures";

const NOT_FOUND = path.join("server", "app", "_not-found.html");

const notFoundRoute = {
  routeType: "page",
  response: "complete",
  compute: "static",
  initialStatus: 404,
  initialRevalidateSeconds: false,
  srcRoute: "/_not-found",
  dataRoute: "/_not-found.rsc",
};

/** A `.next` folder with the manifests the strip reads and one real prerendered page. */
function distDir({ html = realNotFoundPage(), route = {} }: { html?: string; route?: object } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hpg-build-"));
  const write = (file: string, value: unknown) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof value === "string" ? value : JSON.stringify(value));
  };
  copyFileSync(path.join(BUILD_FIXTURES, "build-manifest.json"), path.join(dir, "build-manifest.json"));
  write("required-server-files.json", { config: { output: undefined, experimental: {} } });
  write("prerender-manifest.json", {
    version: 4,
    routes: { "/_not-found": { ...notFoundRoute, ...route } },
    dynamicRoutes: {},
  });
  write("app-path-routes-manifest.json", { "/_not-found/page": "/_not-found" });
  write("server/pages-manifest.json", {
    "/_app": "pages/_app.js",
    "/_error": "pages/_error.js",
    "/_document": "pages/_document.js",
    "/article-not-found": "pages/article-not-found.js",
    "/return-to-running/plan": "pages/return-to-running/plan.js",
    "/search": "pages/search.js",
  });
  write(NOT_FOUND, html);
  return dir;
}

function withDist<T>(dir: string, run: (dir: string) => T): T {
  try {
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("stripBuild", () => {
  it("strips each prerendered page in place and counts what it did", () => {
    withDist(distDir(), (dir) => {
      const summary = stripBuild(dir);
      expect(summary).toMatchObject({
        stripped: 1,
        prerendered: 1,
        routeFiles: 0,
        perRequest: ["/_error", "/article-not-found", "/return-to-running/plan", "/search"],
      });
      expect(summary.bytesAfter).toBeLessThan(summary.bytesBefore / 3);
      const html = readFileSync(path.join(dir, NOT_FOUND), "utf8");
      expect(html).not.toContain("<script");
      expect(html).toContain("<h1>Page not found</h1>");
    });
  });

  it("leaves every file as Next.js wrote it when the contract is broken", () => {
    withDist(distDir({ route: { initialRevalidateSeconds: 60 } }), (dir) => {
      expect(() => stripBuild(dir)).toThrow(BuildContractError);
      expect(() => stripBuild(dir)).toThrow(
        'The build breaks the zero-JavaScript contract (README, "Why pages ship no JavaScript"):\n' +
          "- route /_not-found revalidates every 60 s",
      );
      expect(readFileSync(path.join(dir, NOT_FOUND), "utf8")).toBe(realNotFoundPage());
    });
  });

  it("says how many prerendered pages it stripped when a page has a script it does not know", () => {
    const html = realNotFoundPage().replace("</body>", '<script src="/analytics.js"></script></body>');
    withDist(distDir({ html }), (dir) => {
      expect(() => stripBuild(dir)).toThrow(
        "- 0 of 1 prerendered pages stripped\n" +
          `- server/app/_not-found.html: unexpected <script src="/analytics.js">`,
      );
    });
  });
});

describe("stripBuild on build output it cannot read", () => {
  it("asks for a build when there is none", () => {
    withDist(mkdtempSync(path.join(tmpdir(), "hpg-empty-")), (dir) => {
      expect(() => stripBuild(dir)).toThrow(BuildOutputError);
      expect(() => stripBuild(dir)).toThrow(`${path.join(dir, "build-manifest.json")}: missing; run next build first`);
    });
  });

  it("names the manifest and field when Next.js changes a manifest's shape", () => {
    withDist(distDir({ route: { initialRevalidateSeconds: "never" } }), (dir) => {
      expect(() => stripBuild(dir)).toThrow(
        `${path.join(dir, "prerender-manifest.json")}: not in the shape this step was written for (Next.js upgraded?)\n` +
          "  routes./_not-found.initialRevalidateSeconds:",
      );
    });
  });
});
