import { Breadcrumbs } from "@/components/article/breadcrumbs";
import { References } from "@/components/article/references";
import { ContentBlocks } from "@/components/content/content-blocks";
import { Figure } from "@/components/content/figure";
import { SectionHeading } from "@/components/content/section-heading";
import { CompactHelp } from "@/components/home/compact-help";
import { TickGrid } from "./tick-grid";
import { WeekTable } from "./week-table";
import { formatShortDate } from "@/lib/dates";
import type { ContentBlock } from "@/lib/content/schema";
import type { ProgrammeView } from "@/lib/content/programme-page";
import { ALL_WARNING_SIGNS_PATH, type Crumb } from "@/lib/site";

type Props = { view: ProgrammeView; breadcrumbs: Crumb[] };

function Section({ id, title, blocks }: { id: string; title: string; blocks: ContentBlock[] }) {
  return (
    <section className="hp-programme__section" aria-labelledby={id}>
      <SectionHeading id={id} title={title}>
        {title}
      </SectionHeading>
      <ContentBlocks blocks={blocks} headingLevel={3} />
    </section>
  );
}

/**
 * One exercise programme: who it is for and not for (with the triage cards),
 * what you need, each option's steps, drawings, week table and tick grid, how
 * it should feel, going up and stepping back, when to stop, and the page's
 * one reference list. Works with JavaScript off; `programme-ticks.js` only
 * keeps the ticks.
 */
export function ProgrammePage({ view, breadcrumbs }: Props) {
  const choose = view.options.length > 1;
  return (
    <>
      <Breadcrumbs items={breadcrumbs} />
      <article className="hp-programme" data-programme={view.slug}>
        <h1>{view.title}</h1>
        <p className="hp-programme__dates">
          Reviewed <time dateTime={view.reviewed}>{formatShortDate(view.reviewed)}</time>. Next review due{" "}
          <time dateTime={view.nextReview}>{formatShortDate(view.nextReview)}</time>.
        </p>
        <ContentBlocks blocks={view.intro} headingLevel={2} />
        <Section id="who-it-is-for" title="Who it is for" blocks={view.forWho} />
        <section className="hp-programme__section hp-programme__not-for" aria-labelledby="not-for">
          <SectionHeading id="not-for" title="Who it is not for: see a doctor first">
            Who it is not for: see a doctor first
          </SectionHeading>
          <ContentBlocks blocks={view.notFor} headingLevel={3} />
          <ContentBlocks blocks={view.notForCards} headingLevel={3} />
        </section>
        <Section id="what-you-need" title="What you need" blocks={view.needs} />
        {choose ? (
          <nav className="hp-programme__choose" aria-label="Options">
            <p>Choose one option and follow its table:</p>
            <ul>
              {view.options.map((option) => (
                <li key={option.id}>
                  <a href={`#${option.id}`}>{option.title}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {view.options.map((option) => (
          <section key={option.id} className="hp-programme__option" aria-labelledby={option.id}>
            <SectionHeading id={option.id} title={option.title}>
              {option.title}
            </SectionHeading>
            <ContentBlocks blocks={option.summary} headingLevel={3} />
            {option.figures.map((figure) => (
              <Figure key={figure.id} figure={figure} loading="lazy" />
            ))}
            <h3 id={`${option.id}-steps`}>How to do it</h3>
            <ContentBlocks blocks={option.steps} headingLevel={3} />
            <WeekTable option={option} />
            <h3 id={`${option.id}-ticks`}>Tick off each session</h3>
            <ContentBlocks blocks={option.ticksNote} headingLevel={3} />
            <TickGrid programme={view.slug} option={option} />
          </section>
        ))}
        <Section id="how-it-should-feel" title="How it should feel" blocks={view.feel} />
        <Section id="going-up" title="When to make it harder" blocks={view.goingUp} />
        <Section id="stepping-back" title="When to step back" blocks={view.steppingBack} />
        <section className="hp-programme__section hp-programme__stop" aria-labelledby="when-to-stop">
          <SectionHeading id="when-to-stop" title="When to stop and get help">
            When to stop and get help
          </SectionHeading>
          {view.help.map(({ level, heading, signs, cards }) => (
            <div key={level}>
              <CompactHelp levels={[{ level, heading, blocks: signs }]} />
              <ContentBlocks blocks={cards} headingLevel={3} />
            </div>
          ))}
          <p className="hp-programme__more">
            <a href={ALL_WARNING_SIGNS_PATH}>All the warning signs in full</a>
          </p>
        </section>
        <p className="hp-programme__read-more">
          Read more: <a href={view.article.href}>{view.article.sectionTitle}</a> ({view.article.articleTitle})
        </p>
        <References references={view.references} />
      </article>
      <script src="/programme-ticks.js" defer />
    </>
  );
}
