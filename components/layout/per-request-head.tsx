import Head from "next/head";

import { SITE } from "@/lib/site";

/**
 * The `<head>` of a page rendered per request by the Pages Router (search,
 * the article 404, the 400 page): never indexed, light and dark, the site
 * icon, and a description for link previews. The App Router writes these for
 * every other page from `pageMetadata`.
 */
export function PerRequestHead({ title, description }: { title: string; description: string }) {
  return (
    <Head>
      <title>{`${title} | ${SITE.name}`}</title>
      <meta name="description" content={description} />
      <meta name="robots" content="noindex" />
      <meta name="color-scheme" content="light dark" />
      {/* Without it browsers ask for /favicon.ico, a 404. */}
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
    </Head>
  );
}
