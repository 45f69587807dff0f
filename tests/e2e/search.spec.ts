import { expect, test } from "./site";

const search = (q: string) => `/search?q=${encodeURIComponent(q)}`;
const ANSWERED = search("how long does plantar fasciitis last");
const RED_FLAG = search("heard a pop in my calf");
const NO_ANSWER = search("best pizza in town");

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the header search box on any page answers with a quoted, sourced passage", async ({ page }) => {
    await page.goto("/about");
    const form = page.getByRole("search", { name: "Site" });
    await form.getByLabel("Search or ask a question").fill("how long does plantar fasciitis last");
    await form.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=how\+long\+does\+plantar\+fasciitis\+last$/);

    const answer = page.getByRole("region", { name: "From our articles", exact: true });
    await expect(answer).toBeVisible();
    await expect(answer.locator("blockquote")).toContainText("Most people get better");
    await expect(
      answer.getByRole("link", { name: "Plantar fasciitis, How long it lasts", exact: true }),
    ).toHaveAttribute("href", "/articles/plantar-fasciitis#how-long-it-lasts");
    // The passage keeps its citations, which link to the article's own reference list.
    await expect(answer.locator("sup.hp-citation a").first()).toHaveAttribute(
      "href",
      /^\/articles\/plantar-fasciitis#ref-\d+$/,
    );
    await expect(answer.getByText(/Last reviewed:/)).toBeVisible();
    await expect(answer.getByText(/Next review due:/)).toBeVisible();
    await expect(answer.getByRole("link", { name: /^Read more/ })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "More from our articles" }).getByRole("listitem").first(),
    ).toBeVisible();
  });

  test("the article's “Ask a question about this” box asks about that article", async ({ page }) => {
    await page.goto("/articles/achilles-tendinopathy");
    const form = page.getByRole("search", { name: "Ask about this article" });
    await form.getByLabel("Ask a question about this").fill("how long will it take to get better");
    await form.getByRole("button", { name: "Ask" }).click();
    await expect(page).toHaveURL(/about=achilles-tendinopathy/);
    await expect(
      page.getByRole("region", { name: "From our articles", exact: true }).getByRole("link").first(),
    ).toHaveAttribute("href", /^\/articles\/achilles-tendinopathy#/);
  });

  test("a warning sign's care card comes before anything else", async ({ page }) => {
    await page.goto(RED_FLAG);
    const card = page.locator(".hp-care-card").first();
    await expect(card).toHaveAttribute("data-care-level", "emergency");
    await expect(card).toContainText("you heard a snap, pop or grinding noise");
    const cardFirst = await page.evaluate(() => {
      const cardElement = document.querySelector(".hp-care-card");
      const rest = document.querySelector(".hp-answer, .hp-no-answer, .hp-results");
      return Boolean(
        cardElement && rest && cardElement.compareDocumentPosition(rest) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(cardFirst).toBe(true);
    // The card's citations point at this page's reference list, which has the work with the same number.
    const citation = card.locator("sup.hp-citation a").first();
    const href = (await citation.getAttribute("href")) ?? "";
    expect(href).toMatch(/^#ref-\d+$/);
    await expect(page.locator(href)).toBeAttached();
  });

  test("no good answer is said plainly, with somewhere to go next", async ({ page }) => {
    await page.goto(NO_ANSWER);
    await expect(
      page.getByRole("heading", { name: "We could not find an answer to that in our articles." }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "From our articles", exact: true })).toHaveCount(0);
    const region = page.getByRole("region", { name: "We could not find an answer to that in our articles." });
    const links = region.getByRole("link");
    await expect(links.nth(0)).toHaveAttribute("href", "/where-does-it-hurt");
    await expect(links.nth(1)).toHaveAttribute("href", "/articles/when-to-see-a-doctor");
    await expect(links.nth(2)).toHaveAttribute("href", "/");
    // A safety net, not a level of care for this question: the emergency and same-day signs, no care card.
    await expect(region.getByText("Emergency:")).toBeVisible();
    await expect(region.getByText("Same day:")).toBeVisible();
    await expect(region.getByRole("listitem").filter({ hasText: "cold, pale or blue foot" })).toHaveCount(1);
    await expect(page.locator("[data-care-level]")).toHaveCount(0);
  });

  test("signs are found by meaning: with their place or time, never from one everyday word", async ({ page }) => {
    const levels = async (q: string) => {
      await page.goto(search(q));
      return page
        .locator("[data-care-level]")
        .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-care-level")));
    };
    expect(await levels("my foot went cold and white after my run")).toEqual(["emergency"]);
    expect(await levels("felt like someone kicked me in the back of the ankle")).toEqual(["emergency"]);
    expect(await levels("my calf is swollen and warm after a long flight")).toEqual(["urgent"]);
    expect(await levels("my 11 year old has heel pain after football")).toEqual(["non-urgent"]);
    expect(await levels("my ankle keeps popping when i rotate it")).toEqual([]);
    expect(await levels("i fell asleep with my foot up, is that ok for heel pain")).toEqual([]);
    expect(await levels("what is RED-S")).not.toContain("urgent");
  });
});

test.describe("bad input gets a proper page with the disclaimer, escaped, never a 500", () => {
  const cases: { name: string; query: string; status?: number }[] = [
    { name: "no q", query: "" },
    { name: "empty q", query: "q=" },
    { name: "blank q", query: "q=%20%20%09" },
    { name: "10,000 characters", query: `q=${"heel".repeat(2_500)}` },
    {
      name: "HTML, script and quotes",
      query: `q=${encodeURIComponent(`<script>alert(1)</script>"'><img src=x onerror=alert(1)>`)}`,
    },
    { name: "unicode and emoji", query: `q=${encodeURIComponent("douleur au talon 🦶😣")}` },
    { name: "right-to-left override", query: "q=heel%E2%80%AEniap" },
    { name: "NUL", query: "q=heel%00pain" },
    { name: "q repeated", query: "q=plantar&q=knee" },
    { name: "q[]", query: "q[]=plantar" },
    { name: "malformed percent-encoding", query: "q=%E0%A4%A" },
    { name: "a lone %", query: "q=%" },
    { name: "about that is not an article", query: "q=heel&about=../../etc/passwd" },
  ];
  for (const { name, query, status = 200 } of cases) {
    test(`${name} -> ${status}`, async ({ request }) => {
      const response = await request.get(`/search?${query}`);
      expect(response.status()).toBe(status);
      const html = await response.text();
      expect(html).toContain("Medical disclaimer");
      expect(html).not.toContain("<script");
      expect(html).not.toContain("<img src=x");
      expect(html).not.toContain("\u0000");
      expect(html).not.toContain("\u202E");
      expect(html).not.toMatch(/at \S+ \(.*:\d+:\d+\)|node_modules/);
    });
  }

  test("a long question is cut, and the page says so", async ({ page }) => {
    await page.goto(`/search?q=${"heel ".repeat(100)}`);
    await expect(page.getByText("Your question was long, so we used its first 200 characters.")).toBeVisible();
    expect(await page.getByRole("search", { name: "Search again" }).getByRole("searchbox").inputValue()).toHaveLength(
      199,
    );
  });
});

test("the search box in the header is on every page and labelled", async ({ page }) => {
  for (const path of ["/", "/about", "/articles/treatment", "/articles/no-such-article", ANSWERED]) {
    await page.goto(path);
    await expect(page.getByRole("search", { name: "Site" }).getByLabel("Search or ask a question"), path).toBeVisible();
  }
});
