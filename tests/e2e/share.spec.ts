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
  await expect(page.getByRole("status")).toHaveText("Link to this page copied to clipboard.");
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

  test("a section's link is a plain link to the section", async ({ page }) => {
    await page.goto("/articles/plantar-fasciitis");
    await page.getByRole("link", { name: "Share or copy a link to this section: Treatment" }).click();
    await expect(page).toHaveURL(/#treatment$/);
    await expect(page.getByRole("heading", { level: 2, name: "Treatment" })).toBeInViewport();
  });
});

test("a section's link says what it does on focus and copies that section's address", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => Object.defineProperty(navigator, "share", { value: undefined }));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/articles/plantar-fasciitis");
  const link = page.getByRole("link", { name: "Share or copy a link to this section: Symptoms" });
  const box = await link.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
  const label = link.locator(".hp-heading-anchor__label");
  expect((await label.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await link.focus();
  await expect(label).toHaveText("Share or copy a link to this section");
  expect((await label.boundingBox())?.width ?? 0).toBeGreaterThan(100);

  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Link to “Symptoms” copied to clipboard.");
  await expect(label).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${SITE_URL}/articles/plantar-fasciitis#symptoms`,
  );
  await expect(page).toHaveURL(/#symptoms$/);
});

test("a section's link uses the Web Share API where the browser has it", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await page.goto("/articles/exercises");
  await page.getByRole("link", { name: "Share or copy a link to this section: When to stop" }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
    title: `When to stop: ${await page.getByRole("heading", { level: 1 }).textContent()}`,
    url: `${SITE_URL}/articles/exercises#when-to-stop`,
  });
});

test("every section ends with a way back to the contents, and the header never covers a deep-linked heading", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/articles/plantar-fasciitis#treatment");
  const heading = page.getByRole("heading", { level: 2, name: "Treatment" });
  await expect(heading).toBeInViewport();
  const position = await page
    .locator("header")
    .first()
    .evaluate((header) => getComputedStyle(header).position);
  expect(["static", "relative"]).toContain(position);
  const sections = await page.getByRole("navigation", { name: "On this page" }).locator(":scope > ol > li > a").count();
  const backLinks = page.getByRole("link", { name: "Back to contents" });
  // One per section listed in the contents, the references aside.
  expect(await backLinks.count()).toBeGreaterThanOrEqual(sections - 1);
  await backLinks.nth(3).click();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeInViewport();
});
