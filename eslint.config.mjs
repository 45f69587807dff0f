import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The build strips the React/Next.js client runtime from every page, so anything that needs it works in
// `next dev` and is dead in production.
const WHY = "Pages ship no framework JavaScript: see README.md#why-pages-ship-no-javascript.";

const NO_CLIENT_DIRECTIVES = [
  {
    selector: "ExpressionStatement[directive='use client']",
    message: `Client components are never hydrated. Use a server component, and public/ for behaviour. ${WHY}`,
  },
  {
    selector: "ExpressionStatement[directive='use server']",
    message: `Server Actions need a POST and the client runtime; the site accepts no data. ${WHY}`,
  },
];

// Only lib/content/html.ts gives the SanitizedHtml brand, to its sanitiser's output; a cast elsewhere would forge it.
const MINTS_ELSEWHERE = "Only lib/content/html.ts makes SanitizedHtml, from its sanitiser's output; do not cast to it.";
const NO_SANITIZED_HTML_CASTS = ["TSAsExpression", "TSTypeAssertion"].map((node) => ({
  selector: `${node}[typeAnnotation.typeName.name='SanitizedHtml']`,
  message: MINTS_ELSEWHERE,
}));

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Pages link with plain <a>: every page is a prerendered document, so a full
      // navigation is as fast as a client-side one, needs no prefetch traffic and
      // behaves the same with JavaScript off.
      "@next/next/no-html-link-for-pages": "off",
      // Figures are the site's own small SVG files (components/content/figure.tsx). next/image
      // cannot optimise SVG and writes an inline style attribute, which the CSP (style-src 'self') blocks.
      "@next/next/no-img-element": "off",
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next/link", message: `Use a plain <a href>. ${WHY}` },
            { name: "next/script", message: `Put the script in public/ and allow it in the strip. ${WHY}` },
            { name: "next/form", message: `Use a plain <form> that submits with GET. ${WHY}` },
            {
              name: "next/navigation",
              // notFound() runs on the server, at build time.
              allowImportNames: ["notFound"],
              message: `Its hooks and client redirects need the client router; pass what a page knows as props. ${WHY}`,
            },
            { name: "next/router", message: `The Pages Router's client router. ${WHY}` },
          ],
        },
      ],
      "no-restricted-syntax": ["error", ...NO_CLIENT_DIRECTIVES, ...NO_SANITIZED_HTML_CASTS],
    },
  },
  {
    files: ["lib/content/html.ts"],
    rules: { "no-restricted-syntax": ["error", ...NO_CLIENT_DIRECTIVES] },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "bench/tmp/**",
    ],
  },
];

export default config;
