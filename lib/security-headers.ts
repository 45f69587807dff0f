/**
 * Response headers for every route (next.config.ts), and for the one page
 * Next.js renders outside its header rules (pages/_error.tsx).
 *
 * Next.js writes its bootstrap and page data as inline scripts, and nonces
 * would force every page to render per request, so scripts are limited to
 * our own origin plus inline; `unsafe-eval` is never allowed, and nothing
 * may load from another origin.
 */
export const SECURITY_HEADERS = [
  {
    // https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
  // https://developer.mozilla.org/docs/Web/HTTP/Headers/X-Content-Type-Options
  { key: "X-Content-Type-Options", value: "nosniff" },
  // https://developer.mozilla.org/docs/Web/HTTP/Headers/Referrer-Policy
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // https://developer.mozilla.org/docs/Web/HTTP/Headers/Permissions-Policy
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  // https://developer.mozilla.org/docs/Web/HTTP/Headers/X-Frame-Options (for browsers without frame-ancestors)
  { key: "X-Frame-Options", value: "DENY" },
] as const;
