import { pdfPageCount } from "./pdf";
import { expect, expectNoAxeViolations, expectPerRequestPages, test } from "./site";

const plan = (query: Record<string, string>) => `/return-to-running/plan?${new URLSearchParams(query)}`;
const MILES = plan({ distance: "6", unit: "miles", weeks: "12", condition: "achilles-tendinopathy" });
const STRESS_FRACTURE = plan({ distance: "10", unit: "km", weeks: "12", condition: "stress-fracture" });
const RUPTURE = plan({ distance: "10", unit: "km", weeks: "30", condition: "achilles-rupture" });
const NOT_SURE = plan({ distance: "10", unit: "km", weeks: "12", condition: "not-sure" });
const PLANTAR = plan({ distance: "10", unit: "km", weeks: "12", condition: "plantar-heel-pain" });
const BAD = plan({ distance: "-5", unit: "furlongs", weeks: "ten", condition: "" });
const PAGES = ["/return-to-running/plan", MILES, STRESS_FRACTURE, RUPTURE, BAD, "/articles/return-to-running"];

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the article's form makes a plan from the reader's numbers, at an address that can be bookmarked", async ({
    page,
  }) => {
    await page.goto("/articles/return-to-running");
    const form = page.getByRole("form", { name: "Make a plan with your own numbers" });
    await form.getByLabel("How far was your usual run?").fill("6");
    await form.getByLabel("miles").check();
    await form.getByLabel("How many weeks have you not run?").fill("12");
    await form.getByLabel("What are you coming back from?").selectOption("achilles-tendinopathy");
    await form.getByRole("button", { name: "Make my plan" }).click();
    await expect(page).toHaveURL(/\/return-to-running\/plan\?distance=6&unit=miles&weeks=12&condition=achilles/);

    const walk = page.getByRole("row", { name: /^1\. Walk/ });
    await expect(walk).toContainText("First walk: 1.5 miles.");
    await expect(walk).toContainText("6 miles halved 2 times (12 weeks missed), rounded down to the half mile.");
    // The rule beside the number links to its source in the page's own reference list.
    const citation = walk.locator("sup.hp-citation a").first();
    const href = (await citation.getAttribute("href")) ?? "";
    expect(href).toMatch(/^#ref-\d+$/);
    await expect(page.locator(href)).toContainText("Return to running");
    const buildUp = page.getByRole("row", { name: /^5\. Build up/ });
    await expect(buildUp).toContainText("After a run of 3 miles, make your next run at most 3.3 miles");
    // The 10% rule's one study, with what it cannot say, beside the number it gives.
    await expect(buildUp).toContainText("one observational study of 5,205 adult runners");
    await expect(buildUp.locator("sup.hp-citation a")).not.toHaveCount(0);
    // Every stage has the next-morning check; the 0-10 pain rule is Achilles tendinopathy's own.
    await expect(page.getByRole("row").filter({ hasText: "Yes: move on. No: stay at this stage." })).toHaveCount(5);
    await expect(page.getByRole("region", { name: "When to stop" })).toContainText("5 out of 10");
    // The same address, opened again, gives the same plan: it can be bookmarked.
    await page.goto(MILES);
    await expect(page.getByRole("row", { name: /^1\. Walk/ })).toContainText("First walk: 1.5 miles.");
  });

  test("after a stress fracture the plan starts with the doctor's clearance, then the care cards", async ({ page }) => {
    await page.goto(STRESS_FRACTURE);
    const headings = await page.locator("main h2").allTextContents();
    expect(headings.slice(0, 2)).toEqual(["Start only when your doctor has said you can start", "When to get help"]);
    await expect(
      page.getByRole("region", { name: "Start only when your doctor has said you can start" }),
    ).toContainText("wait until your doctor says the bone has healed");
    const levels = await page
      .getByRole("region", { name: "When to get help" })
      .locator("[data-care-level]")
      .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-care-level")));
    // Every level's signs in a few words, then the stress-fracture item of the triage data as a care card.
    expect(levels).toEqual(["emergency", "urgent", "non-urgent", "non-urgent"]);
    await expect(page.locator(".hp-care-card")).toHaveCount(1);
    await expect(page.locator(".hp-care-card")).toContainText("you have had more than one stress fracture");
    await expect(page.getByRole("row", { name: /^2\. Hop check/ })).toContainText("never hop to test yourself");
    // The second worked example: 10 km after 12 weeks is halved twice, then the walk goal and the 10% ceiling.
    await expect(page.getByRole("row", { name: /^1\. Walk/ })).toContainText("First walk: 2.5 km.");
    await expect(page.getByRole("row", { name: /^3\. Walk and jog/ })).toContainText(
      "Cover 5 km, switching between about 0.5 km of jogging and 0.5 km of walking.",
    );
    await expect(page.getByRole("row", { name: /^5\. Build up/ })).toContainText(
      "After a run of 5 km, make your next run at most 5.5 km",
    );
    await expect(page.locator("main")).not.toContainText("out of 10");
  });

  test("a rupture also starts with the clearance; a long break stops at the 1 km floor", async ({ page }) => {
    await page.goto(RUPTURE);
    await expect(page.locator("main h2").first()).toHaveText("Start only when your doctor has said you can start");
    await expect(page.getByRole("row", { name: /^1\. Walk/ })).toContainText("First walk: 1 km.");
    await expect(page.getByRole("row", { name: /^1\. Walk/ })).toContainText("is below 1 km, so the walk is 1 km.");
  });
});

test.describe("bad input gets a 400 with the form, what was typed and what to fix, never a 500", () => {
  const cases: { name: string; query: string; fix: string }[] = [
    { name: "text", query: "distance=ten&unit=km&weeks=6&condition=not-sure", fix: "as a number" },
    { name: "a negative distance", query: "distance=-3&unit=km&weeks=6&condition=not-sure", fix: "negative" },
    { name: "a zero distance", query: "distance=0&unit=km&weeks=6&condition=not-sure", fix: "above 0" },
    { name: "an absurd distance", query: "distance=10000&unit=km&weeks=6&condition=not-sure", fix: "100 km" },
    { name: "zero weeks", query: "distance=5&unit=km&weeks=0&condition=not-sure", fix: "at least 1 week" },
    { name: "a missing field", query: "distance=5&unit=km&condition=not-sure", fix: "how many weeks" },
    {
      name: "a repeated field",
      query: "distance=5&distance=50&unit=km&weeks=6&condition=not-sure",
      fix: "give it once",
    },
    { name: "an unknown unit", query: "distance=5&unit=leagues&weeks=6&condition=not-sure", fix: "km or miles" },
    { name: "an unknown condition", query: "distance=5&unit=km&weeks=6&condition=gout", fix: "coming back from" },
    { name: "HTML", query: `distance=${encodeURIComponent("<script>alert(1)</script>")}&unit=km`, fix: "as a number" },
    { name: "malformed encoding", query: "distance=%E0%A4%A&unit=km&weeks=6&condition=not-sure", fix: "as a number" },
  ];
  for (const { name, query, fix } of cases) {
    test(name, async ({ request }) => {
      const response = await request.get(`/return-to-running/plan?${query}`);
      expect(response.status()).toBe(400);
      expect(response.headers()["cache-control"]).toBe("private, no-store");
      const html = await response.text();
      expect(html).toContain("Medical disclaimer");
      expect(html).toContain('action="/return-to-running/plan"');
      expect(html.toLowerCase()).toContain(fix.toLowerCase());
      expect(html).not.toContain("<script");
      expect(html).not.toMatch(/at \S+ \(.*:\d+:\d+\)|node_modules/);
    });
  }

  test("the form comes back with the values typed and each problem beside its field", async ({ page }) => {
    await page.goto(BAD);
    await expect(page.getByRole("heading", { level: 2, name: "Check your numbers" })).toBeVisible();
    const distance = page.getByLabel("How far was your usual run?");
    await expect(distance).toHaveValue("-5");
    await expect(distance).toHaveAttribute("aria-invalid", "true");
    await expect(distance).toHaveAccessibleDescription("Error: Enter a distance above 0: it cannot be negative.");
    await expect(page.getByLabel("How many weeks have you not run?")).toHaveValue("ten");
    // Each problem in the list links to its field.
    await page.getByRole("link", { name: "Choose km or miles." }).click();
    await expect(page).toHaveURL(/#plan-unit$/);
  });
});

test("plan pages ship no script, set no cookie, are noindex and cacheable like search", async ({ request }) => {
  await expectPerRequestPages(request, [MILES, STRESS_FRACTURE, "/return-to-running/plan"]);
});

test("the form can be filled and sent with the keyboard alone", async ({ page }) => {
  await page.goto("/return-to-running/plan");
  await page.getByLabel("How far was your usual run?").focus();
  await page.keyboard.type("10");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space"); // the first unit, km
  await expect(page.getByLabel("km", { exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.type("6");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("What are you coming back from?")).toBeFocused();
  await page.keyboard.press("ArrowDown"); // plantar heel pain, the first choice
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Make my plan" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/distance=10&unit=km&weeks=6&condition=plantar-heel-pain/);
  await expect(page.getByRole("row", { name: /^1\. Walk/ })).toContainText("First walk: 5 km.");
});

// One test per page: on a shared machine six pages in one test ran past its time.
for (const colorScheme of ["light", "dark"] as const) {
  for (const path of PAGES) {
    test(`axe finds no WCAG 2.2 A or AA violation on ${path} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expectNoAxeViolations(page, path);
    });
  }
}

test("a phone shows each stage without sideways scrolling, each with the next-morning question", async ({ page }) => {
  const question = "Next morning no more pain, stiffness or swelling than before?";
  await page.goto(STRESS_FRACTURE);
  // Wide, the question is the column's heading, said once.
  await expect(page.getByRole("row", { name: /^4\. Run/ }).getByText(question)).toBeHidden();
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // On a phone the headings are hidden, so each stage asks it.
  await expect(page.getByRole("row", { name: /^4\. Run/ }).getByText(question)).toBeVisible();
});

test.describe("printed", () => {
  for (const [name, path] of [
    ["an Achilles tendinopathy plan", MILES],
    ["a stress-fracture plan, with when to get help first", STRESS_FRACTURE],
    ["a rupture plan, with two care cards", RUPTURE],
    ["a plan when the cause is not known, with two care cards", NOT_SURE],
    ["a plan for pain under the heel", PLANTAR],
  ] as const) {
    for (const format of ["A4", "Letter"] as const) {
      test(`${name} fits on one ${format} page with every rule, source and reference, without the form`, async ({
        page,
      }) => {
        await page.emulateMedia({ media: "print" });
        await page.goto(path);
        await expect(page.locator(".hp-plan-form")).toBeHidden();
        for (const stage of ["1. Walk", "2. Hop check", "3. Walk and jog", "4. Run", "5. Build up"]) {
          const row = page.getByRole("row", { name: new RegExp(`^${stage.replace(".", "\\.")}`) });
          await expect(row).toBeVisible();
          await expect(row).toContainText("Yes: move on.");
          await expect(row.locator("sup.hp-citation a").first()).toBeVisible();
        }
        await expect(page.locator("[data-care-level]").first()).toBeVisible();
        // Every work the page cites is listed, the last one too.
        const cited = await page
          .locator("main sup.hp-citation a")
          .evaluateAll((links) => new Set(links.map((link) => link.getAttribute("href"))).size);
        const references = page.getByRole("region", { name: "References" }).getByRole("listitem");
        await expect(references).toHaveCount(cited);
        await expect(references.last()).toBeVisible();
        await expect(page.getByTestId("disclaimer")).toBeVisible();
        expect(pdfPageCount(await page.pdf({ format }))).toBe(1);
      });
    }
  }
});
