import type { AppProps } from "next/app";

import "../app/globals.css";

/** Gives the Pages Router pages (the 400 page, /search and the article 404) the site's stylesheet. */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
