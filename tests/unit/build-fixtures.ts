import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Real output of `next build --webpack` (Next.js 16.4.6) for the strip tests:
 * the not-found page before stripping and the build manifest that names its
 * framework chunks. Regenerate after a Next.js upgrade with
 * `npx next build --webpack && cp .next/server/app/_not-found.html tests/fixtures/build/not-found.html
 * && cp .next/build-manifest.json tests/fixtures/build/`.
 */
export const BUILD_FIXTURES = path.resolve(__dirname, "../fixtures/build");

export const realNotFoundPage = () => readFileSync(path.join(BUILD_FIXTURES, "not-found.html"), "utf8");

const manifest = JSON.parse(readFileSync(path.join(BUILD_FIXTURES, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
  polyfillFiles: string[];
};

/** URL paths of the framework chunks in that build. */
export const FRAMEWORK_CHUNKS: ReadonlySet<string> = new Set(
  [...manifest.rootMainFiles, ...manifest.polyfillFiles].map((file) => `/_next/${file}`),
);

const [webpack = "", , , mainApp = ""] = manifest.rootMainFiles.map((file) => `/_next/${file}`);

/**
 * A small article page shaped like Next.js 16 writes one: stylesheet, runtime
 * preload and chunks in the head, JSON-LD and the share script in the content,
 * the RSC bootstrap and a payload push at the end of the body.
 */
export function articlePage({ head = "", body = "" }: { head?: string; body?: string } = {}): string {
  return [
    '<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/css/2a370ca802bae425.css" data-precedence="next"/>',
    `<link rel="preload" as="script" fetchPriority="low" href="${webpack}"/>`,
    `<script src="${webpack}" id="_R_" async=""></script><script src="${mainApp}" async=""></script>`,
    "<title>Plantar fasciitis | Heel Pain Guide</title>",
    head,
    '</head><body><div hidden=""><!--$--><!--/$--></div><main id="maincontent" class="hp-main" tabindex="-1">',
    '<article><h1 id="article-title">Plantar fasciitis</h1><p>Pain under the heel on your first steps.</p>',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage"}</script>',
    '<div data-share-url="http://localhost:3000/articles/plantar-fasciitis"><button type="button" hidden="">',
    'Share this page</button><p role="status"></p></div><script src="/share.js" defer=""></script>',
    body,
    "</article></main>",
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[7121,[],\\"\\"]\\n"])</script>',
    "</body></html>",
  ].join("");
}
