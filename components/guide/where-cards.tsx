import type { GuideChoice } from "@/lib/content/guide-page";

type Props = { choices: GuideChoice[]; labelledBy: string; loading: "lazy" | "eager" };

/**
 * Answers as large cards: the whole card is one link, so one tab stop and a
 * big target. The picture's alt is empty on purpose: the card's words name the
 * area, and a screen reader should hear each answer once (content/figures.yaml
 * allows such a picture only here). Width and height reserve its space.
 */
export function WhereCards({ choices, labelledBy, loading }: Props) {
  return (
    <ul className="hp-where-cards" aria-labelledby={labelledBy}>
      {choices.map((choice) => (
        <li key={choice.href}>
          <a className="hp-where-card" href={choice.href}>
            {choice.picture ? (
              <img
                className="hp-where-card__picture"
                src={choice.picture.src}
                alt=""
                width={choice.picture.width}
                height={choice.picture.height}
                loading={loading}
                decoding="async"
              />
            ) : null}
            <span className="hp-where-card__label">{choice.label}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
