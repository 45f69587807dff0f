import type { Page } from "@playwright/test";

import { expect, expectNoAxeViolations, test } from "./site";

const GUIDE = "/where-does-it-hurt";

/** Every page of the guide, found the way a reader finds them: by following the answer links from the first step. */
async function guidePages(page: Page): Promise<string[]> {
  const seen = [GUIDE];
  for (let index = 0; index < seen.length; index += 1) {
    await page.goto(seen[index] ?? GUIDE);
    const next = await page
      .locator(".hp-guide__answers a, a.hp-where-card")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    for (const href of next) if (!seen.includes(href)) seen.push(href);
  }
  return seen;
}

test("a keyboard-only walk from the first step to an outcome, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GUIDE);
  for (const answer of [
    "No, none of these",
    "No, none of these",
    "An adult, or a teenager who has stopped growing",
    "Under the heel, on the bottom of the foot",
    "On the first steps in the morning or after sitting",
  ]) {
    const link = page.getByRole("link", { name: answer, exact: true });
    for (
      let presses = 0;
      presses < 80 && !(await link.evaluate((element) => element === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press("Tab");
    }
    await expect(link).toBeFocused();
    await page.keyboard.press("Enter");
    await page.waitForLoadState();
  }
  await expect(page).toHaveURL(`${GUIDE}/no/no/adult/under-heel/first-steps`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pain under the heel, worst on the first steps");
  await expect(page.getByRole("heading", { name: "This pattern is often described in" })).toBeVisible();
  await expect(page.getByText("A pattern is not a diagnosis.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Plantar fasciitis: Symptoms" })).toHaveAttribute(
    "href",
    "/articles/plantar-fasciitis#symptoms",
  );
  await expect(
    page.getByText(
      "You told us: none of the emergency signs; none of the same-day signs; an adult; under the heel; worst on the first steps after rest.",
    ),
  ).toBeVisible();
  await page.getByRole("link", { name: "Change your answer to: Where does it hurt most?" }).click();
  await expect(page).toHaveURL(`${GUIDE}/no/no/adult`);
  await context.close();
});

test("the emergency signs come first and alone; a yes ends the guide on the emergency page", async ({ page }) => {
  await page.goto(GUIDE);
  // Every emergency sign of every condition, cold foot, clot, back and very unwell child included, and nothing less urgent.
  await expect(page.locator("[data-care-level]")).toHaveCount(1);
  const signs = page.locator('[data-care-level="emergency"] li');
  for (const sign of [
    "snap, pop or grinding",
    "cold, pale or blue",
    "breathless",
    "both legs",
    "floppy or hard to wake",
  ]) {
    await expect(signs.filter({ hasText: sign })).toHaveCount(1);
  }
  await page.getByRole("link", { name: "Yes, one or more of these" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get help now");
  await expect(page.locator('[data-care-level="emergency"] li').first()).toContainText("snap, pop or grinding");
  await expect(page.locator(".hp-guide__answers")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "First steps you can take" })).toHaveCount(0);
});

test("no emergency sign leads to the same-day signs, then a painful calf ends on a same-day page", async ({ page }) => {
  await page.goto(GUIDE);
  await page.getByRole("link", { name: "No, none of these" }).click();
  await expect(page.locator("[data-care-level]")).toHaveCount(1);
  await expect(page.locator('[data-care-level="urgent"] li').filter({ hasText: "calf is swollen" })).toHaveCount(1);
  await page.goto(`${GUIDE}/no/no/adult`);
  await page.getByRole("link", { name: "In the calf, which is painful or swollen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get a painful or swollen calf checked today");
  await expect(page.locator('[data-care-level="urgent"]')).toContainText("calf is swollen");
});

test("only the first step is indexed; the others are noindex with their own canonical and breadcrumbs", async ({
  page,
}) => {
  await page.goto(GUIDE);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${GUIDE}$`));
  await page.goto(`${GUIDE}/no/no/adult`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${GUIDE}/no/no/adult$`));
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Where does it hurt?" }),
  ).toBeVisible();
  await expect(page.getByTestId("disclaimer")).toBeVisible();
});

test("an answer that is not in the guide is a 404", async ({ request }) => {
  expect((await request.get(`${GUIDE}/no/martian`)).status()).toBe(404);
});

test("the guide is linked from the header, the home page and every cause article", async ({ page }) => {
  for (const path of ["/", "/articles/plantar-fasciitis", "/articles/achilles-tendinopathy"]) {
    await page.goto(path);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Where does it hurt?" }),
    ).toHaveAttribute("href", GUIDE);
    await expect(page.locator(`main a[href="${GUIDE}"]`).first()).toBeVisible();
  }
});

test("every guide page: axe in light and dark, no sideways scroll at 320px, no scripts", async ({ page }) => {
  // Every guide page twice, at 2 to 5 s each for axe on a shared 2-core machine.
  test.setTimeout(300_000);
  const pages = await guidePages(page);
  expect(pages.length).toBeGreaterThanOrEqual(20);
  for (const path of pages) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (${colorScheme})`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    const scripts = await page
      .locator("script:not([type='application/ld+json'])")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("src")));
    expect(
      scripts.every((src) => src === "/share.js"),
      path,
    ).toBe(true);
  }
});
