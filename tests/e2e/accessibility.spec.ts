import { expect, expectNoAxeViolations, test } from "./site";

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

// Pages load no script but /share.js (crawl.spec.ts), so an article reads the same with JavaScript off; this walks one.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an article is fully readable and its contents links work", async ({ page }) => {
    await page.goto("/articles/plantar-fasciitis");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "References" }).getByRole("listitem").first()).toBeVisible();
    const contents = page.getByRole("navigation", { name: "On this page" }).getByRole("link");
    const count = await contents.count();
    expect(count).toBeGreaterThan(2);
    const last = contents.nth(count - 2);
    const target = (await last.getAttribute("href")) ?? "";
    await last.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();
  });
});

/**
 * The crawl runs axe on every page in light at desktop width and in dark on a phone; other specs cover the
 * programmes, the plan, the home page and the guide's where step in both schemes at desktop width. These are the
 * other pairs on the page kinds left: dark on a wide screen, and light on the narrowest phone, where the layout
 * (and so target sizes and reflow) differs.
 */
const OTHER_PAIRS = [
  { name: "dark, 1280 px", colorScheme: "dark", viewport: { width: 1280, height: 720 } },
  { name: "light, 320 px", colorScheme: "light", viewport: { width: 320, height: 640 } },
] as const;
for (const path of [
  "/articles/plantar-fasciitis",
  "/where-does-it-hurt",
  "/search?q=heel+pain+in+the+morning",
  "/articles/no-such-article",
]) {
  test(`axe finds no WCAG 2.2 A or AA violation on ${path} in dark at 1280 px and light at 320 px`, async ({
    page,
  }) => {
    for (const { name, colorScheme, viewport } of OTHER_PAIRS) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (${name})`);
    }
  });
}
