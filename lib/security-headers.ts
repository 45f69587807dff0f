/**
 * Response headers for every route (next.config.ts), and for the one page
 * Next.js renders outside its header rules (pages/_error.tsx).
 *
 * Nothing may load from another origin, and no inline script or style may
 * run: the prerendered pages carry no inline script once the build has
 * stripped the Next.js client runtime (scripts/strip-framework-runtime.ts), and
 * the stylesheet is a file. Only `next dev`, whose tooling needs inline and
 * eval'd scripts, gets a looser policy; it never reaches production.
 */
const DEVELOPMENT = process.env.NODE_ENV === "development";

export const SECURITY_HEADERS = [
  {
    // https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      DEVELOPMENT ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : "script-src 'self'",
      DEVELOPMENT ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
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
