import type { Page } from "@playwright/test";

import { ERROR_PAGES, expect, SITE_URL, sitemapPaths, test } from "./site";

type Head = {
  title: string;
  canonicals: string[];
  description: string | null;
  meta: Record<string, string>;
  jsonLd: string[];
};

async function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const meta: Record<string, string> = {};
    for (const element of document.querySelectorAll("meta[property], meta[name]")) {
      const key = element.getAttribute("property") ?? element.getAttribute("name") ?? "";
      meta[key] = element.getAttribute("content") ?? "";
    }
    return {
      title: document.title,
      canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map(
        (link) => link.getAttribute("href") ?? "",
      ),
      description: document.querySelector('meta[name="description"]')?.getAttribute("content") ?? null,
      meta,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => script.textContent ?? "",
      ),
    };
  });
}

type GraphNode = { "@type": string; [key: string]: unknown };

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every page in the sitemap is complete for sharing and search engines", async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  const titles = new Set<string>();
  const descriptions = new Set<string>();

  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const head = await readHead(page);
    const url = `${SITE_URL}${path}`;

    expect(
      head.canonicals.map((canonical) => new URL(canonical).href),
      path,
    ).toEqual([new URL(url).href]);
    expect(titles.has(head.title), `duplicate title on ${path}`).toBe(false);
    titles.add(head.title);
    expect(head.description, path).toBeTruthy();
    expect(descriptions.has(head.description ?? ""), `duplicate description on ${path}`).toBe(false);
    descriptions.add(head.description ?? "");

    const isArticle = path.startsWith("/articles/");
    const { meta } = head;
    expect(meta["og:title"], path).toBeTruthy();
    expect(meta["og:description"], path).toBe(head.description);
    expect(new URL(meta["og:url"] ?? "").href, path).toBe(new URL(url).href);
    expect(meta["og:site_name"], path).toBe("Heel Pain Guide");
    expect(meta["og:locale"], path).toBe("en_US");
    expect(meta["og:type"], path).toBe(isArticle ? "article" : "website");
    expect(meta["twitter:card"], path).toBe("summary_large_image");
    if (isArticle) {
      const reviewed = await page.locator(".hp-article-header__meta time").first().getAttribute("datetime");
      expect(meta["article:modified_time"], path).toBe(reviewed);
      expect(meta["article:published_time"], path).toBeTruthy();
      expect(meta["article:section"], path).toBeTruthy();
    }

    const image = meta["og:image"] ?? "";
    expect(image.startsWith(`${SITE_URL}/`), `${path}: og:image ${image} is absolute`).toBe(true);
    expect([meta["og:image:width"], meta["og:image:height"]], path).toEqual(["1200", "630"]);
    const imageResponse = await request.get(new URL(image).pathname + new URL(image).search);
    expect(imageResponse.headers()["content-type"], path).toBe("image/png");
    expect(pngSize(await imageResponse.body()), path).toEqual({ width: 1200, height: 630 });

    expect(head.jsonLd, path).toHaveLength(1);
    const graph = JSON.parse(head.jsonLd[0] ?? "{}") as { "@context": string; "@graph": GraphNode[] };
    expect(graph["@context"]).toBe("https://schema.org");
    const types = graph["@graph"].map((node) => node["@type"]);
    const node = (type: string) => graph["@graph"].find((candidate) => candidate["@type"] === type);

    if (path === "/") expect(types).toEqual(["Organization", "WebSite", "WebPage"]);
    if (path === "/about") expect(types).toEqual(["Organization", "AboutPage"]);
    if (isArticle) {
      expect(types.slice(0, 4)).toEqual(["Organization", "MedicalWebPage", "Article", "BreadcrumbList"]);
      const webPage = node("MedicalWebPage");
      expect(webPage?.lastReviewed).toBe(meta["article:modified_time"]);
      expect(webPage?.medicalAudience).toEqual({ "@type": "Patient" });
      expect(node("Article")?.headline).toBe(await page.getByRole("heading", { level: 1 }).textContent());
      expect(node("Article")?.image).toBe(image);

      const crumbs = await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem").allTextContents();
      const items = node("BreadcrumbList")?.itemListElement as { name: string; item: string }[];
      expect(items.map((item) => item.name)).toEqual(crumbs);
      expect(items.at(-1)?.item).toBe(url);

      const condition = node("MedicalCondition");
      if (condition) {
        const text = (await page.locator("main").textContent()) ?? "";
        for (const property of ["signOrSymptom", "riskFactor", "possibleTreatment"]) {
          const values = condition[property] as { name: string }[];
          expect(values.length, `${path} ${property}`).toBeGreaterThan(0);
          for (const value of values) expect(text, `${path} shows ${value.name}`).toContain(value.name);
        }
      }
    }
  }
});

test("pages rendered per request are noindex and still describe themselves for link previews @front", async ({
  page,
}) => {
  for (const path of ["/search?q=heel+pain+in+the+morning", ...ERROR_PAGES]) {
    await page.goto(path);
    const head = await readHead(page);
    expect(head.meta.robots, path).toBe("noindex");
    expect(head.description?.length ?? 0, path).toBeGreaterThan(40);
    expect(head.title, path).toMatch(/ \| Heel Pain Guide$/);
  }
});

test("cause articles describe their condition in structured data", async ({ page }) => {
  for (const slug of ["plantar-fasciitis", "achilles-tendinopathy", "heel-stress-fracture"]) {
    await page.goto(`/articles/${slug}`);
    const [jsonLd] = (await readHead(page)).jsonLd;
    const types = (JSON.parse(jsonLd ?? "{}") as { "@graph": GraphNode[] })["@graph"].map((node) => node["@type"]);
    expect(types, slug).toContain("MedicalCondition");
  }
});

test("robots.txt names the sitemap, and the sitemap dates articles by their review @front", async ({
  page,
  request,
}) => {
  expect(await (await request.get("/robots.txt")).text()).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  const xml = await (await request.get("/sitemap.xml")).text();
  await page.goto("/articles/plantar-fasciitis");
  const reviewed = await page.locator(".hp-article-header__meta time").first().getAttribute("datetime");
  expect(xml).toContain(`<loc>${SITE_URL}/articles/plantar-fasciitis</loc>\n<lastmod>${reviewed}</lastmod>`);
});

test("every internal link on every page resolves, fragments included @front", async ({ page, request }) => {
  const pages = [...(await sitemapPaths(request)), "/not-a-page"];
  const links = new Map<string, string>();
  for (const path of pages) {
    await page.goto(path);
    const found = await page.locator("a[href]").evaluateAll((anchors) =>
      anchors.map((anchor) => {
        const url = new URL((anchor as HTMLAnchorElement).href);
        const samePage = url.origin === location.origin && url.pathname === location.pathname;
        const fragment = decodeURIComponent(url.hash.slice(1));
        return {
          link: url.origin === location.origin ? url.pathname + url.hash : null,
          samePage,
          missingTarget: samePage && fragment !== "" && !document.getElementById(fragment),
        };
      }),
    );
    for (const { link, samePage, missingTarget } of found) {
      expect(missingTarget, `${link} on ${path}`).toBe(false);
      if (link && !samePage) links.set(link, path);
    }
  }
  const html = new Map<string, string>();
  for (const [link, from] of links) {
    const [pathname = "", fragment] = link.split("#");
    if (!html.has(pathname)) {
      const response = await request.get(pathname, { maxRedirects: 0 });
      expect(response.status(), `${link} (linked from ${from})`).toBe(200);
      html.set(pathname, await response.text());
    }
    if (fragment)
      expect(html.get(pathname), `#${fragment} on ${pathname} (linked from ${from})`).toContain(`id="${fragment}"`);
  }
});

test("a renamed article's old URL redirects permanently to the new one @front", async ({ request }) => {
  const response = await request.get("/articles/achilles-tendinitis", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/articles/achilles-tendinopathy");
});

test("every h2 and h3 in an article has an id and a link to itself", async ({ page }) => {
  await page.goto("/articles/exercises");
  const headings = await page.locator("article h2, article h3").evaluateAll((elements) =>
    elements.map((heading) => ({
      id: heading.id,
      text: heading.textContent,
      link: Boolean(
        heading.parentElement?.querySelector(`:scope > a[href="#${heading.id}"]`) ??
        heading.closest("details")?.querySelector(`a[href="#${heading.id}"]`),
      ),
    })),
  );
  expect(headings.length).toBeGreaterThan(10);
  for (const heading of headings) {
    expect(heading.id, heading.text ?? "").toMatch(/^[a-z0-9-]+$/);
    expect(heading.link, `${heading.text} has a section link`).toBe(true);
  }
});

test("prerendered pages carry cache headers a CDN can use @front", async ({ request }) => {
  const page = await request.get("/articles/plantar-fasciitis");
  expect(page.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  const html = await page.text();
  const stylesheet = /href="(\/_next\/static\/css\/[^"]+\.css)"/.exec(html)?.[1];
  expect(stylesheet).toBeDefined();
  const asset = await request.get(stylesheet ?? "");
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});
