import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Pages link with plain <a>: every page is a prerendered document, so a full
      // navigation is as fast as a client-side one, needs no prefetch traffic and
      // behaves the same with JavaScript off.
      "@next/next/no-html-link-for-pages": "off",
    },
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
