import { ARTICLE_NOT_FOUND, expect, sitemapPaths, test } from "./site";

test.describe("with JavaScript off @front", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown article address offers the closest sections, a search for its words and the guide", async ({
    page,
  }) => {
    const response = await page.goto(ARTICLE_NOT_FOUND);
    expect(response?.status()).toBe(404);
    expect(response?.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=86400");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByTestId("disclaimer")).toBeVisible();
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex");

    const closest = page.getByRole("region", { name: "Were you looking for one of these?" });
    const links = closest.getByRole("link");
    await expect(links.first()).toHaveText("Heel spurs");
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")))).toContain(
      "/articles/plantar-fasciitis#heel-spurs",
    );
    await expect(page.getByRole("link", { name: "Where does it hurt? Find the right article" })).toHaveAttribute(
      "href",
      "/where-does-it-hurt",
    );

    const search = page.getByRole("search", { name: "Search from this page" });
    await expect(search.getByLabel("Search our articles or ask a question")).toHaveValue("heel spurs");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=heel\+spurs$/);
  });

  test("a mistyped slug suggests the article it was meant to be", async ({ page }) => {
    await page.goto("/articles/plantar-fascitis");
    await expect(
      page.getByRole("region", { name: "Were you looking for one of these?" }).getByRole("link").first(),
    ).toHaveAttribute("href", "/articles/plantar-fasciitis");
  });

  test("a slug like nothing we have still offers search, the guide and the site map, and no guesses", async ({
    page,
  }) => {
    const response = await page.goto("/articles/qwxz-zzkj");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("region", { name: "Were you looking for one of these?" })).toHaveCount(0);
    await expect(page.getByRole("search", { name: "Search from this page" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Site map: every page and section" })).toBeVisible();
  });
});

test("another letter case of a slug, or of a former slug, redirects permanently to the article @front", async ({
  page,
  request,
}) => {
  for (const [path, target] of [
    ["/articles/Plantar-Fasciitis", "/articles/plantar-fasciitis"],
    ["/articles/PLANTAR-FASCIITIS", "/articles/plantar-fasciitis"],
    ["/articles/Achilles-Tendinitis", "/articles/achilles-tendinopathy"],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers().location, path).toBe(target);
  }
  // The browser keeps the section a shared link pointed to.
  await page.goto("/articles/Plantar-Fasciitis#treatment");
  await expect(page).toHaveURL(/\/articles\/plantar-fasciitis#treatment$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Treatment/ })).toBeInViewport();
});

test("the address asked for is shown as text, never as markup @front", async ({ request }) => {
  const response = await request.get("/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E%22'");
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).not.toContain("<script>alert");
  expect(html).not.toContain("<script");
});

test("the footer's site map is a page for people listing every article and its sections @front", async ({
  page,
  request,
}) => {
  await page.goto("/about");
  await page.getByRole("contentinfo").getByRole("link", { name: "Site map" }).click();
  await expect(page).toHaveURL(/\/site-map$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Site map");
  const hrefs = await page
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
  const articles = (await sitemapPaths(request)).filter((path) => path.startsWith("/articles/"));
  expect(articles.length).toBeGreaterThan(10);
  for (const article of articles) expect(hrefs, article).toContain(article);
  expect(hrefs).toContain("/articles/plantar-fasciitis#heel-spurs");
  // Crawlers keep their XML sitemap.
  const xml = await request.get("/sitemap.xml");
  expect(xml.headers()["content-type"]).toContain("xml");
});
