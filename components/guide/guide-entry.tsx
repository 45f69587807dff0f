import { GUIDE_PATH } from "@/lib/site";

type Props = { id: string; heading: string; text: string; headingLevel: 2 | 3 };

/** A box that sends the reader to the "where does it hurt?" guide. Its heading has an id, so it can be linked to. */
export function GuideEntry({ id, heading, text, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <aside className="hp-guide-entry" aria-labelledby={id}>
      <Heading id={id}>{heading}</Heading>
      <p>{text}</p>
      <p>
        <a href={GUIDE_PATH}>Answer a few questions: where does it hurt?</a>
      </p>
    </aside>
  );
}
