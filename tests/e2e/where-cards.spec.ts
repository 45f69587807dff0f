import type { Locator, Page } from "@playwright/test";

import { expect, expectNoAxeViolations, loadImages, test } from "./site";

/** The guide's "Where does it hurt most?" step: after no emergency sign, no same-day sign, an adult. */
const WHERE_STEP = "/where-does-it-hurt/no/no/adult";
const PAGES = [WHERE_STEP, "/"] as const;

/** The where-does-it-hurt cards of a page: the guide step's answers, or the home page's second way into the guide. */
const cardsOf = (page: Page, path: string): Locator =>
  path === "/"
    ? page.getByRole("region", { name: "Or start from where it hurts" }).locator("a.hp-where-card")
    : page.locator("a.hp-where-card");

test("each where-does-it-hurt answer is one card link with the same foot, its area shaded, from the site itself", async ({
  page,
  request,
}) => {
  for (const path of PAGES) {
    await page.goto(path);
    const cards = cardsOf(page, path);
    await expect(cards, path).toHaveCount(8);
    const pictures = new Set<string>();
    for (const card of await cards.all()) {
      const label = ((await card.textContent()) ?? "").trim();
      // The words name the area; the picture adds nothing a screen reader should hear again.
      await expect(page.getByRole("link", { name: label, exact: true }), path).toHaveCount(1);
      const image = card.locator("img");
      if (label === "It is hard to say") {
        await expect(image, path).toHaveCount(0);
        continue;
      }
      await expect(image, `${path}: ${label}`).toHaveAttribute("alt", "");
      const src = (await image.getAttribute("src")) ?? "";
      expect(src, label).toMatch(/^\/figures\/where-[a-z-]+\.svg$/);
      expect(Number(await image.getAttribute("width")), src).toBeGreaterThan(0);
      expect(Number(await image.getAttribute("height")), src).toBeGreaterThan(0);
      pictures.add(src);
      const response = await request.get(src);
      expect(response.status(), src).toBe(200);
      expect(response.headers()["content-type"], src).toBe("image/svg+xml; charset=utf-8");
    }
    expect(pictures.size, `${path}: each area its own picture`).toBe(7);
    // Loading them in the page: a CSP violation or a failed load fails the test (tests/e2e/site.ts).
    await loadImages(cards.locator("img"));
    for (const image of await cards.locator("img").all())
      expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth), path).toBeGreaterThan(0);
  }
});

test("a card is a single tab stop with a visible focus", async ({ page }) => {
  await page.goto(WHERE_STEP);
  const cards = cardsOf(page, WHERE_STEP);
  await cards.first().focus();
  for (let index = 0; index < 3; index += 1) {
    const card = cards.nth(index);
    await expect(card).toBeFocused();
    const focus = await card.evaluate((element) => {
      const style = getComputedStyle(element);
      return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), background: style.backgroundColor };
    });
    expect(focus.outline, `card ${index + 1}`).toBe("solid");
    expect(focus.width, `card ${index + 1}`).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Tab");
  }
  await expect(cards.nth(3)).toBeFocused();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a home page card leads through the emergency and same-day signs before its area is used", async ({ page }) => {
    await page.goto("/");
    await cardsOf(page, "/").filter({ hasText: "Under the heel, on the bottom of the foot" }).click();
    await expect(
      page.getByRole("heading", { name: "First, do any of these emergency signs apply to you?" }),
    ).toBeVisible();
    await expect(page.getByText("You picked where it hurts most: under the heel.")).toBeVisible();
    await expect(page.locator("[data-care-level='emergency']").first()).toBeVisible();

    await page.getByRole("link", { name: "No, none of these" }).click();
    await expect(
      page.getByRole("heading", { name: "Do any of these signs that need a doctor today apply to you?" }),
    ).toBeVisible();
    await expect(page.locator("[data-care-level='urgent']").first()).toBeVisible();

    await page.getByRole("link", { name: "No, none of these" }).click();
    await expect(page.getByRole("heading", { name: "Who has the heel pain?" })).toBeVisible();
    await page.getByRole("link", { name: "An adult, or a teenager who has stopped growing" }).click();

    // The guide's own page after "Where does it hurt most?", with the area given.
    await expect(page).toHaveURL(/\/where-does-it-hurt\/no\/no\/adult\/under-heel$/);
    await expect(page.getByRole("heading", { name: "When is the pain under your heel at its worst?" })).toBeVisible();
    await expect(
      page.locator(".hp-guide__given li").filter({ hasText: "Where does it hurt most?" }).locator("strong"),
    ).toHaveText("under the heel");
  });

  test("a yes to an emergency sign from a home page card ends at the same get-help page", async ({ page }) => {
    await page.goto("/");
    await cardsOf(page, "/").filter({ hasText: "In the calf" }).click();
    await page.getByRole("link", { name: "Yes, one or more of these" }).click();
    await expect(page).toHaveURL(/\/where-does-it-hurt\/yes$/);
    await expect(page.getByRole("heading", { name: "Get help now", level: 1 })).toBeVisible();
  });
});

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test(`at ${width} px the cards fit without sideways scrolling, each a target at least 44 px tall`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    for (const path of PAGES) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      // The guide's cards are one under another; the home page's are a row that scrolls sideways on its own.
      const strip = await page.locator(".hp-where-cards").boundingBox();
      expect((strip?.x ?? -1) + (strip?.width ?? Infinity), `${path} at ${width} px`).toBeLessThanOrEqual(width);
      for (const card of await cardsOf(page, path).all()) {
        const box = await card.boundingBox();
        expect(box?.height ?? 0, `${path} at ${width} px`).toBeGreaterThanOrEqual(44);
        expect(box?.width ?? 0, `${path} at ${width} px`).toBeGreaterThanOrEqual(44);
        if (path !== "/")
          expect((box?.x ?? -1) + (box?.width ?? Infinity), `${path} at ${width} px`).toBeLessThanOrEqual(width);
      }
    }
  });
}

for (const scheme of [
  { name: "light", media: { colorScheme: "light" } },
  { name: "dark", media: { colorScheme: "dark" } },
  { name: "forced colours", media: { forcedColors: "active" } },
] as const) {
  test(`axe finds no WCAG 2.2 A or AA violation on the where step and the home page, in ${scheme.name}`, async ({
    page,
  }) => {
    await page.emulateMedia(scheme.media);
    for (const path of PAGES) {
      await page.goto(path);
      await loadImages(cardsOf(page, path).locator("img"));
      await expectNoAxeViolations(page, `${path} (${scheme.name})`);
    }
  });
}
