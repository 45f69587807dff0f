import { NextResponse, type NextRequest } from "next/server";

/**
 * The site only serves documents: anything but GET or HEAD gets 405 with an
 * `Allow` header. Without this, Next.js answers POST, PUT or DELETE to a
 * prerendered page with the page itself and status 200. Static assets
 * (`/_next/static`) skip it.
 */
export function proxy(request: NextRequest) {
  if (request.method === "GET" || request.method === "HEAD") return NextResponse.next();
  return new NextResponse("Method not allowed. This site only serves pages to read.\n", {
    status: 405,
    headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
  });
}

export const config = { matcher: "/((?!_next/static).*)" };
