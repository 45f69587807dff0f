import type { GetServerSideProps } from "next";

import { References } from "@/components/article/references";
import { CareCard } from "@/components/content/care-card";
import { SectionHeading } from "@/components/content/section-heading";
import { PerRequestHead } from "@/components/layout/per-request-head";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { AnswerCard } from "@/components/search/answer-card";
import { NoAnswer } from "@/components/search/no-answer";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import type { CareCardBlock, CitedReference } from "@/lib/content/schema";
import { PAGE_IDS } from "@/lib/content/syntax";
import { READER_INPUT_CACHE_CONTROL } from "@/lib/per-request-cache";
import type { Answer, Hit, SafetyNet } from "@/lib/search/engine";
import { searchEngine } from "@/lib/search/load-index";
import { MAX_QUERY_LENGTH, readAbout, readQuery } from "@/lib/search/query";

/**
 * /search?q= is rendered per request by the Pages Router, not the App Router:
 * an App Router page that reads searchParams ships the React runtime and
 * inline RSC scripts, which our CSP (script-src 'self') blocks, while a Pages
 * Router page with runtime JS turned off sends plain HTML with no script at
 * all (measured in ../shared/reviews/search-ask-guide-research.md, section 5).
 * tests/e2e/search.spec.ts fails if a <script> ever appears, since the flag
 * is marked unstable. The flag applies to production builds only.
 */
export const config = { unstable_runtimeJS: false };

type Props = {
  query: string;
  cut: boolean;
  answer: Answer | null;
  /** Results other than the answer. */
  hits: Hit[];
  cards: CareCardBlock[];
  references: CitedReference[];
  safetyNet: SafetyNet;
};

// The query is never logged or stored: nothing here writes it anywhere but into this response.
export const getServerSideProps: GetServerSideProps<Props> = async ({ query: params, res }) => {
  res.setHeader("Cache-Control", READER_INPUT_CACHE_CONTROL);
  const engine = searchEngine();
  const { safetyNet } = engine;
  const { query, cut } = readQuery(params.q);
  if (!query) return { props: { query, cut, answer: null, hits: [], cards: [], references: [], safetyNet } };

  const outcome = engine.search(query, { about: readAbout(params.about, engine.slugs) });
  const { cards, references } = engine.redFlagCards(outcome.redFlags);
  const hits = outcome.answer ? outcome.hits.slice(1) : outcome.hits;
  return { props: { query, cut, answer: outcome.answer ?? null, hits, cards, references, safetyNet } };
};

export default function SearchPage({ query, cut, answer, hits, cards, references, safetyNet }: Props) {
  const warning = cards.some((card) => card.level !== "non-urgent");
  const cardsTitle = warning
    ? "Your question mentions a warning sign"
    : "Your question mentions a reason to see a doctor";
  return (
    <>
      <PerRequestHead
        title={query ? `Search: ${query}` : "Search or ask a question"}
        description="Answers quoted from our reviewed, sourced articles on heel pain after running, warning signs first."
      />
      <SkipLink />
      <SiteHeader />
      <main id={PAGE_IDS.main} className="hp-main hp-search" tabIndex={-1}>
        <h1>{query ? "Search results" : "Search or ask a question"}</h1>
        <SearchForm
          id="search-page"
          label="Search or ask a question"
          landmark="Search again"
          button="Search"
          query={query}
          className="hp-search-form"
        />
        {cut ? (
          <p className="hp-search__note">Your question was long, so we used its first {MAX_QUERY_LENGTH} characters.</p>
        ) : null}

        {query ? null : (
          <p>
            Ask in your own words, for example &ldquo;how long does plantar fasciitis last&rdquo;. We answer only with
            text quoted from our reviewed articles, and show where it comes from.
          </p>
        )}

        {cards.length > 0 ? (
          <section className="hp-search__help" aria-labelledby="get-help">
            <SectionHeading id="get-help" title={cardsTitle}>
              {cardsTitle}
            </SectionHeading>
            {cards.map((card) => (
              <CareCard key={card.id} card={card} headingLevel={3} />
            ))}
          </section>
        ) : null}

        {answer ? <AnswerCard answer={answer} /> : query ? <NoAnswer safetyNet={safetyNet} /> : null}
        <SearchResults hits={hits} title={answer ? "More from our articles" : "Places in our articles that match"} />
        <References references={references} />
      </main>
      <SiteFooter />
    </>
  );
}
