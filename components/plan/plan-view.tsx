import { Fragment, type ReactNode } from "react";

import { References } from "@/components/article/references";
import { ContentBlocks } from "@/components/content/content-blocks";
import { CompactHelp } from "@/components/home/compact-help";
import type { CareLevel } from "@/lib/content/schema";
import type { ConditionSources } from "@/lib/plan/plan-sources";
import { cardsPart, type PlanPart, signsPart } from "@/lib/plan/plan-text";
import { CONDITION_LABELS, formatDistance, type Plan, WEEKS_PER_HALVING } from "@/lib/plan/rules";
import { ALL_WARNING_SIGNS_PATH, articlePath, PLAN_ARTICLE_SLUG } from "@/lib/site";

type Props = { plan: Plan; sources: ConditionSources; levels: Record<CareLevel, string> };

const LEVELS: readonly CareLevel[] = ["emergency", "urgent", "non-urgent"];

/** The next-morning check's answer in every stage's row; the column heading asks the question. */
const NEXT_MORNING = "Yes: move on. No: stay at this stage.";

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

/**
 * The reader's plan: the doctor's clearance and care cards first after a
 * stress fracture or a rupture, then the stage table, each number beside its
 * cited rule, the next-morning check on every stage, the stop rule for the
 * condition, when to get help and the references. When to get help gives,
 * level by level, the signs every page shows in a few words (as the home
 * page does), then the condition's own items as a care card in full.
 */
export function PlanView({ plan, sources, levels }: Props) {
  const { input } = plan;
  const part = (name: PlanPart) => <ContentBlocks blocks={sources.parts[name] ?? []} headingLevel={3} />;
  const distance = (value: number) => <strong>{formatDistance(value, input.unit)}</strong>;
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

  const stages: { id: string; name: string; body: ReactNode }[] = [
    {
      id: "walk",
      name: "1. Walk",
      body: (
        <>
          <p>First walk: {distance(plan.firstWalk.distance)}.</p>
          <p className="hp-plan__sum">{firstWalkSum(plan)}</p>
          {part("firstWalk")}
          <p>
            Build up to walking {distance(plan.walkGoal)} without pain, and a bike ride of {distance(plan.bikeRide)}.
          </p>
          {part("walkGoal")}
        </>
      ),
    },
    { id: "hop", name: "2. Hop check", body: part("hop") },
    {
      id: "walk-run",
      name: "3. Walk and jog",
      body: (
        <>
          <p>
            Cover {distance(plan.walkGoal)}, switching between about {distance(plan.block)} of jogging and{" "}
            {distance(plan.block)} of walking.
          </p>
          {part("walkRun")}
        </>
      ),
    },
    {
      id: "run",
      name: "4. Run",
      body: (
        <>
          <p>Jog {distance(plan.walkGoal)} without stopping.</p>
          {part("continuous")}
        </>
      ),
    },
    {
      id: "build-up",
      name: "5. Build up",
      body: (
        <>
          <p>
            Keep any single run within 10% of your longest run of the last 30 days. After a run of{" "}
            {distance(plan.walkGoal)}, make your next run at most {distance(plan.nextRunCeiling)} (rounded down to the
            tenth).
          </p>
          {part("ceiling")}
          {part("ceilingCaveat")}
        </>
      ),
    },
  ];

  return (
    <>
      <p className="hp-plan__summary">
        For a usual run of {formatDistance(input.distance, input.unit)}, {input.weeks}{" "}
        {input.weeks === 1 ? "week" : "weeks"} missed, after: {CONDITION_LABELS[input.condition].toLowerCase()}.{" "}
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
            <strong>Next-morning check, at every stage:</strong>
          </p>
          {part("nextMorning")}
        </div>
        <table className="hp-plan__table">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">What to do, with the rule and its source</th>
              <th scope="col">Next morning no more pain, stiffness or swelling than before?</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((stage) => (
              <tr key={stage.id} id={`stage-${stage.id}`}>
                <th scope="row">{stage.name}</th>
                <td>{stage.body}</td>
                <td>{NEXT_MORNING}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="plan-stop">
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
