import type { NextPageContext } from "next";

import { PageShell } from "@/components/layout/page-shell";
import { PerRequestHead } from "@/components/layout/per-request-head";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { SITE } from "@/lib/site";

type Props = { statusCode: number };

// Only the 400 is reachable: Next.js sends 404s to the App Router's not-found page first.
const BAD_REQUEST = {
  title: "Bad request",
  text: "We could not read that web address. It may have been cut short or mistyped.",
};
const OTHER_ERROR = {
  title: "Something went wrong",
  text: "Sorry, this page could not be shown. Please try again later.",
};

/**
 * The page needs no JavaScript, so Next.js leaves out the Pages Router
 * runtime (about 90 KB) and the inline `__NEXT_DATA__`, which the site's CSP
 * would block. Like /search and the article 404, it is rendered per request
 * (scripts/strip-framework-runtime/per-request-routes.ts).
 */
export const config = { unstable_runtimeJS: false };

/**
 * Next.js answers a request it cannot decode (a malformed percent-encoding
 * such as `/articles/%E0%A4%A`) with this Pages Router error page; an App
 * Router-only project has none, and such requests end as a bare 500
 * (vercel/next.js#92557). Everything else uses app/not-found.tsx.
 */
export default function ErrorPage({ statusCode }: Props) {
  const message = statusCode === 400 ? BAD_REQUEST : OTHER_ERROR;
  return (
    <>
      <PerRequestHead title={message.title} description={message.text} />
      <PageShell>
        <h1>{message.title}</h1>
        <p>{message.text}</p>
        <p>
          <a href="/">Go to the {SITE.name} home page</a>
        </p>
      </PageShell>
    </>
  );
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext): Props => {
  // next.config.ts headers are not applied on this path, so send them here.
  for (const { key, value } of SECURITY_HEADERS) res?.setHeader(key, value);
  return { statusCode: res?.statusCode ?? err?.statusCode ?? 500 };
};
