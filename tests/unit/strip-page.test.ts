import { describe, expect, it } from "vitest";

import { assertSameText, stripFrameworkRuntime } from "@/scripts/strip-framework-runtime/strip-page";

import { articlePage, FRAMEWORK_CHUNKS, realNotFoundPage } from "./build-fixtures";

const strip = (html: string) =>
  stripFrameworkRuntime(html, {
    file: "server/app/articles/plantar-fasciitis.html",
    frameworkChunks: FRAMEWORK_CHUNKS,
  });

describe("stripFrameworkRuntime on a page from a real next build", () => {
  const html = realNotFoundPage();
  const result = strip(html);

  it("removes the five framework chunks, the runtime preload and the two RSC pushes", () => {
    expect(html).toContain("self.__next_f");
    expect(result.removed).toBe(8);
    expect(result.kept).toBe(0);
    expect(result.html).not.toContain("<script");
    expect(result.html).not.toContain("__next_f");
    expect(result.html).not.toContain('as="script"');
  });

  it("keeps the stylesheet, the heading and the disclaimer", () => {
    expect(result.html).toContain('<link rel="stylesheet" href="/_next/static/css/2a370ca802bae425.css"');
    expect(result.html).toContain("<h1>Page not found</h1>");
    expect(result.html).toContain('data-testid="disclaimer"');
  });
});

describe("stripFrameworkRuntime keeps what the page needs", () => {
  const result = strip(articlePage());

  it("keeps JSON-LD and the share script as they were", () => {
    expect(result.kept).toBe(2);
    expect(result.html).toContain(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage"}</script>',
    );
    expect(result.html).toContain('<script src="/share.js" defer></script>');
    expect(result.html).not.toContain("/_next/static/chunks/");
  });

  it("keeps a blank first line in <pre>, which a parse and re-serialise would otherwise drop", () => {
    const { html } = strip(articlePage({ body: "<pre>\n\nHeel raise: 3 sets of 12</pre>" }));
    expect(html).toContain("<pre>\n\nHeel raise: 3 sets of 12</pre>");
  });
});

describe("stripFrameworkRuntime fails on any script it does not know, naming the page and the script", () => {
  it.each([
    [
      "a client component's chunk",
      '<script src="/_next/static/chunks/app/articles/page-3c1d2e4f.js" async=""></script>',
      'unexpected <script src="/_next/static/chunks/app/articles/page-3c1d2e4f.js">',
    ],
    [
      "a streaming script that reveals a Suspense boundary",
      '<script>$RC("B:0","S:0")</script>',
      'unexpected inline <script> starting "$RC(\\"B:0\\",\\"S:0\\")"',
    ],
    [
      "code dressed up as an RSC push",
      '<script>self.__next_f.push([1,fetch("/steal?c="+document.cookie)])</script>',
      'unexpected inline <script> starting "self.__next_f.push([1,fetch(',
    ],
    [
      "a third-party analytics script",
      '<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>',
      'unexpected <script src="https://www.googletagmanager.com/gtag/js?id=G-1">',
    ],
    [
      "a module script",
      '<script type="module">import "/analytics.js"</script>',
      'unexpected inline <script type="module"> starting "import \\"/analytics.js\\""',
    ],
    [
      "a preload of a script that is not a framework chunk",
      '<link rel="preload" as="script" href="/_next/static/chunks/app/layout-9f8e.js"/>',
      'unexpected script preload <link href="/_next/static/chunks/app/layout-9f8e.js">',
    ],
    [
      "a module preload",
      '<link rel="modulepreload" href="/widget.js"/>',
      'unexpected script preload <link href="/widget.js">',
    ],
  ])("%s", (_name, extra, message) => {
    expect(() => strip(articlePage({ head: extra }))).toThrow(`server/app/articles/plantar-fasciitis.html: ${message}`);
  });

  it("reports every unknown script on the page at once", () => {
    const page = articlePage({ head: '<script src="/a.js"></script>', body: '<script src="/b.js"></script>' });
    expect(() => strip(page)).toThrow(/<script src="\/a\.js">[\s\S]*\n.*<script src="\/b\.js">/);
  });

  it("fails on a page that has no runtime to strip (stripped twice, or Next.js changed its output)", () => {
    const once = strip(articlePage()).html;
    expect(() => strip(once)).toThrow(
      "server/app/articles/plantar-fasciitis.html: no framework runtime found (0 framework chunks, 0 RSC pushes)",
    );
  });
});

describe("stripFrameworkRuntime allows the programme pages' tick script there and nowhere else", () => {
  const ticks = '<script src="/programme-ticks.js" defer=""></script>';
  const stripAt = (route: string | undefined) =>
    stripFrameworkRuntime(articlePage({ body: ticks }), {
      file: "server/app/page.html",
      frameworkChunks: FRAMEWORK_CHUNKS,
      route,
    });

  it("keeps /programme-ticks.js on a programme page", () => {
    const result = stripAt("/programmes/plantar-heel-pain");
    expect(result.kept).toBe(3);
    expect(result.html).toContain('<script src="/programme-ticks.js" defer></script>');
  });

  it.each([["/articles/exercises"], ["/programmes"], ["/programmes/a/b"], [undefined]])(
    "fails on it at %s, naming where it is allowed",
    (route) => {
      expect(() => stripAt(route)).toThrow(
        'server/app/page.html: unexpected <script src="/programme-ticks.js">: only framework chunks and RSC pushes (removed), ' +
          "JSON-LD and /share.js (kept) are allowed, and /programme-ticks.js only on routes matching /^\\/programmes\\/[a-z0-9-]+$/.",
      );
    },
  );

  it("fails on an inline body in the tick script's element", () => {
    const page = articlePage({ body: '<script src="/programme-ticks.js">alert(1)</script>' });
    expect(() =>
      stripFrameworkRuntime(page, {
        file: "server/app/page.html",
        frameworkChunks: FRAMEWORK_CHUNKS,
        route: "/programmes/plantar-heel-pain",
      }),
    ).toThrow('unexpected <script src="/programme-ticks.js">');
  });
});

describe("assertSameText", () => {
  it("passes on equal text and quotes where the text parts otherwise", () => {
    expect(() => assertSameText("Rest and ice the heel.", "Rest and ice the heel.", "a.html")).not.toThrow();
    expect(() => assertSameText("Rest and ice the heel.", "Rest and the heel.", "a.html")).toThrow(
      'a.html: the visible text of <body> changed at character 9: "Rest and ice the heel." became "Rest and the heel."',
    );
  });
});
