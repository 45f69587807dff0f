import type { GuideChoice } from "@/lib/content/guide-page";

/**
 * `list`: one card under another (the guide's own step). `strip`: on a phone, one row that scrolls sideways,
 * so the home page's article list still starts within its first screens; a grid on wider screens.
 */
type Props = { choices: GuideChoice[]; labelledBy: string; loading: "lazy" | "eager"; layout: "list" | "strip" };

/**
 * Answers as large cards: the whole card is one link, so one tab stop and a
 * big target. The picture's alt is empty on purpose: the card's words name the
 * area, and a screen reader should hear each answer once (content/figures.yaml
 * allows such a picture only here). Width and height reserve its space.
 */
export function WhereCards({ choices, labelledBy, loading, layout }: Props) {
  return (
    <ul className={`hp-where-cards hp-where-cards--${layout}`} aria-labelledby={labelledBy}>
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
