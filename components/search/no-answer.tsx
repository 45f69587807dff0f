import { COMPACT_LABELS } from "@/components/home/compact-help";
import type { SafetyNet } from "@/lib/search/engine";
import { articlePath, GUIDE_PATH } from "@/lib/site";

/**
 * Said plainly when no passage answers well enough: never a weak passage dressed up as an answer.
 * A worried reader still leaves with the emergency and same-day signs, the guide and when to see a
 * doctor. The signs carry no `data-care-level`: the question named none of them, so this is a
 * safety net, not a level of care given to this question.
 */
export function NoAnswer({ safetyNet }: { safetyNet: SafetyNet }) {
  return (
    <section className="hp-no-answer" aria-labelledby="no-answer-title">
      <h2 id="no-answer-title">We could not find an answer to that in our articles.</h2>
      <p>Try other words or check the spelling. Our articles are about heel pain in runners.</p>
      <h3 className="hp-no-answer__net-title">Before you go: get help if any of these apply</h3>
      {safetyNet.map(({ level, title, signs }) => (
        <div key={level} className={`hp-compact-help hp-compact-help--${level}`}>
          <p className="hp-compact-help__heading">
            <span className="hp-compact-help__label">{COMPACT_LABELS[level]}:</span> {title}
          </p>
          <ul>
            {signs.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
        </div>
      ))}
      <ul>
        <li>
          <a href={GUIDE_PATH}>Use the guide: where does it hurt?</a>
        </li>
        <li>
          <a href={articlePath("when-to-see-a-doctor")}>Find out when to see a doctor</a>
        </li>
        <li>
          <a href="/">See all our articles</a>
        </li>
      </ul>
    </section>
  );
}
