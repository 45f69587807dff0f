import { expect, SITE_URL, test } from "./site";

test("the share button copies the article's link and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    // Take the copy path: headless Chromium may or may not expose the Web Share API.
    Object.defineProperty(navigator, "share", { value: undefined });
  });
  await page.goto("/articles/plantar-fasciitis");
  const button = page.getByRole("button", { name: "Share this page" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Link copied to clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/articles/plantar-fasciitis`);
});

test("the share button uses the Web Share API where the browser has it", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await page.goto("/articles/exercises");
  await page.getByRole("button", { name: "Share this page" }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
    title: await page.getByRole("heading", { level: 1 }).textContent(),
    url: `${SITE_URL}/articles/exercises`,
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("there is no dead share button", async ({ page }) => {
    await page.goto("/articles/plantar-fasciitis");
    await expect(page.getByRole("button", { name: "Share this page" })).toBeHidden();
  });
});
