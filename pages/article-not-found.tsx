import type { GetServerSideProps } from "next";

import { PageShell } from "@/components/layout/page-shell";
import { PerRequestHead } from "@/components/layout/per-request-head";
import { NotFoundHelp } from "@/components/not-found/not-found-help";
import { READS_CONTENT_LIVE } from "@/lib/content/live";
import { siteOutline } from "@/lib/not-found/outline";
import { findArticleSlug, suggestPages, type Suggestion } from "@/lib/not-found/suggest";
import { PER_REQUEST_CACHE_CONTROL } from "@/lib/per-request-cache";
import { readQuery } from "@/lib/search/query";
import { articlePath } from "@/lib/site";

/**
 * next.config.ts rewrites every /articles/<slug> that names no article here,
 * so the 404 can offer the pages closest to what was typed. Like /search, it
 * is a Pages Router page with the runtime turned off: plain HTML, no script
 * (tests/e2e/not-found.spec.ts fails if one appears).
 */
export const config = { unstable_runtimeJS: false };

type Props =
  { kind: "not-found"; suggestions: Suggestion[]; searchText: string } | { kind: "new-article"; href: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ query, res }) => {
  res.setHeader("Cache-Control", PER_REQUEST_CACHE_CONTROL);
  // The slug is read like a search query: cut to a bounded length, controls removed, never used as a path.
  const { query: requested } = readQuery(query.slug);
  const outline = siteOutline();
  const slug = findArticleSlug(requested, outline);
  // Only in `next dev`, which reads content afresh: Next.js lists a new article's route in the background after its
  // first request and turns that request down. A redirect to the same address could loop, so this page reloads it.
  if (slug === requested && READS_CONTENT_LIVE) {
    res.statusCode = 503;
    res.setHeader("Retry-After", "1");
    res.setHeader("Refresh", `1; url=${articlePath(slug)}`);
    return { props: { kind: "new-article", href: articlePath(slug) } };
  }
  // Same article, other letter case (or a former slug in it): a permanent redirect (308) to its one address.
  if (slug) return { redirect: { destination: articlePath(slug), permanent: true } };

  res.statusCode = 404;
  return {
    props: {
      kind: "not-found",
      suggestions: suggestPages(requested, outline),
      searchText: requested.replace(/[-_.+]+/g, " ").trim(),
    },
  };
};

export default function ArticleNotFound(props: Props) {
  if (props.kind === "new-article") {
    return (
      <>
        <PerRequestHead title="New article" description="The development server is adding this new article." />
        <PageShell>
          <h1>New article</h1>
          <p>
            The development server is adding this article. It opens in a moment; if not,{" "}
            <a href={props.href}>reload the article</a>.
          </p>
        </PageShell>
      </>
    );
  }
  const { suggestions, searchText } = props;
  return (
    <>
      <PerRequestHead
        title="Page not found"
        description="We could not find that article. Here are the closest pages, a search and the guide."
      />
      <PageShell>
        <NotFoundHelp suggestions={suggestions} searchText={searchText} />
      </PageShell>
    </>
  );
}
