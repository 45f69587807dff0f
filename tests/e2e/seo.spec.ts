import { expect, readHead, SITE_URL, test } from "./site";

type GraphNode = { "@type": string; [key: string]: unknown };

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
