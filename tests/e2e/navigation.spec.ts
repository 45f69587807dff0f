import { BAD_REQUEST, ERROR_PAGES, expect, NOT_FOUND, sitemapPaths, test } from "./site";

test("home lists the articles by topic and leads to an article", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heel pain after running");
  const causes = page.getByRole("region", { name: "Causes", exact: true });
  await expect(causes.getByRole("link")).toContainText(["Achilles tendinopathy", "Plantar fasciitis"]);

  await causes.getByRole("link", { name: "Plantar fasciitis", exact: true }).click();
  await expect(page).toHaveURL(/\/articles\/plantar-fasciitis$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plantar fasciitis");
});

test("a contents link lands on its section heading", async ({ page }) => {
  await page.goto("/articles/plantar-fasciitis");
  await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Treatment" }).click();
  await expect(page).toHaveURL(/#treatment$/);
  const heading = page.getByRole("heading", { level: 2, name: /^Treatment/ });
  await expect(heading).toBeInViewport();
  expect((await heading.boundingBox())?.y).toBeGreaterThanOrEqual(0);
});

test("on a phone, what to do now is on the first two screens, and full self-care one tap from the contents", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/articles/plantar-fasciitis");
  // The First steps card (what to do and avoid now) comes first; the contents follow it, within three screens.
  expect((await page.getByRole("region", { name: "First steps" }).boundingBox())?.y ?? Infinity).toBeLessThan(2 * 844);
  const selfCare = page
    .getByRole("navigation", { name: "On this page" })
    .getByRole("link", { name: "Self-care", exact: true });
  expect((await selfCare.boundingBox())?.y ?? Infinity).toBeLessThan(3 * 844);
  await selfCare.click();
  await expect(page).toHaveURL(/#self-care$/);
  await expect(page.getByRole("heading", { level: 3, name: /^Self-care/ })).toBeInViewport();
});

test("a shared link to a section opens at that heading", async ({ page }) => {
  await page.goto("/articles/achilles-tendinopathy#symptoms");
  await expect(page.getByRole("heading", { level: 2, name: /^Symptoms/ })).toBeInViewport();
});

test("an unknown page answers 404 with the not-found page and the disclaimer", async ({ page }) => {
  const response = await page.goto(NOT_FOUND);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByTestId("disclaimer")).toBeVisible();
  const robots = await page
    .locator('meta[name="robots"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute("content")));
  expect(robots).toContain("noindex");
});

test.describe("junk URLs get a 4xx page with the disclaimer, never a 500 or a stack trace", () => {
  for (const [path, status] of [
    ["/articles/unknown-slug", 404],
    ["/articles/..%2F..%2Fetc%2Fpasswd", 404],
    ["/articles/../../etc/passwd", 404],
    ["/articles/%E0%A4%A", 400],
    ["/articles/%ZZ", 400],
    [`/${"a".repeat(3000)}`, 404],
    [`/articles/${"b".repeat(3000)}`, 404],
  ] as const) {
    test(`${path.slice(0, 40)} -> ${status}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      const html = await response.text();
      expect(html).toContain('data-testid="disclaimer"');
      expect(html).not.toMatch(/at \S+ \(.*:\d+:\d+\)|node_modules/);
    });
  }
});

test("the disclaimer is visible on every page in the sitemap", async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThanOrEqual(14);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByTestId("disclaimer"), path).toBeVisible();
  }
});

test("the disclaimer sends readers to the full list of warning signs, and it opens at that list", async ({ page }) => {
  await page.goto("/about");
  const disclaimer = page.getByTestId("disclaimer");
  // "Cannot walk" alone is same-day care (triage.yaml): the disclaimer must not call it an emergency.
  await expect(disclaimer).not.toContainText(/cannot walk|can't walk/i);
  await disclaimer.getByRole("link", { name: "When to get help" }).click();
  await expect(page).toHaveURL(/\/articles\/when-to-see-a-doctor#when-to-get-help$/);
  await expect(page.getByRole("heading", { level: 2, name: /^When to get help/ })).toBeInViewport();
});

test("pages load no framework JavaScript, only the share script (and the tick script on programme pages)", async ({
  page,
  request,
}) => {
  const scripts: string[] = [];
  page.on("request", (outgoing) => {
    if (outgoing.resourceType() === "script") scripts.push(new URL(outgoing.url()).pathname);
  });
  for (const path of [...(await sitemapPaths(request)), ...ERROR_PAGES]) {
    await page.goto(path, { waitUntil: "networkidle" });
  }
  // Where each may load is the build's check (tests/build) and tests/e2e/programmes.spec.ts's.
  expect([...new Set(scripts)].sort()).toEqual(["/programme-ticks.js", "/share.js"]);
});

test("the 400 page has no script at all and the same header and footer as every other page", async ({
  page,
  request,
}) => {
  const html = await (await request.get(BAD_REQUEST)).text();
  expect(html).not.toContain("<script");
  const chrome = async (path: string) => {
    const response = await page.goto(path);
    return {
      status: response?.status(),
      title: await page.title(),
      header: await page.getByRole("banner").innerHTML(),
      footer: await page.getByRole("contentinfo").innerHTML(),
    };
  };
  const [badRequest, about] = [await chrome(BAD_REQUEST), await chrome("/about")];
  expect(badRequest.status).toBe(400);
  expect(badRequest.title).toBe("Bad request | Heel Pain Guide");
  expect(badRequest.header).toBe(about.header);
  expect(badRequest.footer).toBe(about.footer);
});

test("reference lists read cleanly: one full stop after 'et al.', back links named a-z, aa, ab... and separated", async ({
  page,
  request,
}) => {
  // Several round trips per reference on every article: about 1.5 minutes on a shared 2-core machine.
  test.setTimeout(180_000);
  const articles = (await sitemapPaths(request)).filter((path) => path.startsWith("/articles/"));
  expect(articles.length).toBeGreaterThan(0);
  for (const path of articles) {
    await page.goto(path);
    const references = page.getByRole("region", { name: "References" });
    await expect(references, path).not.toContainText("et al..");
    for (const item of await references.getByRole("listitem").all()) {
      const links = item.locator(".hp-references__back a");
      const names = await links.allTextContents();
      expect(new Set(names).size, path).toBe(names.length);
      for (const name of names) expect(name, path).toMatch(/^[a-z]+$/);
      const boxes = await links.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()));
      for (let index = 1; index < boxes.length; index += 1) {
        const [previous, current] = [boxes[index - 1], boxes[index]];
        // Links on one line must not touch: "y z aa" never reads as "yzaa".
        if (previous && current && previous.top === current.top)
          expect(current.left, path).toBeGreaterThan(previous.right);
      }
    }
  }
});
