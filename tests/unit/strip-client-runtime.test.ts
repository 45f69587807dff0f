import { describe, expect, it } from "vitest";

import { stripClientRuntime } from "@/lib/build/strip-client-runtime";

const PAGE = [
  '<!DOCTYPE html><html lang="en-US"><head>',
  '<link rel="stylesheet" href="/_next/static/css/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
  '<script src="/_next/static/chunks/main-app-1.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills-1.js" noModule=""></script>',
  "</head><body><main><h1>Plantar fasciitis</h1>",
  '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
  '<script src="/share.js" defer=""></script>',
  "</main>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"<h1>Plantar fasciitis</h1>"])</script>',
  "</body></html>",
].join("");

describe("stripClientRuntime", () => {
  const stripped = stripClientRuntime(PAGE, "articles/plantar-fasciitis.html");

  it("removes framework scripts, their preloads and the inline RSC payload", () => {
    expect(stripped).not.toContain("/_next/static/chunks/");
    expect(stripped).not.toContain("__next_f");
  });

  it("keeps the content, the stylesheet, JSON-LD and the share script", () => {
    expect(stripped).toContain("<h1>Plantar fasciitis</h1>");
    expect(stripped).toContain('href="/_next/static/css/site.css"');
    expect(stripped).toContain('<script type="application/ld+json">{"@context":"https://schema.org"}</script>');
    expect(stripped).toContain('<script src="/share.js" defer=""></script>');
  });

  it("fails loudly on a page that is not a Next.js prerender", () => {
    expect(() => stripClientRuntime("<html><body>Hi</body></html>", "x.html")).toThrow(
      "x.html: no RSC payload found; Next.js output changed?",
    );
  });
});
