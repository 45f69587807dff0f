import { NextResponse, type NextRequest } from "next/server";

import { ALLOW_HEADER, ALLOWED_METHODS, METHOD_NOT_ALLOWED } from "./lib/allowed-methods";

const allowed: ReadonlySet<string> = new Set(ALLOWED_METHODS);

/**
 * The site only serves documents: a request the matcher below lets through
 * gets 405 with an `Allow` header unless it is a GET or HEAD. Without this, a
 * POST with a form body makes Next.js render a prerendered page again, per
 * request, with its full client runtime (about 160 KB, and a second or more on
 * a cold start), and a multipart POST gets 409 "Server Action unavailable".
 * The nginx front (`npm run start:nginx`) sends the same 405 for every method
 * but GET and HEAD, bodiless ones included, before a request reaches Next.js.
 */
export function proxy(request: NextRequest) {
  if (allowed.has(request.method)) return NextResponse.next();
  return new NextResponse(METHOD_NOT_ALLOWED.body, {
    status: 405,
    headers: { Allow: ALLOW_HEADER, "Content-Type": METHOD_NOT_ALLOWED.contentType },
  });
}

/**
 * Running the proxy on every request cost 55% of throughput (README,
 * "Request methods"), so it runs only for requests that carry a body or claim another
 * method: a GET from a browser, crawler or CDN sends none of these headers,
 * and pays only for Next.js checking them. Every request that could make
 * Next.js render a page per request carries a body (see the README,
 * "Request methods"). A bodiless PUT, DELETE or OPTIONS skips the proxy and
 * gets Next.js's own cheap answer.
 *
 * Next.js reads the matcher at build time, so it must be literal objects.
 */
export const config = {
  matcher: [
    { source: "/:path*", has: [{ type: "header", key: "content-length" }] },
    { source: "/:path*", has: [{ type: "header", key: "transfer-encoding" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type" }] },
    // A Server Action call names its action here.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "x-http-method-override" }] },
  ],
};
