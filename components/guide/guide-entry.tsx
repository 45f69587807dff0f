import { GUIDE_PATH } from "@/lib/site";

type Props = { heading: string; text: string; headingLevel: 2 | 3 };

/** A box that sends the reader to the "where does it hurt?" guide. */
export function GuideEntry({ heading, text, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <aside className="hp-guide-entry" aria-label={heading}>
      <Heading>{heading}</Heading>
      <p>{text}</p>
      <p>
        <a href={GUIDE_PATH}>Answer a few questions: where does it hurt?</a>
      </p>
    </aside>
  );
}
