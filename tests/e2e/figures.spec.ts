import { pdfPageCount } from "./pdf";
import { expect, expectNoAxeViolations, loadImages, test } from "./site";

/** Articles with drawings, and how many each shows. */
const FIGURE_PAGES = {
  "/articles/plantar-fasciitis": 1,
  "/articles/achilles-tendinopathy": 2,
  "/articles/back-of-heel-pain": 2,
  "/articles/other-causes-of-heel-pain": 2,
  "/articles/exercises": 5,
} as const;

test("every figure is a drawing from the site itself, with alt text, its size, a caption and its sources", async ({
  page,
  request,
}) => {
  for (const [path, count] of Object.entries(FIGURE_PAGES)) {
    await page.goto(path);
    const figures = page.locator("figure.hp-figure");
    await expect(figures, path).toHaveCount(count);
    for (const figure of await figures.all()) {
      const image = figure.locator("img");
      const src = (await image.getAttribute("src")) ?? "";
      expect(src, path).toMatch(/^\/figures\/[a-z0-9-]+\.svg$/);
      const alt = (await image.getAttribute("alt")) ?? "";
      const caption = (await figure.locator("figcaption").textContent()) ?? "";
      expect(alt.length, `${src} alt`).toBeGreaterThanOrEqual(20);
      expect(caption, `${src}: the caption is not the alt text`).not.toContain(alt);
      expect(Number(await image.getAttribute("width")), `${src} width`).toBeGreaterThan(0);
      expect(Number(await image.getAttribute("height")), `${src} height`).toBeGreaterThan(0);
      await expect(image).toHaveAttribute("loading", "lazy");
      await expect(figure.locator("figcaption a").first(), `${src}: a link to a source`).toHaveAttribute(
        "href",
        /^https:\/\//,
      );

      const response = await request.get(src);
      expect(response.status(), src).toBe(200);
      expect(response.headers()["content-type"], src).toBe("image/svg+xml; charset=utf-8");
    }
    // Loading each drawing in the page: a CSP violation or a failed load fails the test (tests/e2e/site.ts).
    await loadImages(page.locator(".hp-figure img"));
    for (const image of await page.locator(".hp-figure img").all()) {
      expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth), path).toBeGreaterThan(0);
    }
  }
});

test("a drawing below the fold is not loaded until the reader scrolls to it, and takes no more room once loaded", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const requested: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/figures/")) requested.push(new URL(request.url()).pathname);
  });
  await page.goto("/articles/exercises");
  await page.waitForLoadState("networkidle");
  expect(requested).not.toContain("/figures/heel-drops-step-or-floor.svg");

  const image = page.locator('img[src="/figures/heel-drops-step-or-floor.svg"]');
  const before = await image.boundingBox();
  // Before it loads, the box already has the drawing's shape (its width and height), as wide as the text column.
  const shape = Number(await image.getAttribute("height")) / Number(await image.getAttribute("width"));
  expect((before?.height ?? 0) / (before?.width ?? 1)).toBeCloseTo(shape, 1);
  await image.scrollIntoViewIfNeeded();
  await image.evaluate((element: HTMLImageElement) => element.decode());
  expect(requested).toContain("/figures/heel-drops-step-or-floor.svg");
  const after = await image.boundingBox();
  expect(after?.width).toBe(before?.width);
  expect(after?.height).toBe(before?.height);
});

test("an address that names no drawing is a 404", async ({ request }) => {
  expect((await request.get("/figures/no-such-drawing.svg")).status()).toBe(404);
});

// Light and dark are checked on every page by crawl.spec.ts; forced colours here, with every drawing loaded.
test("axe finds no WCAG 2.2 A or AA violation on the pages with drawings, in forced colours", async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ forcedColors: "active" });
  for (const path of Object.keys(FIGURE_PAGES)) {
    await page.goto(path);
    await loadImages(page.locator(".hp-figure img"));
    await expectNoAxeViolations(page, path);
  }
});

// Budget: on paper a drawing sits beside the text, 7 cm wide and never split, so it costs an article at most
// one more Letter page than the same article without its drawings (exercises: 9 pages without, 10 with).
test("on paper every drawing prints whole, beside the text, within the page budget", async ({ page }) => {
  await page.goto("/articles/exercises");
  await page.emulateMedia({ media: "print" });
  const pages = pdfPageCount(await page.pdf({ format: "Letter" }));
  expect(pages).toBeLessThanOrEqual(10);
  for (const figure of await page.locator("figure.hp-figure").all()) {
    const printed = await figure.evaluate((element) => {
      const style = getComputedStyle(element);
      const image = element.querySelector("img");
      return {
        float: style.float,
        breakInside: style.breakInside,
        // 7 cm at 96 px per inch.
        narrow: element.getBoundingClientRect().width <= (7 / 2.54) * 96 + 0.5,
        loaded: (image?.naturalWidth ?? 0) > 0,
      };
    });
    expect(printed).toEqual({ float: "right", breakInside: "avoid", narrow: true, loaded: true });
  }
});
