import type { Locator, Page } from "@playwright/test";

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

test("the home page shows every emergency and same-day sign in a few words, cited to its own reference list", async ({
  page,
}) => {
  await page.goto("/");
  const help = page.getByRole("region", { name: "Get help now" });
  await expect(help).toContainText("Call 911 or your local emergency number");
  const emergency = await signs(page, "emergency");
  for (const sign of [
    /snap, pop or kick/,
    /after an injury/,
    /misshapen/,
    /severe pain straight after an injury/,
    /cold, pale or blue foot/,
    /breathlessness, chest pain/,
    /bladder trouble or weak legs/,
    /fever with confusion/,
  ]) {
    expect(emergency).toContainEqual(expect.stringMatching(sign));
  }
  const urgent = await signs(page, "urgent");
  for (const sign of [
    /cannot walk normally, even without an injury/,
    /swollen, warm or painful calf/,
    /stepped on a nail/,
  ]) {
    expect(urgent).toContainEqual(expect.stringMatching(sign));
  }
  expect(await signs(page, "non-urgent")).toContainEqual(expect.stringMatching(/no better after 2 weeks/));
  await expect(help.getByRole("link", { name: "All the warning signs in full" })).toHaveAttribute(
    "href",
    "/articles/when-to-see-a-doctor#when-to-get-help",
  );

  const citation = help.locator("sup.hp-citation a").first();
  await expect(citation).toHaveAttribute("href", /^\/#ref-\d+$/);
  await citation.click();
  const target = page.locator(`[id="${(await citation.getAttribute("href"))?.slice(2)}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(/NHS|Mayo|nidirect/);
});

test("on a phone, search and the guide are on the first screen and the article list follows the warning signs", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const bottom = async (locator: Locator) => {
    const box = await locator.boundingBox();
    return box ? box.y + box.height : Infinity;
  };
  const search = page.getByRole("search", { name: "Site" });
  expect(await bottom(search.getByLabel("Search or ask a question"))).toBeLessThanOrEqual(844);
  expect(await bottom(search.getByRole("button", { name: "Search" }))).toBeLessThanOrEqual(844);
  const guide = page.getByRole("link", { name: "Answer a few questions: where does it hurt?" });
  expect(await bottom(guide)).toBeLessThanOrEqual(844);
  const help = page.getByRole("region", { name: "Get help now" });
  expect((await help.boundingBox())?.y ?? Infinity).toBeLessThan(844);
  // Every emergency and same-day sign (18 since the second medical review) and "Start here" come first; the
  // article list starts right after them, half-way down the third screen at the latest.
  const articles = page.getByRole("heading", { name: "All articles" });
  const startHere = page.getByRole("heading", { name: "Start here", level: 2 });
  expect((await articles.boundingBox())?.y ?? Infinity).toBeGreaterThan((await startHere.boundingBox())?.y ?? Infinity);
  expect((await articles.boundingBox())?.y ?? Infinity).toBeLessThan(844 * 2.5);
});

test("a sign reads the same on every article and the full list", async ({ page }) => {
  await page.goto("/articles/when-to-see-a-doctor");
  const full = await signs(page, "emergency");
  for (const path of ["/articles/plantar-fasciitis", "/articles/achilles-rupture", "/articles/prevention"]) {
    await page.goto(path);
    const here = await signs(page, "emergency");
    expect(here.length, path).toBeGreaterThanOrEqual(4);
    for (const sign of here) expect(full, path).toContain(sign);
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

test("an article starts on its first screen: a short header, then title, review date and the first lines", async ({
  page,
}) => {
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto("/articles/plantar-fasciitis");
    const header = (await page.locator("body > header, .hp-header").first().boundingBox())?.height ?? Infinity;
    expect(header, `header at ${width} px`).toBeLessThanOrEqual(135);
    // Search stays one tap away, with no script: the box itself is in the header.
    const box = page.getByRole("search", { name: "Site" }).getByRole("searchbox", { name: "Search or ask a question" });
    await expect(box).toBeInViewport();
    await expect(page.getByText(/^Reviewed /)).toBeInViewport();
    const lead = (await page.locator(".hp-article__lead p").first().boundingBox())?.y ?? Infinity;
    expect(lead, `first paragraph at ${width} px`).toBeLessThan(width === 390 ? 520 : 600);
    expect(lead + 3 * 28, `several lines of it on the first screen at ${width} px`).toBeLessThan(844);
  }
});

test("each condition page's First steps card starts within the first two phone screens", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const slug of [
    "plantar-fasciitis",
    "achilles-tendinopathy",
    "heel-stress-fracture",
    "achilles-rupture",
    "back-of-heel-pain",
    "other-causes-of-heel-pain",
  ]) {
    await page.goto(`/articles/${slug}`);
    const card = page.getByRole("region", { name: "First steps" });
    await expect(card.getByRole("listitem").filter({ hasText: /^Can I keep running\?/ }), slug).toHaveCount(1);
    expect((await card.boundingBox())?.y ?? Infinity, slug).toBeLessThan(2 * 844);
  }
});
