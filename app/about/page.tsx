import type { Metadata } from "next";

import { SectionHeading } from "@/components/content/section-heading";
import { JsonLd } from "@/components/json-ld";
import { pageMetadata } from "@/lib/metadata";
import { SITE } from "@/lib/site";
import { aboutGraph } from "@/lib/structured-data";

const TITLE = "About us and our editorial policy";
const DESCRIPTION =
  "How Heel Pain Guide articles are written, sourced, checked, reviewed and corrected, and why the site has no ads, tracking or cookies.";

export const metadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: "/about" });

const SECTIONS = [
  { id: "how-we-write", title: "How we write" },
  { id: "how-we-source", title: "Where our facts come from" },
  { id: "how-we-review", title: "How we check and review" },
  { id: "privacy", title: "No ads, no tracking, no cookies" },
  { id: "not-medical-advice", title: "Not medical advice" },
  { id: "report-an-error", title: "Report an error" },
] as const;

type SectionId = (typeof SECTIONS)[number]["id"];

const BODY: Record<SectionId, React.ReactNode> = {
  "how-we-write": (
    <>
      <p>
        We write for runners whose heel hurts, often reading on a phone. Each article opens with a short answer, then
        explains in plain US English, at about an eighth-grade reading level. We explain medical words the first time we
        use them.
      </p>
      <p>We do not diagnose, give medicine doses, or promise a cure. Where the research is unsure, we say so.</p>
    </>
  ),
  "how-we-source": (
    <>
      <p>
        Every fact, number and treatment claim in an article links to a numbered reference at the end of that page. We
        use research papers, clinical guidelines and the public health pages of bodies such as the NHS, NICE and Mayo
        Clinic. We link each source at its original home: its DOI, PubMed or PMC record, or the publisher&apos;s own
        website. We never link to copies.
      </p>
      <p>We write every sentence ourselves. We do not copy text from our sources.</p>
    </>
  ),
  "how-we-review": (
    <>
      <p>
        &ldquo;Last reviewed&rdquo; on an article is the dateldquo;Reviewed &ldquo;Last reviewed&rdquo; on an article is
        the daterdquo; on an article is the date our editorial team last checked that page against the sources it cites.
        It does not mean a named doctor reviewed it, and we do not show reviewers, credentials or testimonials that we
        cannot stand behind.
      </p>
      <p>
        Each article also shows when its next review is due. Our publishing system will not build the site while any
        article is past that date, so an overdue article cannot be published again until it has been checked.
      </p>
    </>
  ),
  privacy: (
    <p>
      This site has no ads, no analytics, no trackers and no cookies. Every file comes from our own server: no
      third-party fonts, scripts or images. We do not know who you are or what you read.
    </p>
  ),
  "not-medical-advice": (
    <p>
      Our articles are general information. They cannot tell what is wrong with your heel, and they do not replace a
      doctor, physical therapist or podiatrist who can examine you. The disclaimer at the foot of every page says what
      to do if you think you have a serious injury.
    </p>
  ),
  "report-an-error": (
    <>
      <p>
        If you think something on this site is wrong, out of date or hard to understand, please tell us. Email{" "}
        <a href={`mailto:${SITE.contactEmail}`}>{SITE.contactEmail}</a> with the page address and what you think is
        wrong. A link to a source helps.
      </p>
      <p>We check every report against the sources. When we fix a fact, we update the page and its review date.</p>
    </>
  ),
};

export default function AboutPage() {
  return (
    <div className="hp-about">
      <JsonLd graph={aboutGraph(TITLE, DESCRIPTION)} />
      <h1>About {SITE.name}</h1>
      <p className="hp-about__intro">
        {SITE.name} explains heel pain after running: what usually causes it, what helps, and when to get help. This
        page sets out how we write, source, check and correct our articles.
      </p>
      {SECTIONS.map(({ id, title }) => (
        <section key={id} aria-labelledby={id}>
          <SectionHeading id={id} title={title}>
            {title}
          </SectionHeading>
          {BODY[id]}
        </section>
      ))}
    </div>
  );
}
