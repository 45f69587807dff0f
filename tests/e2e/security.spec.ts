import { BAD_REQUEST, expect, NOT_FOUND, sitemapPaths, test } from "./site";

test("every route sends the security headers and no X-Powered-By", async ({ request }) => {
  const routes = [
    ...(await sitemapPaths(request)),
    NOT_FOUND,
    BAD_REQUEST,
    "/sitemap.xml",
    "/robots.txt",
    "/opengraph-image",
    "/articles/plantar-fasciitis/opengraph-image",
    "/icon.svg",
  ];
  for (const route of routes) {
    const headers = (await request.get(route)).headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, route).toContain("default-src 'self'");
    expect(csp, route).toContain("frame-ancestors 'none'");
    expect(csp, route).toContain("script-src 'self';");
    expect(csp, route).not.toContain("unsafe-");
    expect(headers["x-content-type-options"], route).toBe("nosniff");
    expect(headers["referrer-policy"], route).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], route).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers["x-powered-by"], route).toBeUndefined();
  }
});

test("no page requests another origin or sets a cookie", async ({ page, context, request, baseURL }) => {
  const ownHost = new URL(baseURL ?? "").host;
  const foreign: string[] = [];
  page.on("request", (outgoing) => {
    const url = new URL(outgoing.url());
    if (url.protocol !== "data:" && url.host !== ownHost) foreign.push(`${page.url()} -> ${outgoing.url()}`);
  });
  for (const path of [...(await sitemapPaths(request)), NOT_FOUND, BAD_REQUEST]) {
    await page.goto(path, { waitUntil: "networkidle" });
    expect(await page.evaluate(() => document.cookie), path).toBe("");
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test("no page breaks its CSP or logs an error: every page in the sitemap, the 404 and the 400", async ({
  page,
  request,
  browserProblems,
}) => {
  const paths = [...(await sitemapPaths(request)), NOT_FOUND, BAD_REQUEST];
  expect(paths.length).toBeGreaterThanOrEqual(16);
  for (const path of paths) {
    // networkidle: after /share.js has run on articles.
    await page.goto(path, { waitUntil: "networkidle" });
    expect(await browserProblems.take(), path).toEqual([]);
  }
});

test("the browser-problem watcher catches a blocked inline script, a console error and an exception", async ({
  page,
  browserProblems,
}) => {
  await page.goto("/articles/plantar-fasciitis");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.title = 'injected'";
    document.body.append(script);
    console.error("Share failed");
    setTimeout(() => {
      throw new Error("Boom");
    });
  });
  expect(await page.title()).not.toBe("injected");
  const problems: string[] = [];
  await expect
    .poll(async () => {
      problems.push(...(await browserProblems.take()));
      return problems.length;
    })
    .toBeGreaterThanOrEqual(4);
  // Chromium also logs the CSP block as a console error.
  expect(problems).toHaveLength(4);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^CSP violation on .*\/articles\/plantar-fasciitis: script-src-elem blocked inline/),
      expect.stringMatching(/^console error on .*: Executing inline script violates .*script-src 'self'/),
      expect.stringMatching(/^console error on .*: Share failed$/),
      expect.stringMatching(/^uncaught exception on .*: Boom$/),
    ]),
  );
});

test.describe("bad requests get a proper answer, never a 500", () => {
  const article = "/articles/plantar-fasciitis";
  const cases: { name: string; method?: string; path: string; headers?: Record<string, string>; status: number }[] = [
    // The site accepts no data: Next.js answers other methods on an article with the page itself and on the
    // home page with 405 (see README, "Deploying and scaling").
    { name: "POST to a page", method: "POST", path: article, status: 200 },
    { name: "PUT to a page", method: "PUT", path: article, status: 200 },
    { name: "DELETE to a page", method: "DELETE", path: article, status: 200 },
    { name: "PATCH to the home page", method: "PATCH", path: "/", status: 405 },
    { name: "POST to an unknown page", method: "POST", path: "/articles/no-such-article", status: 404 },
    { name: "HEAD of a page", method: "HEAD", path: article, status: 200 },
    { name: "an overlong URL", path: `/articles/${"x".repeat(5000)}`, status: 404 },
    { name: "malformed percent-encoding", path: "/articles/%E0%A4%A", status: 400 },
    { name: "an odd Accept header", path: article, headers: { Accept: "application/x-nonsense;q=2" }, status: 200 },
    {
      name: "an odd Accept-Encoding header",
      path: article,
      headers: { "Accept-Encoding": "zz;q=banana, br;q=-1" },
      status: 200,
    },
    { name: "a query string with HTML", path: `${article}?q=<script>alert(1)</script>`, status: 200 },
    { name: "a 10,000-character query string", path: `${article}?q=${"y".repeat(10_000)}`, status: 200 },
  ];

  for (const { name, method = "GET", path, headers, status } of cases) {
    test(`${name} -> ${status}`, async ({ request }) => {
      const response = await request.fetch(path, { method, headers, maxRedirects: 0 });
      expect(response.status()).toBe(status);
      const body = method === "HEAD" ? "" : await response.text();
      expect(body).not.toContain("<script>alert(1)</script>");
      expect(body).not.toMatch(/at \S+ \(.*:\d+:\d+\)|node_modules/);
    });
  }
});
