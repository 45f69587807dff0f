import type { Page } from "@playwright/test";

import { expect, test } from "./site";

/** The signs listed on a page's care card of one level, without their citation numbers. */
async function signs(page: Page, level: "emergency" | "urgent" | "non-urgent"): Promise<string[]> {
  return page.locator(`[data-care-level="${level}"] li`).evaluateAll((items) =>
    items.map((item) => {
      const copy = item.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("sup").forEach((sup) => sup.remove());
      return (copy.textContent ?? "").trim();
    }),
  );
}

test("the home page shows the emergency and urgent signs, cited to its own reference list", async ({ page }) => {
  await page.goto("/");
  const help = page.getByRole("region", { name: "Get help now" });
  await expect(help.getByRole("heading", { name: /Immediate action required: Call 911/ })).toBeVisible();
  const emergency = await signs(page, "emergency");
  for (const sign of [
    /snap, pop or grinding/,
    /after a fall.*cannot walk/,
    /misshapen/,
    /severe pain straight after an injury/,
  ]) {
    expect(emergency).toContainEqual(expect.stringMatching(sign));
  }
  expect(await signs(page, "urgent")).toContainEqual(
    expect.stringMatching(/cannot walk normally.*even without an injury/),
  );

  const citation = help.locator("sup.hp-citation a").first();
  await expect(citation).toHaveAttribute("href", /^\/#ref-\d+$/);
  await citation.click();
  const target = page.locator(`[id="${(await citation.getAttribute("href"))?.slice(2)}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(/NHS|Mayo|nidirect/);
});

test("a sign reads the same on the home page, an article and the full list", async ({ page }) => {
  await page.goto("/");
  const home = await signs(page, "emergency");
  for (const path of ["/articles/plantar-fasciitis", "/articles/when-to-see-a-doctor"]) {
    await page.goto(path);
    const here = await signs(page, "emergency");
    for (const sign of home) expect(here, path).toContain(sign);
  }
});

test("the full list has every level, most urgent first, and the stress-fracture advice", async ({ page }) => {
  await page.goto("/articles/when-to-see-a-doctor#when-to-get-help");
  const levels = await page
    .locator("[data-care-level]")
    .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-care-level")));
  expect(levels).toEqual(["emergency", "urgent", "non-urgent"]);
  expect(await signs(page, "non-urgent")).toContainEqual(
    expect.stringMatching(/stress fracture.*Stop running and jumping, and see a doctor within a few days/),
  );
  expect(await signs(page, "urgent")).toContainEqual(expect.stringMatching(/child has heel pain with a fever/));
});
