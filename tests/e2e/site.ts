import AxeBuilder from "@axe-core/playwright";
import {
  type APIRequestContext,
  type ConsoleMessage,
  test as base,
  expect,
  type Locator,
  type Page,
} from "@playwright/test";

/** The public origin the build was made for: canonical URLs, the sitemap and share images use it. */
export const SITE_URL = new URL(process.env.SITE_URL ?? "http://localhost:3000").origin;

/** Paths of every page in the sitemap, read from the running site. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
}

/** A path Next.js cannot decode: answered by the Pages Router error page (pages/_error.tsx) with a 400. */
export const BAD_REQUEST = "/articles/%E0%A4%A";

/** A path the site does not have: the App Router's not-found page, with a 404. */
export const NOT_FOUND = "/no-such-page";

/** An article address that names no article: pages/article-not-found.tsx, a 404 with suggestions. */
export const ARTICLE_NOT_FOUND = "/articles/heel-spurs";

/**
 * What went wrong in the browser during a test: CSP violations, console
 * errors and uncaught exceptions, on every page the test loaded.
 */
export class BrowserProblems {
  private problems: string[] = [];
  private page: Page | undefined;

  watch(page: Page) {
    this.page = page;
  }

  add(problem: string) {
    this.problems.push(problem);
  }

  /** Everything recorded so far, which is then forgotten. */
  async take(): Promise<string[]> {
    // A round trip to the page, so reports sent before it have arrived.
    await this.page?.evaluate(() => 0).catch(() => undefined);
    const problems = this.problems;
    this.problems = [];
    return problems;
  }
}

const REPORT_BINDING = "__hpReportCspViolation";

/** Chromium logs an error status of the page itself ("Failed to load resource: … 404") as a console error. */
function isOwnErrorStatus(message: ConsoleMessage, page: Page): boolean {
  const url = message.location().url;
  return (
    message.text().startsWith("Failed to load resource: the server responded with a status of 4") &&
    url !== "" &&
    new URL(url).href === new URL(page.url()).href
  );
}

/**
 * Every spec imports `test` from here: its `page` fails the test after it if
 * the site's CSP blocked anything, or the browser logged an error, on any page
 * the test loaded. Tests that expect a problem read them with `browserProblems.take()`.
 */
export const test = base.extend<{ browserProblems: BrowserProblems }>({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a destructuring pattern.
  // The second is named `provide`, not Playwright's usual `use`, which React's hook rules would flag.
  browserProblems: async ({}, provide) => {
    await provide(new BrowserProblems());
  },
  page: async ({ page, browserProblems }, provide) => {
    browserProblems.watch(page);
    // Bindings and init scripts reach every document the page loads, and the CSP does not apply to them.
    await page.exposeBinding(REPORT_BINDING, ({ frame }, report: string) =>
      browserProblems.add(`CSP violation on ${frame.url()}: ${report}`),
    );
    await page.addInitScript((binding) => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as Record<string, (report: string) => void>)[binding];
        report?.(
          `${event.effectiveDirective} blocked ${event.blockedURI || "an inline resource"}` +
            (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ""),
        );
      });
    }, REPORT_BINDING);
    page.on("console", (message) => {
      if (message.type() !== "error" || isOwnErrorStatus(message, page)) return;
      const source = message.location().url;
      browserProblems.add(
        `console error on ${page.url()}: ${message.text()}${source && source !== page.url() ? ` (${source})` : ""}`,
      );
    });
    page.on("pageerror", (error) => browserProblems.add(`uncaught exception on ${page.url()}: ${error.message}`));

    await provide(page);

    expect(await browserProblems.take(), "CSP violations, console errors or uncaught exceptions").toEqual([]);
  },
});

export { expect };

/** What a page says about itself in its head: for search engines and link previews. */
export type Head = {
  title: string;
  canonicals: string[];
  description: string | null;
  meta: Record<string, string>;
  jsonLd: string[];
};

export function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const meta: Record<string, string> = {};
    for (const element of document.querySelectorAll("meta[property], meta[name]")) {
      const key = element.getAttribute("property") ?? element.getAttribute("name") ?? "";
      meta[key] = element.getAttribute("content") ?? "";
    }
    return {
      title: document.title,
      canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map(
        (link) => link.getAttribute("href") ?? "",
      ),
      description: document.querySelector('meta[name="description"]')?.getAttribute("content") ?? null,
      meta,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => script.textContent ?? "",
      ),
    };
  });
}

/** The standard every page is held to: WCAG 2.2, levels A and AA. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Each WCAG 2.2 A or AA violation axe finds on the page as it is now, as its rule and elements. Legacy mode runs
 * axe in the page itself; the default merges each frame's results in a new blank page, which made every run 1.5
 * to 2 times slower, and the site has no frames.
 */
/** Scrolls each of these images into view and waits until it has loaded and decoded (drawings load lazily). */
export async function loadImages(images: Locator) {
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await image.evaluate((element: HTMLImageElement) => element.decode());
  }
}

export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** Fails with each violation's rule and elements when axe finds a WCAG 2.2 A or AA problem on the page as it is now. */
export async function expectNoAxeViolations(page: Page, label: string) {
  expect(await axeViolations(page), label).toEqual([]);
}

/** The answer to a request as a test sees it: enough to check a page without asking for it again. */
export type Answer = { status: number; headers: Record<string, string>; html: string };

/** A page built from a reader's words or numbers: no cache, shared or the browser's, may keep it. */
const READER_INPUT_CACHE = "private, no-store";

/**
 * What is wrong with a page rendered per request (search, the plan): it must be a 200 with no script or
 * inline handler, noindex, the CSP every page has (`csp`, an article's), kept by no cache,
 * and set no cookie.
 */
export function perRequestPageProblems(answer: Answer, csp: string | undefined): string[] {
  const { status, headers, html } = answer;
  return [
    status === 200 ? "" : `status ${status}, not 200`,
    html.includes("<script") ? "has a <script>" : "",
    /\son[a-z]+=/i.test(html) ? "has an inline event handler" : "",
    html.includes('<meta name="robots" content="noindex"') ? "" : "is not noindex",
    headers["content-security-policy"] === csp ? "" : `CSP ${headers["content-security-policy"]}, not an article's`,
    headers["cache-control"] === READER_INPUT_CACHE ? "" : `Cache-Control ${headers["cache-control"]}`,
    headers["set-cookie"] === undefined ? "" : `sets a cookie: ${headers["set-cookie"]}`,
  ].filter(Boolean);
}

/** Fails with every problem of every page when a page rendered per request breaks a rule of `perRequestPageProblems`. */
export async function expectPerRequestPages(request: APIRequestContext, paths: readonly string[]) {
  const csp = (await request.get("/articles/plantar-fasciitis")).headers()["content-security-policy"];
  const problems: string[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    const answer = { status: response.status(), headers: response.headers(), html: await response.text() };
    problems.push(...perRequestPageProblems(answer, csp).map((problem) => `${path}: ${problem}`));
  }
  expect(problems).toEqual([]);
}
