/**
 * One visit to every page a reader can reach: every page in the sitemap, every step of the guide (found by
 * following its answers), the 404s and the 400, search with a few questions and the return-to-running plan.
 * Each page is checked once for everything that must hold on every page, and every problem on every page is
 * collected and reported at once. Tagged @front: it runs against `next start` and against the nginx front,
 * which sends the same bytes (nginx-front.spec.ts), so axe, the slow part, runs against `next start` only.
 */
import { isDeepStrictEqual } from "node:util";

import type { Page } from "@playwright/test";

import {
  type Answer,
  ARTICLE_NOT_FOUND,
  axeViolations,
  BAD_REQUEST,
  expect,
  type Head,
  NOT_FOUND,
  perRequestPageProblems,
  readHead,
  SITE_URL,
  sitemapPaths,
  test,
} from "./site";
import { SERVERS } from "./servers";

const GUIDE = "/where-does-it-hurt";
const search = (q: string) => `/search?q=${encodeURIComponent(q)}`;

/** How a page is made, which decides its status and caching. */
type Kind = "prerendered" | "per-request" | "error";

/** Pages that are in no sitemap and linked from no page: forms' answers and error pages. */
const FORM_AND_ERROR_PAGES: { path: string; kind: Kind; status: number }[] = [
  { path: "/search", kind: "per-request", status: 200 },
  { path: search("how long does plantar fasciitis last"), kind: "per-request", status: 200 },
  { path: search("heard a pop in my calf"), kind: "per-request", status: 200 },
  { path: search("best pizza in town"), kind: "per-request", status: 200 },
  { path: search("red hot swollen heel and a fever"), kind: "per-request", status: 200 },
  { path: "/return-to-running/plan", kind: "per-request", status: 200 },
  {
    path: "/return-to-running/plan?distance=10&unit=km&weeks=12&condition=stress-fracture",
    kind: "per-request",
    status: 200,
  },
  { path: NOT_FOUND, kind: "error", status: 404 },
  { path: ARTICLE_NOT_FOUND, kind: "error", status: 404 },
  { path: BAD_REQUEST, kind: "error", status: 400 },
];

/** Widths of a common phone and of the narrowest screen WCAG asks for (reflow, 1.4.10). */
const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 720 };

/** Problems with the security headers every response must carry. */
function headerProblems(headers: Record<string, string>): string[] {
  const csp = headers["content-security-policy"] ?? "";
  return [
    csp.includes("default-src 'self'") ? "" : "CSP lacks default-src 'self'",
    csp.includes("frame-ancestors 'none'") ? "" : "CSP lacks frame-ancestors 'none'",
    csp.includes("script-src 'self';") ? "" : "CSP's script-src is not 'self' alone",
    csp.includes("unsafe-") ? `CSP allows ${/'unsafe-[a-z-]+'/.exec(csp)?.[0] ?? "unsafe-"}` : "",
    headers["x-content-type-options"] === "nosniff" ? "" : "no X-Content-Type-Options: nosniff",
    headers["referrer-policy"] === "strict-origin-when-cross-origin"
      ? ""
      : `Referrer-Policy ${headers["referrer-policy"]}`,
    /camera=\(\).*microphone=\(\).*geolocation=\(\)/.test(headers["permissions-policy"] ?? "")
      ? ""
      : `Permissions-Policy ${headers["permissions-policy"]}`,
    headers["x-frame-options"] === "DENY" ? "" : `X-Frame-Options ${headers["x-frame-options"]}`,
    headers["x-powered-by"] === undefined ? "" : `X-Powered-By ${headers["x-powered-by"]}`,
    headers["set-cookie"] === undefined ? "" : `sets a cookie: ${headers["set-cookie"]}`,
  ].filter(Boolean);
}

/** Problems in the page's HTML as served: the framework runtime, or a script the site does not ship. */
function runtimeProblems(html: string): string[] {
  return [
    html.includes("__next_f") ? "has the inline RSC payload (__next_f)" : "",
    html.includes("/_next/static/chunks/") ? "refers to a framework chunk (/_next/static/chunks/)" : "",
  ].filter(Boolean);
}

/** Problems of the page as rendered: landmarks, headings, scripts, the disclaimer, sideways scrolling. */
/** The share script on every page; the tick script only on an exercise programme, which keeps ticks on the phone. */
const allowedScripts = (path: string) =>
  path.startsWith("/programmes/") ? ["/share.js", "/programme-ticks.js"] : ["/share.js"];

function renderedProblems(
  page: Page,
  { errorPage, scripts }: { errorPage: boolean; scripts: readonly string[] },
): Promise<string[]> {
  return page.evaluate(
    ({ errorPage, scripts }) => {
      const problems: string[] = [];
      const count = (selector: string) => document.querySelectorAll(selector).length;
      if (count("main") !== 1) problems.push(`${count("main")} main elements, not 1`);
      if (count("h1") !== 1) problems.push(`${count("h1")} h1 elements, not 1`);
      const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) =>
        Number(heading.tagName.slice(1)),
      );
      levels.forEach((level, index) => {
        const previous = index === 0 ? 1 : (levels[index - 1] ?? 1);
        if (level - previous > 1) problems.push(`h${previous} then h${level}: a heading level skipped`);
      });
      // A section can be linked and shared only by its id. (The 404s' h2s are not: no one shares a 404.)
      if (!errorPage) {
        for (const heading of document.querySelectorAll("h2:not([id])")) {
          problems.push(`h2 "${heading.textContent?.trim()}" has no id`);
        }
      }
      if (count("nav:not([aria-label]):not([aria-labelledby])") > 0) problems.push("a nav without a label");
      for (const script of document.querySelectorAll("script")) {
        const src = script.getAttribute("src");
        if (script.type !== "application/ld+json" && !scripts.includes(src ?? "")) {
          problems.push(`script ${src ?? "inline"}: only JSON-LD and ${scripts.join(", ")} are allowed`);
        }
      }
      for (const link of document.querySelectorAll('link[rel="modulepreload"], link[as="script"]')) {
        problems.push(`preloads the script ${link.getAttribute("href")}`);
      }
      const disclaimer = document.querySelector('[data-testid="disclaimer"]');
      if (!disclaimer?.checkVisibility()) problems.push("no visible disclaimer");
      return problems;
    },
    { errorPage, scripts },
  );
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Problems of an article's reference list and contents, which a reader with JavaScript off relies on too. */
async function articleProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const contents = await page.getByRole("navigation", { name: "On this page" }).getByRole("link").count();
  if (contents < 3) problems.push(`${contents} contents links, fewer than 3`);
  const references = page.getByRole("region", { name: "References" });
  if ((await references.count()) !== 1) return [...problems, "no reference list"];
  const listProblems = await references.evaluate((list) => {
    const found: string[] = [];
    if (list.querySelectorAll("li").length === 0) found.push("an empty reference list");
    if (list.textContent?.includes("et al..")) found.push('a reference reads "et al.."');
    for (const item of list.querySelectorAll("li")) {
      const links = [...item.querySelectorAll(".hp-references__back a")];
      const names = links.map((link) => link.textContent ?? "");
      if (new Set(names).size !== names.length) found.push(`back links named twice: ${names.join(" ")}`);
      const badName = names.find((name) => !/^[a-z]+$/.test(name));
      if (badName !== undefined) found.push(`back link named "${badName}", not a-z, aa, ab...`);
      const boxes = links.map((link) => link.getBoundingClientRect());
      // Links on one line must not touch: "y z aa" never reads as "yzaa".
      boxes.forEach((box, index) => {
        const previous = boxes[index - 1];
        if (previous && previous.top === box.top && box.left <= previous.right) {
          found.push(`back links ${names[index - 1]} and ${names[index]} touch`);
        }
      });
    }
    return found;
  });
  return [...problems, ...listProblems];
}

type GraphNode = { "@type": string; [key: string]: unknown };

function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every page, visited once: status, headers, scripts, CSP, disclaimer, headings, 320 and 390 px, axe in light and dark, metadata and links @front", async ({
  page,
  context,
  request,
  browserProblems,
  baseURL,
}) => {
  // About 60 pages, each with two axe runs of 1 to 8 s (an article) on a shared 2-core machine.
  test.setTimeout(1_200_000);
  const runAxe = test.info().project.name === SERVERS.nextStart.project;
  const ownHost = new URL(baseURL ?? "").host;
  const articleCsp = (await request.get("/articles/plantar-fasciitis")).headers()["content-security-policy"];
  const sitemap = await sitemapPaths(request);
  const queue = [
    ...sitemap.map((path) => ({ path, kind: "prerendered" as Kind, status: 200 })),
    ...FORM_AND_ERROR_PAGES,
  ];

  const problems: string[] = [];
  let current = "";
  const problem = (path: string, text: string) => problems.push(`${path}: ${text}`);
  const same = (path: string, what: string, actual: unknown, expected: unknown) => {
    if (!isDeepStrictEqual(actual, expected))
      problem(path, `${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };

  page.on("request", (outgoing) => {
    const url = new URL(outgoing.url());
    if (url.protocol !== "data:" && url.host !== ownHost) problem(current, `requests another origin: ${url.href}`);
    else if (outgoing.resourceType() === "script" && !allowedScripts(current).includes(url.pathname)) {
      problem(current, `loads the script ${url.pathname}`);
    }
  });

  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  /** Served HTML by pathname, for pages visited without a query: links to them need no second request. */
  const served = new Map<string, Answer>();
  /** Each internal link to another page, and a page it is on. */
  const links = new Map<string, string>();

  /** Everything a search engine or a link preview reads: the sitemap's pages only (the others are noindex). */
  const checkSeo = async (path: string, head: Head) => {
    const url = new URL(`${SITE_URL}${path}`).href;
    same(
      path,
      "canonical",
      head.canonicals.map((canonical) => new URL(canonical).href),
      [url],
    );
    const otherTitle = titles.get(head.title);
    if (otherTitle) problem(path, `title "${head.title}" is also ${otherTitle}'s`);
    titles.set(head.title, path);
    const description = head.description ?? "";
    if (!description) problem(path, "no meta description");
    const otherDescription = descriptions.get(description);
    if (otherDescription) problem(path, `description is also ${otherDescription}'s`);
    descriptions.set(description, path);

    const isArticle = path.startsWith("/articles/");
    const { meta } = head;
    if (!meta["og:title"]) problem(path, "no og:title");
    same(path, "og:description", meta["og:description"], description);
    same(path, "og:url", new URL(meta["og:url"] ?? "", SITE_URL).href, url);
    same(path, "og:site_name", meta["og:site_name"], "Heel Pain Guide");
    same(path, "og:locale", meta["og:locale"], "en_US");
    same(path, "og:type", meta["og:type"], isArticle ? "article" : "website");
    same(path, "twitter:card", meta["twitter:card"], "summary_large_image");
    const reviewed = isArticle
      ? await page.locator(".hp-article-header__meta time").first().getAttribute("datetime")
      : null;
    if (isArticle) {
      same(path, "article:modified_time", meta["article:modified_time"], reviewed);
      if (!meta["article:published_time"]) problem(path, "no article:published_time");
      if (!meta["article:section"]) problem(path, "no article:section");
    }

    const image = meta["og:image"] ?? "";
    if (!image.startsWith(`${SITE_URL}/`)) problem(path, `og:image ${image} is not an absolute URL on ${SITE_URL}`);
    same(path, "og:image size", [meta["og:image:width"], meta["og:image:height"]], ["1200", "630"]);
    const imageResponse = await request.get(new URL(image, SITE_URL).pathname + new URL(image, SITE_URL).search);
    same(path, "og:image type", imageResponse.headers()["content-type"], "image/png");
    same(path, "og:image pixels", pngSize(await imageResponse.body()), { width: 1200, height: 630 });

    if (head.jsonLd.length !== 1) return problem(path, `${head.jsonLd.length} JSON-LD scripts, not 1`);
    const graph = JSON.parse(head.jsonLd[0] ?? "{}") as { "@context": string; "@graph": GraphNode[] };
    same(path, "JSON-LD @context", graph["@context"], "https://schema.org");
    const types = graph["@graph"].map((node) => node["@type"]);
    const node = (type: string) => graph["@graph"].find((candidate) => candidate["@type"] === type);
    if (path === "/") same(path, "JSON-LD types", types, ["Organization", "WebSite", "WebPage"]);
    if (path === "/about") same(path, "JSON-LD types", types, ["Organization", "AboutPage"]);
    if (!isArticle) return;
    same(path, "JSON-LD types", types.slice(0, 4), ["Organization", "MedicalWebPage", "Article", "BreadcrumbList"]);
    same(path, "MedicalWebPage lastReviewed", node("MedicalWebPage")?.lastReviewed, reviewed);
    same(path, "MedicalWebPage medicalAudience", node("MedicalWebPage")?.medicalAudience, { "@type": "Patient" });
    same(path, "Article headline", node("Article")?.headline, await page.locator("h1").textContent());
    same(path, "Article image", node("Article")?.image, image);
    const crumbs = await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem").allTextContents();
    const items = (node("BreadcrumbList")?.itemListElement ?? []) as { name: string; item: string }[];
    same(
      path,
      "BreadcrumbList names",
      items.map((item) => item.name),
      crumbs,
    );
    same(path, "BreadcrumbList's last item", items.at(-1)?.item, url);
    const condition = node("MedicalCondition");
    if (!condition) return;
    const text = (await page.locator("main").textContent()) ?? "";
    for (const property of ["signOrSymptom", "riskFactor", "possibleTreatment"]) {
      const values = (condition[property] ?? []) as { name: string }[];
      if (values.length === 0) problem(path, `MedicalCondition has no ${property}`);
      for (const value of values) {
        if (!text.includes(value.name))
          problem(path, `MedicalCondition ${property} "${value.name}" is not on the page`);
      }
    }
  };

  const visit = async ({ path, kind, status }: (typeof queue)[number]) => {
    current = path;
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: "light" });
    const response = await page.goto(path);
    if (!response) return problem(path, "no response");
    const answer = { status: response.status(), headers: response.headers(), html: await response.text() };
    if (!path.includes("?")) served.set(path, answer);
    if (answer.status !== status) problem(path, `status ${answer.status}, expected ${status}`);
    for (const text of [...headerProblems(answer.headers), ...runtimeProblems(answer.html)]) problem(path, text);
    if (kind === "per-request") {
      for (const text of perRequestPageProblems(answer, articleCsp)) problem(path, text);
    }
    for (const text of await renderedProblems(page, { errorPage: kind === "error", scripts: allowedScripts(path) }))
      problem(path, text);
    if (path.startsWith("/articles/") && kind === "prerendered") {
      for (const text of await articleProblems(page)) problem(path, text);
    }

    const head = await readHead(page);
    if (sitemap.includes(path)) await checkSeo(path, head);
    else if (!path.startsWith(GUIDE)) {
      // Pages rendered per request and error pages are noindex, and still describe themselves for link previews.
      same(path, "robots", head.meta.robots, "noindex");
      if ((head.description?.length ?? 0) <= 40) problem(path, `description "${head.description}" is too short`);
      if (!head.title.endsWith(" | Heel Pain Guide")) problem(path, `title "${head.title}" does not name the site`);
    }

    const found = await page.locator("a[href]").evaluateAll((anchors) =>
      anchors.map((anchor) => {
        const url = new URL((anchor as HTMLAnchorElement).href);
        const samePage = url.origin === location.origin && url.pathname === location.pathname;
        const fragment = decodeURIComponent(url.hash.slice(1));
        return {
          link: url.origin === location.origin ? url.pathname + url.hash : null,
          samePage,
          missingTarget: samePage && fragment !== "" && !document.getElementById(fragment),
        };
      }),
    );
    for (const { link, samePage, missingTarget } of found) {
      if (missingTarget) problem(path, `links to ${link}, which is not on the page`);
      if (link && !samePage && !links.has(link)) links.set(link, path);
    }
    // The guide's steps are in no sitemap: a reader reaches them by answering or by a where-does-it-hurt card.
    for (const href of await page
      .locator(path.startsWith(GUIDE) ? ".hp-guide__answers a, a.hp-where-card" : "a.hp-where-card")
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""))) {
      if (!queue.some((queued) => queued.path === href)) queue.push({ path: href, kind: "prerendered", status: 200 });
    }

    const axe = async (scheme: string, width: number) => {
      if (!runAxe) return;
      for (const text of await axeViolations(page)) problem(path, `axe (${scheme}, ${width} px): ${text}`);
    };
    await axe("light", DESKTOP.width);
    for (const viewport of [PHONE, NARROW]) {
      await page.setViewportSize(viewport);
      const overflow = await sidewaysScroll(page);
      if (overflow > 0) problem(path, `scrolls sideways by ${overflow} px at ${viewport.width} px`);
    }
    // Dark at phone width: light was checked at desktop width, so both layouts and both schemes are seen.
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: "dark" });
    await axe("dark", PHONE.width);

    if (!(await page.evaluate(() => document.cookie === ""))) problem(path, "sets a cookie in the browser");
    for (const text of await browserProblems.take()) problem(path, text);
  };

  for (let index = 0; index < queue.length; index += 1) {
    const next = queue[index];
    if (!next) break;
    await visit(next).catch((error: unknown) => problem(next.path, `the visit failed: ${String(error)}`));
  }

  // Every link a page shows leads to a page that answers 200 and has the section it names.
  for (const [link, from] of links) {
    const [pathname = "", fragment] = link.split("#");
    let answer = served.get(pathname);
    if (!answer) {
      const response = await request.get(pathname, { maxRedirects: 0 });
      answer = { status: response.status(), headers: response.headers(), html: await response.text() };
      served.set(pathname, answer);
    }
    if (answer.status !== 200) problem(from, `links to ${link}, which answers ${answer.status}`);
    else if (fragment && !answer.html.includes(`id="${fragment}"`)) {
      problem(from, `links to ${link}, which has no #${fragment}`);
    }
  }

  const guidePages = queue.filter(({ path }) => path.startsWith(GUIDE)).length;
  const visited = `${queue.length} pages (${sitemap.length} in the sitemap, ${guidePages} of the guide)`;
  if (sitemap.length < 14) problems.push(`the sitemap lists ${sitemap.length} pages, fewer than 14`);
  if (guidePages < 20) problems.push(`the guide has ${guidePages} pages, fewer than 20`);
  same("the browser", "cookies", await context.cookies(), []);
  expect(problems, `problems on ${visited}`).toEqual([]);
});
