import type { AppProps } from "next/app";

import "../app/globals.css";

/** Gives the Pages Router error page (pages/_error.tsx) the site's stylesheet. */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
