import type { NextPageContext } from "next";
import Head from "next/head";

import { Disclaimer } from "@/components/layout/disclaimer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { PAGE_IDS } from "@/lib/content/syntax";
import { SECURITY_HEADERS } from "@/lib/security-headers";

type Props = { statusCode: number };

const MESSAGES: Record<number, { title: string; text: string }> = {
  400: { title: "Bad request", text: "We could not read that web address. It may have been cut short or mistyped." },
  404: { title: "Page not found", text: "We could not find the page you asked for." },
};

/**
 * Next.js answers a request it cannot decode (a malformed percent-encoding
 * such as `/articles/%E0%A4%A`) with this Pages Router error page; an App
 * Router-only project has none, and such requests end as a bare 500
 * (vercel/next.js#92557). Everything else uses app/not-found.tsx.
 */
export default function ErrorPage({ statusCode }: Props) {
  const message = MESSAGES[statusCode] ?? {
    title: "Something went wrong",
    text: "Sorry, this page could not be shown. Please try again later.",
  };
  return (
    <>
      <Head>
        <title>{`${message.title} | Heel Pain Guide`}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <SkipLink />
      <SiteHeader />
      <main id={PAGE_IDS.main} className="hp-main" tabIndex={-1}>
        <h1>{message.title}</h1>
        <p>{message.text}</p>
        <p>
          <a href="/">Go to the Heel Pain Guide home page</a>
        </p>
      </main>
      <footer className="hp-footer">
        <div className="hp-footer__inner">
          <Disclaimer />
        </div>
      </footer>
    </>
  );
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext): Props => {
  // next.config.ts headers are not applied on this path, so send them here.
  for (const { key, value } of SECURITY_HEADERS) res?.setHeader(key, value);
  return { statusCode: res?.statusCode ?? err?.statusCode ?? 500 };
};
