import { VisuallyHidden } from "@/components/visually-hidden";
import type { ProgrammeOptionView } from "@/lib/content/programme-page";

type Props = { programme: string; option: ProgrammeOptionView };

/**
 * An empty box for every session, one row a week: on paper it is the tick
 * sheet. On screen the boxes are plain checkboxes; `public/programme-ticks.js`
 * keeps them in this browser and shows the note and the clear button, which
 * stay hidden without it, so nothing promises to keep ticks it cannot keep.
 */
export function TickGrid({ programme, option }: Props) {
  const weeks = Array.from({ length: option.totalWeeks }, (_, index) => index + 1);
  const sessions = Array.from({ length: option.sessionsPerWeek }, (_, index) => index + 1);
  return (
    <div
      className={option.sessionsPerWeek > 7 ? "hp-ticks" : "hp-ticks hp-ticks--narrow"}
      data-ticks={`${programme}/${option.id}`}
    >
      {weeks.map((week) => (
        <fieldset key={week} className="hp-ticks__week">
          <legend>Week {week}</legend>
          {sessions.map((session) => (
            <label key={session} className="hp-ticks__box">
              <input type="checkbox" name={`${option.id}-w${week}-s${session}`} />
              <span aria-hidden="true">{session}</span>
              <VisuallyHidden>
                Week {week}, session {session}
              </VisuallyHidden>
            </label>
          ))}
        </fieldset>
      ))}
      <div className="hp-ticks__saved" hidden>
        <p>Your ticks are kept in this browser only. They never leave your device.</p>
        <button type="button" className="hp-ticks__clear">
          Clear all ticks
        </button>
      </div>
      <p className="hp-ticks__status" role="status"></p>
    </div>
  );
}
