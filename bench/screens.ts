/**
 * `npm run screens` (after `npm run build`): what a reader on a phone sees.
 * Serves the production build on loopback, takes screenshots at 390x844 in
 * Debian's Chromium and measures how far a reader scrolls: writes the PNGs
 * and bench/results/screens.md, with the screen each landmark starts on.
 * Pictures for people to look at and figures for the record; the layout
 * rules themselves are asserted by tests/e2e (care-cards, share, print).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { type Browser, chromium, type Page } from "@playwright/test";

import { startNext, stop } from "./processes";
import { pdfPageCount } from "../tests/e2e/pdf";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "bench", "results", "screens");
/** Another port with SCREENS_PORT, so two worktrees can record at once. */
const PORT = Number(process.env.SCREENS_PORT ?? 3213);
const PHONE = { width: 390, height: 844 };
const ARTICLE = "/articles/plantar-fasciitis";
const DESKTOP = { width: 1280, height: 900 };
/** Pages with the where-does-it-hurt cards: the guide's step after no warning sign and an adult, and the home page. */
const CARD_PAGES = [
  { name: "where-step", path: "/where-does-it-hurt/no/no/adult" },
  { name: "where-home", path: "/" },
];
/** Pages with drawings, and the drawing to look at on each. */
const FIGURE_PAGES = [
  { name: "anatomy", path: "/articles/plantar-fasciitis", figure: "heel-inner-side" },
  { name: "exercises", path: "/articles/exercises", figure: "heel-drops-step-or-floor" },
  { name: "calf-raises", path: "/articles/exercises", figure: "slow-heavy-calf-raises" },
] as const;
/** A Letter page at 96 px per inch, as Chromium prints it. */
const LETTER = { width: 816, height: 1056 };
/** The programme page the screens show: its top, its week table and tick grid, on a phone, light and dark. */
const PROGRAMME = "/programmes/midportion-achilles-pain";

/** The phone screen (1 = the first) on which an element's top edge sits. */
async function screenOf(page: Page, selector: string): Promise<{ y: number; screen: number }> {
  const y = await page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + scrollY);
  return { y: Math.round(y), screen: Math.floor(y / PHONE.height) + 1 };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startNext(PORT, ROOT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const context = await browser.newContext({ viewport: PHONE, baseURL: base });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    const page = await context.newPage();
    const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`) });

    await page.goto("/");
    await shot("home-first-screen");
    const homeArticles = await screenOf(page, "#articles");
    const homeHeight = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);

    await page.goto(ARTICLE);
    await shot("article-top");
    const articleHeight = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
    const selfCare = await screenOf(page, "#self-care");
    const selfCareLink = await screenOf(page, '.hp-toc a[href="#self-care"]');
    await page.goto(`${ARTICLE}#treatment`);
    await shot("article-middle");

    // Headless Chromium on Linux has no Web Share, so share.js copies the link and says so.
    await page.getByRole("link", { name: "Share or copy a link to this section: Symptoms" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "copied" }).waitFor();
    await shot("section-share");

    const print = await browser.newPage({ viewport: LETTER, baseURL: base });
    await print.emulateMedia({ media: "print" });
    await print.goto(ARTICLE);
    // Printing loads lazy drawings; a screenshot of print media does not, so load them as paper would show them.
    for (const image of await print.locator("img[loading=lazy]").all()) {
      await image.evaluate((element: HTMLImageElement) => {
        element.loading = "eager";
        return element.decode();
      });
    }
    await print.screenshot({ path: path.join(OUT, "print-page-1.png") });
    const printedPages = pdfPageCount(await print.pdf({ format: "Letter" }));

    const figureShots = await figureScreens(browser, base);
    const exercisesPrint = await browser.newPage({ viewport: LETTER, baseURL: base });
    await exercisesPrint.emulateMedia({ media: "print" });
    await exercisesPrint.goto("/articles/exercises");
    const exercisesPages = pdfPageCount(await exercisesPrint.pdf({ format: "Letter" }));

    const programmeShots = await programmeScreens(browser, base);
    const programmePrint = await browser.newPage({ viewport: LETTER, baseURL: base });
    await programmePrint.emulateMedia({ media: "print" });
    await programmePrint.goto(PROGRAMME);
    const programmePages = pdfPageCount(await programmePrint.pdf({ format: "Letter" }));

    const report = [
      "# What a reader on a phone sees",
      "",
      `Measured by \`npm run screens\` on ${new Date().toISOString().slice(0, 10)}: Chromium at ${PHONE.width}x${PHONE.height}, the production build.`,
      "",
      "| Figure | Measured |",
      "| --- | --- |",
      `| Home: the article list ("All articles") starts at | ${homeArticles.y} px, screen ${homeArticles.screen} of ${homeHeight.toFixed(1)} |`,
      `| Plantar fasciitis: "Self-care" starts at (scrolling) | ${selfCare.y} px, screen ${selfCare.screen} of ${articleHeight.toFixed(1)} |`,
      `| Plantar fasciitis: the "On this page" link to "Self-care" (one tap) is at | ${selfCareLink.y} px, screen ${selfCareLink.screen} |`,
      `| Plantar fasciitis printed on Letter paper | ${printedPages} pages |`,
      `| Exercises (five drawings) printed on Letter paper | ${exercisesPages} pages |`,
      `| Achilles programme (two tables, two tick grids) printed on Letter paper | ${programmePages} pages |`,
      "",
      "Screenshots in `bench/results/screens/`: `home-first-screen.png`, `article-top.png`,",
      "`article-middle.png` (opened at #treatment), `section-share.png` (the Symptoms link after Enter),",
      "`print-page-1.png` (print styles at Letter width; the PDF adds the page margins).",
      `Drawings and the where-does-it-hurt cards as readers see them, phone (${PHONE.width}x${PHONE.height}) and desktop (${DESKTOP.width}x${DESKTOP.height}), light and dark:`,
      figureShots.map((name) => `\`${name}.png\``).join(", ") + ".",
      `The Achilles programme (${PROGRAMME}) on a phone, light and dark: its top, its first week table and tick grid:`,
      programmeShots.map((name) => `\`${name}.png\``).join(", ") + ".",
      "",
    ].join("\n");
    writeFileSync(path.join(ROOT, "bench", "results", "screens.md"), report);
    console.log(report);
  } finally {
    await browser.close();
    await stop(server);
  }
}

/**
 * One drawing of each figure page at the top of the screen, once it has loaded (it loads lazily), and the
 * where-does-it-hurt cards of the guide and the home page, on a phone and a desktop, in light and dark.
 * Returns the screenshots' names.
 */
async function figureScreens(browser: Browser, base: string): Promise<string[]> {
  const names: string[] = [];
  for (const [device, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport, colorScheme, baseURL: base });
      const page = await context.newPage();
      for (const { name, path: pagePath, figure } of FIGURE_PAGES) {
        await page.goto(pagePath);
        const image = page.locator(`.hp-figure img[src="/figures/${figure}.svg"]`).first();
        await image.evaluate((element) => element.closest("figure")?.scrollIntoView({ block: "start" }));
        await image.evaluate((element) =>
          (element as HTMLImageElement).decode().then(() => (element as HTMLImageElement).naturalWidth),
        );
        const file = `figure-${name}-${device}-${colorScheme}`;
        await page.screenshot({ path: path.join(OUT, `${file}.png`) });
        names.push(file);
      }
      for (const { name, path: pagePath } of CARD_PAGES) {
        await page.goto(pagePath);
        const cards = page.locator(".hp-where-cards");
        // Lazy pictures off to the side of the home page's row load only once scrolled to.
        for (const image of await cards.locator("img").all()) {
          await image.scrollIntoViewIfNeeded();
          await image.evaluate((element) => (element as HTMLImageElement).decode());
        }
        await cards.evaluate((element) => {
          element.scrollLeft = 0;
          element.scrollIntoView({ block: "start" });
        });
        const file = `cards-${name}-${device}-${colorScheme}`;
        await page.screenshot({ path: path.join(OUT, `${file}.png`) });
        names.push(file);
      }
      await context.close();
    }
  }
  return names;
}

/** The programme page on a phone, light and dark: its first screen, then its first week table and tick grid. */
async function programmeScreens(browser: Browser, base: string): Promise<string[]> {
  const names: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ viewport: PHONE, colorScheme, baseURL: base });
    const page = await context.newPage();
    await page.goto(PROGRAMME);
    await page.screenshot({ path: path.join(OUT, `programme-top-${colorScheme}.png`) });
    await page
      .locator(".hp-programme__weeks")
      .first()
      .evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: path.join(OUT, `programme-weeks-${colorScheme}.png`) });
    await page
      .locator(".hp-ticks")
      .first()
      .evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: path.join(OUT, `programme-ticks-${colorScheme}.png`) });
    names.push(...["top", "weeks", "ticks"].map((part) => `programme-${part}-${colorScheme}`));
    await context.close();
  }
  return names;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
