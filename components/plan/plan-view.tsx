import { Fragment, type ReactNode } from "react";

import { References } from "@/components/article/references";
import { ContentBlocks } from "@/components/content/content-blocks";
import { CompactHelp } from "@/components/home/compact-help";
import type { CareLevel, PlanText } from "@/lib/content/schema";
import { cardsPart, type PlanPart, signsPart, STAGES, stepRulePart } from "@/lib/plan/plan-parts";
import type { ConditionSources } from "@/lib/plan/plan-sources";
import {
  CONDITION_LABELS,
  formatDistance,
  NUMBER_SLOT,
  type Plan,
  PlanNumber,
  planNumbers,
  WEEKS_PER_HALVING,
} from "@/lib/plan/rules";
import { ALL_WARNING_SIGNS_PATH, articlePath, PLAN_ARTICLE_SLUG } from "@/lib/site";

type Props = { plan: Plan; text: PlanText; sources: ConditionSources; levels: Record<CareLevel, string> };

const LEVELS: readonly CareLevel[] = ["emergency", "urgent", "non-urgent"];

/** How the first walk was worked out, in the reader's numbers. */
function firstWalkSum({ input, firstWalk }: Plan): string {
  const { distance, unit, weeks } = input;
  const usual = formatDistance(distance, unit);
  if (firstWalk.halvings === 0) return `You missed fewer than ${WEEKS_PER_HALVING} weeks, so ${usual} is not halved.`;
  const times = firstWalk.halvings === 1 ? "once" : `${firstWalk.halvings} times`;
  const halved = `${usual} halved ${times} (${weeks} weeks missed)`;
  if (firstWalk.floored) return `${halved} is below 1 km, so the walk is ${formatDistance(firstWalk.distance, unit)}.`;
  return `${halved}, rounded down to the half ${unit === "km" ? "km" : "mile"}.`;
}

/** A step's words with the reader's numbers in place of `{walkGoal}` and the like, each in bold. */
function withNumbers(says: string, plan: Plan): ReactNode[] {
  const numbers = planNumbers(plan);
  // split() with a capture group puts each slot's name at the odd places.
  return says.split(new RegExp(NUMBER_SLOT.source)).map((piece, index) => {
    const number = PlanNumber.safeParse(piece);
    return index % 2 === 1 && number.success ? (
      <strong key={index}>{formatDistance(numbers[number.data], plan.input.unit)}</strong>
    ) : (
      piece
    );
  });
}

/**
 * The reader's plan: the doctor's clearance and care cards first after a
 * stress fracture or a rupture, then the stage table, each number beside its
 * cited rule, the next-morning check on every stage, the stop rule for the
 * condition, when to get help and the references. When to get help gives,
 * level by level, the signs every page shows in a few words (as the home
 * page does), then the condition's own items as a care card in full.
 */
export function PlanView({ plan, text, sources, levels }: Props) {
  const { input } = plan;
  const part = (name: PlanPart) => <ContentBlocks blocks={sources.parts[name] ?? []} headingLevel={3} />;
  const cards = (
    <section className="hp-plan__help" aria-labelledby="plan-get-help">
      <h2 id="plan-get-help">When to get help</h2>
      {LEVELS.map((level) => (
        <Fragment key={level}>
          <CompactHelp levels={[{ level, heading: levels[level], blocks: sources.parts[signsPart(level)] ?? [] }]} />
          {part(cardsPart(level))}
        </Fragment>
      ))}
      <p className="hp-plan__more">
        <a href={ALL_WARNING_SIGNS_PATH}>All the warning signs in full</a>
      </p>
    </section>
  );

  const stages = STAGES.map((id, index) => {
    const stage = text.stages[id];
    const body =
      "steps" in stage ? (
        <>
          {stage.steps.map((step, stepIndex) => (
            <Fragment key={step.says}>
              <p>{withNumbers(step.says, plan)}</p>
              {step.says.includes("{firstWalk}") ? <p className="hp-plan__sum">{firstWalkSum(plan)}</p> : null}
              {part(stepRulePart(id, stepIndex))}
            </Fragment>
          ))}
          {id === "buildUp" ? part("caveat") : null}
        </>
      ) : (
        part("hop")
      );
    return { id, name: `${index + 1}. ${stage.name}`, body };
  });

  return (
    <>
      <p className="hp-plan__summary">
        For a usual run of {formatDistance(input.distance, input.unit)}, {input.weeks}{" "}
        {input.weeks === 1 ? "week" : "weeks"} missed, after: {CONDITION_LABELS[input.condition]}.{" "}
        <a href="#plan-form-heading">Change your numbers</a>
      </p>

      {plan.needsClearance ? (
        <>
          <section className="hp-plan__clearance" aria-labelledby="plan-clearance">
            <h2 id="plan-clearance">Start only when your doctor has said you can start</h2>
            {part("clearance")}
          </section>
          {cards}
        </>
      ) : null}

      {part("intro")}

      <section aria-labelledby="plan-stages">
        <h2 id="plan-stages">Your stages</h2>
        <div className="hp-plan__check">
          <p>
            <strong>Next-morning check, at every stage:</strong>{" "}
          </p>
          {part("nextMorning")}
        </div>
        <table className="hp-plan__table">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">What to do, with the rule and its source</th>
              <th scope="col">{text.nextMorning.question}</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((stage) => (
              <tr key={stage.id} id={`stage-${stage.id}`}>
                <th scope="row">{stage.name}</th>
                <td>{stage.body}</td>
                <td>
                  <span className="hp-plan__cell-label">{text.nextMorning.question} </span>
                  {text.nextMorning.answer}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="hp-plan__stop" aria-labelledby="plan-stop">
        <h2 id="plan-stop">When to stop</h2>
        {part("stopRule")}
        <p className="hp-plan__more">
          More in <a href={`${articlePath(PLAN_ARTICLE_SLUG)}#stop-signs`}>Returning to running: stop signs</a>.
        </p>
      </section>

      {plan.needsClearance ? null : cards}
      <References references={sources.references} />
    </>
  );
}
