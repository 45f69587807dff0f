import { pdfPageCount } from "./pdf";
import { expect, test } from "./site";

const ARTICLE = "/articles/plantar-fasciitis";

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto(ARTICLE);
});

test("a printed article keeps every FAQ answer, without JavaScript opening them", async ({ page }) => {
  const answers = page.locator("details.hp-faq__item");
  expect(await answers.count()).toBeGreaterThan(2);
  for (const item of await answers.all()) {
    expect(await item.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    await expect(item.locator(".hp-faq__answer p").first()).toBeVisible();
  }
});

test("a printed care card keeps its level, its signs and black citation numbers", async ({ page }) => {
  const cards = page.locator(".hp-care-card");
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    await expect(card.locator(".hp-care-card__label")).toBeVisible();
    await expect(card.getByRole("listitem").first()).toBeVisible();
    expect(await card.evaluate((element) => getComputedStyle(element).borderTopWidth)).toBe("3px");
    const citations = card.locator(".hp-citation a");
    expect(await citations.count()).toBeGreaterThan(0);
    for (const citation of await citations.all()) {
      await expect(citation).toBeVisible();
      await expect(citation).toHaveCSS("color", "rgb(0, 0, 0)");
    }
  }
});

test("navigation and related links are left off paper; the disclaimer and references stay", async ({ page }) => {
  for (const hidden of [
    page.getByRole("navigation", { name: "Main" }),
    page.getByRole("search", { name: "Site" }),
    page.getByRole("navigation", { name: "On this page" }),
    page.getByRole("link", { name: "Back to contents" }).first(),
    page.getByRole("link", { name: /^Share or copy a link to this section/ }).first(),
    page.getByRole("navigation", { name: "Footer" }),
    page.locator(".hp-ask"),
    page.locator(".hp-guide-entry"),
    page.locator(".hp-pager"),
    page.locator(".hp-related"),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByTestId("disclaimer")).toBeVisible();
  await expect(page.getByRole("region", { name: "References" }).getByRole("listitem").first()).toBeVisible();
});

test("each web address is printed once: a reference's link text is its address", async ({ page }) => {
  const printed = await page.locator('a[href^="http"]').evaluateAll((links) =>
    links
      .filter((link) => link.getClientRects().length > 0)
      .map((link) => {
        const after = getComputedStyle(link, "::after").content;
        const address = link.getAttribute("href")?.replace(/^https?:\/\//, "") ?? "";
        const text = link.textContent + (after === "none" ? "" : after);
        return { address, times: text.split(address).length - 1 };
      }),
  );
  expect(printed.length).toBeGreaterThan(5);
  for (const link of printed) expect(link, link.address).toMatchObject({ times: 1 });
});

// 10 Letter pages before the print styles, without its FAQ answers. Since then the page gained its First steps
// card and the second medical review's signs (28 care-card signs instead of 19), which paper keeps, in two
// columns: the budget is 9. `npm run screens` records today's count.
test("an article prints within its page budget, its FAQ answers and every warning sign included", async ({ page }) => {
  const pages = pdfPageCount(await page.pdf({ format: "Letter" }));
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThanOrEqual(9);
});

test("printing from a device in dark mode gives dark text on light paper", async ({ page }) => {
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await page.reload();
  for (const selector of ["body", ".hp-key-takeaways", ".hp-care-card", ".hp-faq__item", ".hp-references"]) {
    const { color, background } = await page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.color, background: style.backgroundColor };
      });
    expect(color, selector).toBe("rgb(0, 0, 0)");
    // Transparent (the white page shows through) or a light tint.
    const [red = 0, green = 0, blue = 0, alpha = 1] = (background.match(/[\d.]+/g) ?? []).map(Number);
    expect(alpha === 0 || Math.min(red, green, blue) >= 200, `${selector} background ${background}`).toBe(true);
  }
});
