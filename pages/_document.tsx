import { Head, Html, Main, NextScript } from "next/document";

import { SITE } from "@/lib/site";

/**
 * Sets the language of the Pages Router error page, as the root layout does
 * for every other page. NextScript renders nothing in production, because the
 * page sets `unstable_runtimeJS: false`; `next dev` still needs it.
 */
export default function Document() {
  return (
    <Html lang={SITE.language}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
