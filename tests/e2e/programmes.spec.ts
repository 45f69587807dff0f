import { pdfPageCount } from "./pdf";
import { expect, expectNoAxeViolations, sitemapPaths, test } from "./site";

/** The three programme pages, one per pattern the cited trials cover. */
const PROGRAMMES = [
  "/programmes/plantar-heel-pain",
  "/programmes/midportion-achilles-pain",
  "/programmes/insertional-achilles-pain",
] as const;
const ACHILLES = "/programmes/midportion-achilles-pain";
const STORAGE_KEY = "hp-ticks:midportion-achilles-pain/heel-drops";

test("every programme is in the sitemap, on the home page, the site map and its condition article", async ({
  page,
  request,
}) => {
  expect(await sitemapPaths(request)).toEqual(expect.arrayContaining([...PROGRAMMES]));
  for (const listing of ["/", "/site-map", "/articles/exercises"]) {
    await page.goto(listing);
    for (const path of PROGRAMMES) await expect(page.locator(`main a[href="${path}"]`).first()).toBeVisible();
  }
  for (const [article, path] of [
    ["/articles/plantar-fasciitis", PROGRAMMES[0]],
    ["/articles/achilles-tendinopathy", PROGRAMMES[1]],
    ["/articles/back-of-heel-pain", PROGRAMMES[2]],
  ] as const) {
    await page.goto(article);
    await expect(page.locator(`main a[href="${path}"]`).first()).toBeAttached();
  }
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("each page gives who it is for and not for, the cards, the cited week table and an empty tick grid", async ({
    page,
  }) => {
    for (const path of PROGRAMMES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const notFor = page.getByRole("region", { name: "Who it is not for: see a doctor first" });
      await expect(notFor.locator('[data-care-level="emergency"]')).toContainText("snap, pop");
      await expect(notFor.locator('[data-care-level="non-urgent"]')).toContainText("stress fracture");
      const table = page.locator("table.hp-programme__weeks").first();
      await expect(table.locator("caption")).toContainText("Week by week");
      for (const row of await table.locator("tbody tr").all()) {
        await expect(row.locator(`td[data-label="Source"] a[href^="${path}#ref-"]`).first()).toBeAttached();
      }
      const boxes = page.locator(".hp-ticks").first().getByRole("checkbox");
      expect(await boxes.count()).toBeGreaterThanOrEqual(12 * 3);
      await expect(boxes.first()).not.toBeChecked();
      // Without the script nothing says the ticks are kept.
      await expect(page.getByRole("button", { name: "Clear all ticks" })).toHaveCount(0);
      await expect(page.locator(".hp-ticks__saved:visible")).toHaveCount(0);
      const stop = page.getByRole("region", { name: "When to stop and get help" });
      await expect(stop.locator("[data-care-level]")).not.toHaveCount(0);
    }
  });

  test("the 0-10 pain rule is on the Achilles pages only", async ({ page }) => {
    await page.goto(PROGRAMMES[0]);
    await expect(page.locator("main")).not.toContainText(/\d+ out of 10/);
    for (const path of PROGRAMMES.slice(1)) {
      await page.goto(path);
      // The rule is stated for the condition it was tested in, in the same sentence.
      await expect(page.getByRole("region", { name: "How it should feel" })).toContainText(
        /Achilles tendinopathy, [^.]*5 out of 10/,
      );
    }
  });
});

test("ticks survive a reload in the same browser, fire no request and set no cookie; Clear empties them", async ({
  page,
  context,
}) => {
  await page.goto(ACHILLES);
  const grid = page.locator('[data-ticks="midportion-achilles-pain/heel-drops"]');
  // The drawings load lazily as the grid scrolls into view; only what the ticks do counts.
  await grid.scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await grid.getByRole("checkbox", { name: "Week 1, session 1", exact: true }).check();
  await grid.getByRole("checkbox", { name: "Week 2, session 14", exact: true }).check();
  expect(requests).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(
    JSON.stringify(["heel-drops-w1-s1", "heel-drops-w2-s14"]),
  );

  await page.reload();
  await expect(grid.getByRole("checkbox", { name: "Week 1, session 1", exact: true })).toBeChecked();
  await expect(grid.getByRole("checkbox", { name: "Week 2, session 14", exact: true })).toBeChecked();
  await expect(grid.getByRole("checkbox", { name: "Week 1, session 2", exact: true })).not.toBeChecked();
  // The other option's grid keeps its own ticks: none.
  await expect(page.locator('[data-ticks="midportion-achilles-pain/heavy-slow-raises"] input:checked')).toHaveCount(0);
  await expect(grid.getByText("Your ticks are kept in this browser only.")).toBeVisible();

  const clear = grid.getByRole("button", { name: "Clear all ticks" });
  await clear.scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  requests.length = 0;
  await clear.click();
  await expect(grid.getByRole("status")).toHaveText("All ticks cleared.");
  expect(requests).toEqual([]);
  await expect(grid.locator("input:checked")).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await page.reload();
  await expect(grid.locator("input:checked")).toHaveCount(0);
});

test("ticks are kept per browser: a new browser context starts empty", async ({ browser, page }) => {
  await page.goto(ACHILLES);
  await page.getByRole("checkbox", { name: "Week 1, session 1", exact: true }).first().check();
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(ACHILLES);
  await expect(fresh.locator(".hp-ticks input:checked")).toHaveCount(0);
  await other.close();
});

test("the page loads one script, its own, and only programme pages load it", async ({ page }) => {
  await page.goto(ACHILLES);
  const scripts = await page
    .locator("script[src]")
    .evaluateAll((elements) => elements.map((element) => element.getAttribute("src")));
  expect(scripts).toEqual(["/programme-ticks.js"]);
  await page.goto("/articles/exercises");
  expect(await page.locator('script[src="/programme-ticks.js"]').count()).toBe(0);
});

test("a tick box and the clear button work with the keyboard alone", async ({ page }) => {
  await page.goto(ACHILLES);
  const box = page.getByRole("checkbox", { name: "Week 1, session 1", exact: true }).first();
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: "Week 1, session 2", exact: true }).first()).toBeFocused();
  const clear = page.getByRole("button", { name: "Clear all ticks" }).first();
  await clear.focus();
  await page.keyboard.press("Enter");
  await expect(box).not.toBeChecked();
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const path of PROGRAMMES) {
    test(`axe finds no WCAG 2.2 A or AA violation on ${path} (${colorScheme}), a box ticked`, async ({ page }) => {
      // Up to 168 tick boxes a grid: axe takes about 20 s a page on a busy two-core machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await page.getByRole("checkbox").first().check();
      await expectNoAxeViolations(page, `${path} (${colorScheme})`);
    });
  }
}

test("a phone at 320 px shows the tables and tick grids without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of PROGRAMMES) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});

test.describe("printed", () => {
  for (const path of PROGRAMMES) {
    for (const format of ["A4", "Letter"] as const) {
      test(`${path} fits on two ${format} pages with its table, tick grid, cards and references`, async ({ page }) => {
        await page.emulateMedia({ media: "print" });
        await page.goto(path);
        await expect(page.locator("table.hp-programme__weeks").first()).toBeVisible();
        await expect(page.locator(".hp-ticks").first().getByRole("checkbox").first()).toBeVisible();
        await expect(page.getByRole("button", { name: "Clear all ticks" }).first()).toBeHidden();
        await expect(page.locator("[data-care-level]").first()).toBeVisible();
        await expect(page.getByRole("region", { name: "References" }).getByRole("listitem").last()).toBeVisible();
        await expect(page.getByTestId("disclaimer")).toBeVisible();
        expect(pdfPageCount(await page.pdf({ format }))).toBeLessThanOrEqual(2);
      });
    }
  }
});
