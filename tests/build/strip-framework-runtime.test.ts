/**
 * Checks the real output of `npm run build` (next build, then the strip) in
 * .next/. npm test runs this after the build; without a build it fails with
 * a message rather than skipping, so a green run always means the shipped
 * pages were checked.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Element } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";

import { readBuildOutput } from "@/scripts/strip-framework-runtime/build-output";
import { PER_REQUEST_ROUTES } from "@/scripts/strip-framework-runtime/per-request-routes";
import { planRoutes } from "@/scripts/strip-framework-runtime/route-plan";

const DIST = path.join(process.cwd(), ".next");
if (!existsSync(path.join(DIST, "prerender-manifest.json"))) {
  throw new Error(`${DIST} holds no build output: run \`npm run build\` before these tests (npm test does)`);
}

const built = readBuildOutput(DIST);
// `next start` (16.4) copies each prerendered page into server/route-cache/ the first time it serves it, so
// after the browser tests ran those copies exist; the strip itself runs before any server and never sees them.
const isServedCopy = (file: string) => file.startsWith(path.join("server", "route-cache") + path.sep);
const output = { ...built, htmlFiles: built.htmlFiles.filter((file) => !isServedCopy(file)) };
const plan = planRoutes(output, PER_REQUEST_ROUTES);
const servedCopies = built.htmlFiles.filter(isServedCopy);
const parser = unified().use(rehypeParse);

function elements(file: string, tagName: string): Element[] {
  const found: Element[] = [];
  visit(parser.parse(readFileSync(path.join(DIST, file), "utf8")), "element", (element) => {
    if (element.tagName === tagName) found.push(element);
  });
  return found;
}

const property = (element: Element, name: string) => String(element.properties[name] ?? "");

/** The exercise programme pages are prerendered, and the only pages allowed /programme-ticks.js. */
const isProgramme = (file: string) => file.includes(`${path.sep}programmes${path.sep}`);

describe("the build in .next/", () => {
  it("allows only framework chunks that this build wrote", () => {
    expect(output.frameworkChunks.size).toBeGreaterThan(0);
    for (const chunk of output.frameworkChunks) {
      expect(existsSync(path.join(DIST, chunk.replace(/^\/_next\//, ""))), chunk).toBe(true);
    }
  });
});

const checked = [...plan.pages.map((page) => page.file), ...servedCopies];

describe.each(checked)("the prerendered page %s", (file) => {
  it("has no script but JSON-LD and /share.js (and /programme-ticks.js on programme pages), and preloads none", () => {
    const allowed = isProgramme(file) ? /^(json-ld|\/share\.js|\/programme-ticks\.js)$/ : /^(json-ld|\/share\.js)$/;
    for (const script of elements(file, "script")) {
      const kind = property(script, "type") === "application/ld+json" ? "json-ld" : property(script, "src");
      expect(kind, `${file}: ${kind || "inline script"}`).toMatch(allowed);
    }
    const preloads = elements(file, "link").filter(
      (link) => property(link, "as") === "script" || property(link, "rel").includes("modulepreload"),
    );
    expect(
      preloads.map((link) => property(link, "href")),
      file,
    ).toEqual([]);
    expect(readFileSync(path.join(DIST, file), "utf8"), file).not.toContain("__next_f");
  });

  it("keeps its content: one main, one h1 and the disclaimer", () => {
    expect(elements(file, "main"), file).toHaveLength(1);
    expect(elements(file, "h1"), file).toHaveLength(1);
    expect(
      elements(file, "aside").map((aside) => property(aside, "dataTestid")),
      file,
    ).toContain("disclaimer");
  });

  if (file.includes(`${path.sep}articles${path.sep}`)) {
    it("keeps its structured data and the share script", () => {
      const scripts = elements(file, "script");
      expect(
        scripts.filter((script) => property(script, "type") === "application/ld+json"),
        file,
      ).toHaveLength(1);
      expect(
        scripts.filter((script) => property(script, "src") === "/share.js"),
        file,
      ).toHaveLength(1);
    });
  }

  if (isProgramme(file)) {
    it("keeps its structured data and the tick script, once each", () => {
      const scripts = elements(file, "script");
      expect(scripts.map((script) => property(script, "type") || property(script, "src")).sort(), file).toEqual([
        "/programme-ticks.js",
        "application/ld+json",
      ]);
    });
  }
});
