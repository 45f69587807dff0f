import { ERROR_PAGES, expect, expectNoAxeViolations, sitemapPaths, test } from "./site";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test("axe finds no WCAG 2.2 A or AA violation on any page", async ({ page, request }) => {
      // About 30 pages at 2 to 5 s each for axe on a shared 2-core machine.
      test.setTimeout(300_000);
      for (const path of [...(await sitemapPaths(request)), ...ERROR_PAGES]) {
        await page.goto(path);
        await expectNoAxeViolations(page, path);
      }
    });
  });
}

test("each page has one main, one h1 and headings that never skip a level", async ({ page, request }) => {
  for (const path of [...(await sitemapPaths(request)), ...ERROR_PAGES]) {
    await page.goto(path);
    await expect(page.locator("main"), path).toHaveCount(1);
    await expect(page.locator("h1"), path).toHaveCount(1);
    const levels = await page
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
    levels.forEach((level, index) => {
      const previous = index === 0 ? 1 : (levels[index - 1] ?? 1);
      expect(level - previous, `${path}: h${previous} then h${level}`).toBeLessThanOrEqual(1);
    });
    const unlabelledNavs = await page.locator("nav:not([aria-label]):not([aria-labelledby])").count();
    expect(unlabelledNavs, path).toBe(0);
  }
});

test("the skip link is the first thing to focus and moves focus to the main content", async ({ page }) => {
  await page.goto("/articles/plantar-fasciitis");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("every interactive element is reachable by Tab and visibly focused", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/articles/plantar-fasciitis");
  const expected = await page.locator("a[href], button:not([hidden]), summary").evaluateAll((elements) => {
    const visible = elements.filter((element) => element.checkVisibility());
    visible.forEach((element, index) => element.setAttribute("data-focus-index", String(index)));
    return visible.length;
  });

  const reached = new Set<string>();
  for (let step = 0; step < expected + 5; step += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        index: element.getAttribute("data-focus-index"),
        label: `${element.tagName} ${element.textContent?.slice(0, 40)}`,
        visible: style.outlineStyle !== "none" && style.outlineWidth !== "0px",
      };
    });
    if (!focused) break;
    expect(focused.visible, `focus indicator on ${focused.label}`).toBe(true);
    if (focused.index) reached.add(focused.index);
  }
  expect(reached.size).toBe(expected);
});

test("no page scrolls sideways on a 320 px screen", async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [...(await sitemapPaths(request)), ...ERROR_PAGES]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every article is fully readable and its contents links work", async ({ page, request }) => {
    const articles = (await sitemapPaths(request)).filter((path) => path.startsWith("/articles/"));
    for (const path of articles) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      await expect(page.getByRole("region", { name: "References" }).getByRole("listitem").first(), path).toBeVisible();
      const contents = page.getByRole("navigation", { name: "On this page" }).getByRole("link");
      const count = await contents.count();
      expect(count, path).toBeGreaterThan(2);
      const last = contents.nth(count - 2);
      const target = (await last.getAttribute("href")) ?? "";
      await last.click();
      await expect(page, path).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator(target), path).toBeInViewport();
    }
  });
});
