import { BAD_REQUEST, expect, NOT_FOUND, test } from "./site";

// Every page's headers, cookies, requests and CSP are checked by crawl.spec.ts; these are the other kinds of route.
test("images, the sitemap and robots.txt send the security headers and no X-Powered-By @front", async ({ request }) => {
  for (const route of [
    "/sitemap.xml",
    "/robots.txt",
    "/opengraph-image",
    "/articles/plantar-fasciitis/opengraph-image",
    "/icon.svg",
    "/figures/heel-drops-step-or-floor.svg",
  ]) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, route).toContain("default-src 'self'");
    expect(csp, route).toContain("frame-ancestors 'none'");
    expect(csp, route).toContain("script-src 'self';");
    expect(csp, route).not.toContain("unsafe-");
    expect(headers["x-content-type-options"], route).toBe("nosniff");
    expect(headers["referrer-policy"], route).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], route).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers["x-powered-by"], route).toBeUndefined();
    expect(headers["set-cookie"], route).toBeUndefined();
  }
});

test("the browser-problem watcher catches a blocked inline script, a console error and an exception", async ({
  page,
  browserProblems,
}) => {
  await page.goto(ARTICLE);
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

const ARTICLE = "/articles/plantar-fasciitis";

test.describe("a request with a body, or a Server Action call, gets 405 with Allow: GET, HEAD, on every route", () => {
  const form = { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: "x=1" };
  const cases: { name: string; method: string; path: string; options?: object }[] = [
    // Before proxy.ts, this rendered the article again per request, with the framework runtime (162 KB).
    { name: "a form POST to an article", method: "POST", path: ARTICLE, options: form },
    // Before proxy.ts: 409 "Server Action unavailable".
    { name: "a multipart POST to the home page", method: "POST", path: "/", options: { multipart: { x: "1" } } },
    { name: "a Server Action call", method: "POST", path: "/", options: { headers: { "Next-Action": "abc123" } } },
    { name: "a PUT to an article", method: "PUT", path: ARTICLE, options: { data: "{}" } },
    { name: "a DELETE with a body", method: "DELETE", path: ARTICLE, options: { data: "{}" } },
    { name: "a PATCH to the home page", method: "PATCH", path: "/", options: form },
    { name: "a POST to an unknown page", method: "POST", path: NOT_FOUND, options: form },
    { name: "a POST to the sitemap", method: "POST", path: "/sitemap.xml", options: form },
    { name: "a POST to the share script", method: "POST", path: "/share.js", options: form },
    { name: "an OPTIONS with a body", method: "OPTIONS", path: ARTICLE, options: form },
  ];

  for (const { name, method, path, options } of cases) {
    test(`${name} @front`, async ({ request }) => {
      const response = await request.fetch(path, { method, maxRedirects: 0, ...options });
      expect(response.status()).toBe(405);
      expect(response.headers().allow).toBe("GET, HEAD");
      expect(response.headers()["content-security-policy"]).toContain("script-src 'self';");
      expect(await response.text()).toBe("Method not allowed. This site only serves pages to read.\n");
    });
  }

  test("a DELETE without a body skips the proxy and gets the prerendered page, never a render", async ({ baseURL }) => {
    // The proxy's matcher sees headers, not the method, so a bodiless request looks like a GET to it; Next.js
    // then serves the prerendered page (see proxy.ts). fetch() sends no Content-Length on a bodiless DELETE.
    // Not tagged @front: the nginx front answers it with 405 (the method matrix in nginx-front.spec.ts).
    const response = await fetch(new URL(ARTICLE, baseURL), { method: "DELETE" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1");
    expect(html).not.toContain("__next_f");
  });

  test("GET and HEAD still get the page @front", async ({ request }) => {
    expect((await request.get(ARTICLE)).status()).toBe(200);
    expect((await request.head(ARTICLE)).status()).toBe(200);
  });
});

test.describe("bad requests get a proper answer, never a 500 @front", () => {
  const cases: { name: string; path: string; headers?: Record<string, string>; status: number }[] = [
    { name: "an overlong URL", path: `/articles/${"x".repeat(5000)}`, status: 404 },
    { name: "malformed percent-encoding", path: BAD_REQUEST, status: 400 },
    { name: "an odd Accept header", path: ARTICLE, headers: { Accept: "application/x-nonsense;q=2" }, status: 200 },
    {
      name: "an odd Accept-Encoding header",
      path: ARTICLE,
      headers: { "Accept-Encoding": "zz;q=banana, br;q=-1" },
      status: 200,
    },
    { name: "a query string with HTML", path: `${ARTICLE}?q=<script>alert(1)</script>`, status: 200 },
    { name: "a 10,000-character query string", path: `${ARTICLE}?q=${"y".repeat(10_000)}`, status: 200 },
  ];

  for (const { name, path, headers, status } of cases) {
    test(`${name} -> ${status}`, async ({ request }) => {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status()).toBe(status);
      const body = await response.text();
      expect(body).not.toContain("<script>alert(1)</script>");
      expect(body).not.toMatch(/at \S+ \(.*:\d+:\d+\)|node_modules/);
    });
  }
});
