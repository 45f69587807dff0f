import { References } from "@/components/article/references";
import { Breadcrumbs } from "@/components/article/breadcrumbs";
import { ContentBlocks } from "@/components/content/content-blocks";
import { SectionHeading } from "@/components/content/section-heading";
import { WhereCards } from "@/components/guide/where-cards";
import { VisuallyHidden } from "@/components/visually-hidden";
import type { GuideView } from "@/lib/content/guide-page";
import type { SectionLink } from "@/lib/content/section-links";
import { GUIDE_PATH, type Crumb } from "@/lib/site";

type Props = { view: GuideView; breadcrumbs: Crumb[] };

/** One page of the "where does it hurt?" guide: a question whose answers are links, or where the answers lead. */
export function GuideStep({ view, breadcrumbs }: Props) {
  return (
    <>
      <Breadcrumbs items={breadcrumbs} />
      <div className="hp-guide">
        {view.kind === "question" ? (
          <QuestionStep view={view} />
        ) : view.kind === "get-help" ? (
          <GetHelpOutcome view={view} />
        ) : (
          <PatternOutcome view={view} />
        )}
        {view.given.length > 0 ? <GivenAnswers view={view} /> : null}
        <References references={view.references} />
      </div>
    </>
  );
}

function QuestionStep({ view }: { view: Extract<GuideView, { kind: "question" }> }) {
  return (
    <>
      {view.isStart ? (
        <>
          <h1 id="guide-title">Where does it hurt?</h1>
          <p className="hp-guide__intro">
            A few quick questions, one at a time. We check for warning signs first. Then we point you to the parts of
            our articles that describe pain like yours. This guide cannot tell you what is wrong: only a doctor can do
            that.
          </p>
          <h2 className="hp-guide__question" id="question">
            {view.title}
          </h2>
        </>
      ) : (
        <h1 className="hp-guide__question" id="question">
          {view.title}
        </h1>
      )}
      {view.carried ? (
        <p className="hp-guide__carried">
          You picked where it hurts most: <strong>{view.carried.summary}</strong>. We will use it once we have asked
          about warning signs.
        </p>
      ) : null}
      <ContentBlocks blocks={view.cards} headingLevel={view.isStart ? 3 : 2} />
      {view.choices.some((answer) => answer.picture) ? (
        <WhereCards choices={view.choices} labelledBy="question" loading="eager" layout="list" />
      ) : (
        <ul className="hp-guide__answers" aria-labelledby="question">
          {view.choices.map((answer) => (
            <li key={answer.href}>
              <a href={answer.href}>{answer.label}</a>
            </li>
          ))}
        </ul>
      )}
      <div className="hp-guide__why">
        <p className="hp-guide__why-label">Why we ask:</p>
        <ContentBlocks blocks={view.why} headingLevel={2} />
      </div>
    </>
  );
}

function GetHelpOutcome({ view }: { view: Extract<GuideView, { kind: "get-help" }> }) {
  return (
    <>
      <h1 id="guide-title">{view.title}</h1>
      <ContentBlocks blocks={view.cards} headingLevel={2} />
      <SectionHeading id="what-to-do-now" title="What to do now">
        What to do now
      </SectionHeading>
      <ContentBlocks blocks={view.whatToDo} headingLevel={3} />
      <p>We have no more questions for you: please get help first.</p>
      <NotADiagnosis />
      <SectionLinks id="read-more" title="Read more" links={view.readMore} />
    </>
  );
}

function PatternOutcome({ view }: { view: Extract<GuideView, { kind: "pattern" }> }) {
  return (
    <>
      <h1 id="guide-title">{view.title}</h1>
      <NotADiagnosis />
      <SectionLinks id="described-in" title="This pattern is often described in" links={view.describedIn} />
      <SectionHeading id="first-steps" title="First steps you can take">
        First steps you can take
      </SectionHeading>
      <ContentBlocks blocks={view.selfCare} headingLevel={3} />
      <SectionHeading id="when-to-get-help" title="When to get help">
        When to get help
      </SectionHeading>
      <ContentBlocks blocks={view.cards} headingLevel={3} />
    </>
  );
}

function NotADiagnosis() {
  return (
    <p className="hp-guide__not-a-diagnosis">
      <strong>A pattern is not a diagnosis.</strong> Many causes of heel pain feel alike, and only a doctor who examines
      you can tell them apart.
    </p>
  );
}

function SectionLinks({ id, title, links }: { id: string; title: string; links: SectionLink[] }) {
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} title={title}>
        {title}
      </SectionHeading>
      <ul className="hp-guide__links">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>
              {link.articleTitle}: {link.sectionTitle}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function GivenAnswers({ view }: { view: GuideView }) {
  return (
    <section className="hp-guide__given" aria-labelledby="your-answers">
      <SectionHeading id="your-answers" title="Your answers">
        Your answers
      </SectionHeading>
      <p>You told us: {view.given.map((answer) => answer.summary).join("; ")}.</p>
      <ul>
        {view.given.map((answer) => (
          <li key={answer.changeHref}>
            {answer.question} <strong>{answer.summary}</strong>{" "}
            <a href={answer.changeHref}>
              Change<VisuallyHidden> your answer to: {answer.question}</VisuallyHidden>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={GUIDE_PATH}>Start again</a>
      </p>
    </section>
  );
}
