import type { GetServerSideProps } from "next";

import { PageShell } from "@/components/layout/page-shell";
import { PerRequestHead } from "@/components/layout/per-request-head";
import { fieldId, PlanForm } from "@/components/plan/plan-form";
import { PlanView } from "@/components/plan/plan-view";
import { READER_INPUT_CACHE_CONTROL } from "@/lib/per-request-cache";
import { type PlanRequest, readPlanQuery } from "@/lib/plan/input";
import { type PlanSourcesFile, planSources } from "@/lib/plan/plan-sources";
import { buildPlan, type Plan, type PlanCondition } from "@/lib/plan/rules";
import { articlePath, PLAN_ARTICLE_SLUG } from "@/lib/site";

/**
 * /return-to-running/plan?distance=&unit=&weeks=&condition= is the reader's
 * own plan, so it is rendered per request, like /search: a Pages Router page
 * with the runtime turned off sends plain HTML with no script at all, under
 * the site's CSP (tests/e2e/plan.spec.ts fails if a script appears). Bad input
 * is a 400 with the form, what was typed and what to fix, never a 500.
 */
export const config = { unstable_runtimeJS: false };

type Props = {
  request: PlanRequest;
  plan: Plan | null;
  /** The plan's words, its rendered sources and the care levels' headings, from the build's file; null with no plan. */
  words: Pick<PlanSourcesFile, "text" | "levels"> | null;
  sources: PlanSourcesFile["conditions"][PlanCondition] | null;
};

// The numbers are never logged or stored: nothing here writes them anywhere but into this response.
export const getServerSideProps: GetServerSideProps<Props> = async ({ query, res }) => {
  res.setHeader("Cache-Control", READER_INPUT_CACHE_CONTROL);
  const request = readPlanQuery(query);
  if (request.kind !== "plan") {
    if (request.kind === "invalid") res.statusCode = 400;
    return { props: { request, plan: null, words: null, sources: null } };
  }
  const { conditions, text, levels } = planSources();
  const sources = conditions[request.input.condition];
  return { props: { request, plan: buildPlan(request.input), words: { text, levels }, sources } };
};

export default function PlanPage({ request, plan, words, sources }: Props) {
  const invalid = request.kind === "invalid";
  return (
    <>
      <PerRequestHead
        title={invalid ? "Check your numbers: return-to-running plan" : "Your return-to-running plan"}
        description="A staged return to running after heel or Achilles pain, worked out from your own usual distance and weeks missed, with the rule and source beside every number."
      />
      <PageShell>
        <div className="hp-plan">
          <h1>{plan ? "Your return-to-running plan" : "Make a return-to-running plan"}</h1>
          {invalid ? (
            <div className="hp-plan__problems" aria-labelledby="plan-problems">
              <h2 id="plan-problems">Check your numbers</h2>
              <ul>
                {request.problems.map((problem) => (
                  <li key={`${problem.field}:${problem.message}`}>
                    <a href={`#${fieldId(problem.field)}`}>{problem.message}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {plan && words && sources ? (
            <PlanView plan={plan} text={words.text} sources={sources} levels={words.levels} />
          ) : null}
          {plan ? null : (
            <p>
              This is an example of a common approach, not a tested plan. Read{" "}
              <a href={articlePath(PLAN_ARTICLE_SLUG)}>Returning to running after heel pain</a> for the evidence behind
              it.
            </p>
          )}
          <PlanForm
            heading={plan ? "Change your numbers" : "Your numbers"}
            values={request.values}
            problems={invalid ? request.problems : []}
          />
        </div>
      </PageShell>
    </>
  );
}
