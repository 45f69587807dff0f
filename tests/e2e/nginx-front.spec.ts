/**
 * The nginx front (`npm run start:nginx`) against `next start` on the same
 * build: the same status, headers and bytes for every kind of response, and
 * 405 for every method but GET and HEAD. Runs in the nginx-front project only;
 * the tests tagged @front in the other specs run against both servers.
 */
import http from "node:http";

import { BAD_REQUEST, expect, test } from "./site";
import { FRONT_TAG, SERVERS } from "./servers";

type RawResponse = { status: number; headers: [string, string][]; body: Buffer };

/** One request with node:http, which keeps every header as sent (repeated ones too) and the body undecoded. */
function send(
  origin: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname,
        port,
        path,
        method: options.method ?? "GET",
        // Node.js frames a body with neither length nor chunks for DELETE, OPTIONS and TRACE: name its length.
        headers: {
          ...options.headers,
          ...(options.body === undefined ? {} : { "content-length": String(Buffer.byteLength(options.body)) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const headers: [string, string][] = [];
          for (let index = 0; index + 1 < response.rawHeaders.length; index += 2) {
            headers.push([response.rawHeaders[index]?.toLowerCase() ?? "", response.rawHeaders[index + 1] ?? ""]);
          }
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/**
 * Headers that describe the connection and its framing, not the response: each
 * server sets them for itself (nginx sends a length where it knows one, Next.js
 * streams), and nginx always names itself in `Server`.
 */
const CONNECTION_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "server",
]);

const responseHeaders = (response: RawResponse) =>
  response.headers
    .filter(([name]) => !CONNECTION_HEADERS.has(name))
    .map(([name, value]) => `${name}: ${value}`)
    .sort();

const header = (response: RawResponse, name: string) => response.headers.find(([key]) => key === name)?.[1];

const ARTICLE = "/articles/plantar-fasciitis";

test.describe(`the nginx front ${FRONT_TAG}`, () => {
  test("sends exactly the status, headers and bytes that next start sends, gzipped or not, first time and cached", async ({
    request,
  }) => {
    const html = await (await request.get(ARTICLE)).text();
    const stylesheet = /href="(\/_next\/static\/css\/[^"]+\.css)"/.exec(html)?.[1] ?? "";
    expect(stylesheet).not.toBe("");
    // A question no other test asks: the front passes it to Next.js both times, as it never caches a question.
    const search = `/search?q=${encodeURIComponent(`heel pain on waking ${Date.now()}`)}`;
    const paths = [
      ARTICLE,
      "/",
      "/articles/plantar-fasciitis/opengraph-image",
      "/sitemap.xml",
      "/robots.txt",
      stylesheet,
      "/share.js",
      search,
      "/search?q=heel+pain+in+the+morning",
      "/articles/heel-spurs",
      "/no-such-page",
      "/articles/achilles-tendinitis",
      "/articles/Plantar-Fasciitis",
      `${ARTICLE}/`,
    ];
    const compared: string[] = [];
    for (const path of paths) {
      for (const acceptEncoding of ["gzip, deflate, br, zstd", "identity"]) {
        // Twice: the first may fill the front's cache, the second comes from it.
        for (const round of ["first", "second"]) {
          const headers = { "accept-encoding": acceptEncoding };
          const fromNext = await send(SERVERS.nextStart.url, path, { headers });
          const fromFront = await send(SERVERS.nginxFront.url, path, { headers });
          const what = `${path} (${acceptEncoding}, ${round} request)`;
          expect(fromFront.status, what).toBe(fromNext.status);
          expect(responseHeaders(fromFront), what).toEqual(responseHeaders(fromNext));
          expect(fromFront.body.equals(fromNext.body), `${what}: same bytes`).toBe(true);
          compared.push(`${fromNext.status} ${header(fromNext, "content-encoding") ?? "plain"} ${path}`);
        }
      }
    }
    expect(compared).toEqual(
      expect.arrayContaining([`200 gzip ${ARTICLE}`, `200 plain ${search}`, "308 plain /articles/achilles-tendinitis"]),
    );
  });

  test("answers a conditional request with 304 and the same ETag and caching headers", async () => {
    for (const path of [ARTICLE, "/share.js", "/search?q=heel+pain+in+the+morning"]) {
      const first = await send(SERVERS.nextStart.url, path, { headers: { "accept-encoding": "gzip" } });
      const etag = header(first, "etag") ?? "";
      expect(etag, path).not.toBe("");
      const headers = { "accept-encoding": "gzip", "if-none-match": etag };
      const fromNext = await send(SERVERS.nextStart.url, path, { headers });
      const fromFront = await send(SERVERS.nginxFront.url, path, { headers });
      expect([fromNext.status, fromFront.status], path).toEqual([304, 304]);
      expect(fromFront.body.length, path).toBe(0);
      for (const name of ["etag", "cache-control", "content-security-policy", "last-modified"]) {
        expect(header(fromFront, name), `${path}: ${name}`).toBe(header(fromNext, name));
      }
    }
  });

  test("the 400 page for an address Next.js cannot decode is Next.js's, with its headers", async () => {
    const fromNext = await send(SERVERS.nextStart.url, BAD_REQUEST, { headers: { "accept-encoding": "identity" } });
    const fromFront = await send(SERVERS.nginxFront.url, BAD_REQUEST, { headers: { "accept-encoding": "identity" } });
    expect([fromNext.status, fromFront.status]).toEqual([400, 400]);
    expect(responseHeaders(fromFront)).toEqual(responseHeaders(fromNext));
    expect(fromFront.body.toString()).toBe(fromNext.body.toString());
    expect(fromFront.body.toString()).toMatch(/<title[^>]*>Bad request \| Heel Pain Guide<\/title>/);
  });

  test("passes a request for the client router's data to Next.js instead of the cached page", async () => {
    const headers = { rsc: "1", "accept-encoding": "gzip" };
    const fromNext = await send(SERVERS.nextStart.url, ARTICLE, { headers });
    const fromFront = await send(SERVERS.nginxFront.url, ARTICLE, { headers });
    expect(fromNext.status).not.toBe(200);
    expect(fromFront.status).toBe(fromNext.status);
    expect(responseHeaders(fromFront)).toEqual(responseHeaders(fromNext));
  });

  test("method matrix: GET and HEAD as next start answers them, every other method 405 with Allow: GET, HEAD, with a body or without", async () => {
    const paths = [
      ARTICLE,
      "/",
      "/articles/plantar-fasciitis/opengraph-image",
      "/sitemap.xml",
      "/share.js",
      "/search?q=heel+pain",
      "/articles/heel-spurs",
      "/no-such-page",
    ];
    const methods = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "PURGE"];
    const bodies: { name: string; headers: Record<string, string>; body?: string }[] = [
      { name: "no body", headers: {} },
      { name: "a form", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "x=1" },
      { name: "JSON", headers: { "content-type": "application/json" }, body: "{}" },
      { name: "a Server Action call", headers: { "next-action": "abc123" }, body: "[]" },
    ];
    for (const path of paths) {
      for (const method of ["GET", "HEAD"]) {
        const fromNext = await send(SERVERS.nextStart.url, path, { method });
        const fromFront = await send(SERVERS.nginxFront.url, path, { method });
        expect(fromFront.status, `${method} ${path}`).toBe(fromNext.status);
        expect(fromFront.status, `${method} ${path}`).not.toBe(405);
      }
      for (const method of methods) {
        for (const { name, headers, body } of bodies) {
          const response = await send(SERVERS.nginxFront.url, path, { method, headers, body });
          const what = `${method} ${path} with ${name}`;
          expect(response.status, what).toBe(405);
          expect(header(response, "allow"), what).toBe("GET, HEAD");
          expect(header(response, "content-type"), what).toBe("text/plain; charset=utf-8");
          expect(header(response, "content-security-policy"), what).toContain("script-src 'self';");
          expect(header(response, "x-frame-options"), what).toBe("DENY");
          expect(response.body.toString(), what).toBe("Method not allowed. This site only serves pages to read.\n");
        }
      }
    }
  });
});
