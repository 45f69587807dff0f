import { NextResponse, type NextRequest } from "next/server";

/**
 * The site only serves documents: anything but GET or HEAD gets 405 with an
 * `Allow` header, on every route. Without this, a POST with a form body makes
 * Next.js render a prerendered page again, per request, with its full client
 * runtime (about 160 KB, and a second or more on a cold start), and a
 * multipart POST gets 409 "Server Action unavailable".
 */
export function proxy(request: NextRequest) {
  if (request.method === "GET" || request.method === "HEAD") return NextResponse.next();
  return new NextResponse("Method not allowed. This site only serves pages to read.\n", {
    status: 405,
    headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * Running the proxy on every request cost about 30% of throughput (commit
 * f2eb46e), so it runs only for requests that carry a body or claim another
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
