import { remark } from "remark";

import type { ContentIssue } from "./issues";
import { lintProse } from "./prose-lint";
import { type Bibliography, PlanText, type Triage } from "./schema";
import { CITATION_PATTERN, citationKeys } from "./syntax";
import { mentionPattern } from "./triage-cards";
import { parseYamlFile, pathOfField } from "./yaml-file";
import { CONDITION_LABELS, NEEDS_CLEARANCE, NUMBER_SLOT, PlanCondition, PlanNumber, RULE_STATES } from "../plan/rules";

/** One piece of the plan's words: where it is, whether it must cite, and the condition it is shown for, if one. */
type PlanWords = { field: string; text: string; cited: boolean; condition?: PlanCondition };

/** Every piece of text the plan page can show, shared first, then each condition's own. */
function planWords(plan: PlanText): PlanWords[] {
  const words: PlanWords[] = [
    { field: "intro", text: plan.intro, cited: true },
    { field: "nextMorning.question", text: plan.nextMorning.question, cited: false },
    { field: "nextMorning.answer", text: plan.nextMorning.answer, cited: false },
    { field: "nextMorning.rule", text: plan.nextMorning.rule, cited: true },
  ];
  for (const [id, stage] of Object.entries(plan.stages)) {
    words.push({ field: `stages.${id}.name`, text: stage.name, cited: false });
    if (!("steps" in stage)) continue;
    stage.steps.forEach((step, index) => {
      words.push({ field: `stages.${id}.steps[${index}].says`, text: step.says, cited: false });
      words.push({ field: `stages.${id}.steps[${index}].rule`, text: step.rule, cited: true });
    });
  }
  words.push({ field: "stages.buildUp.caveat", text: plan.stages.buildUp.caveat, cited: true });
  for (const condition of PlanCondition.options) {
    const { clearance, hop, stopRule } = plan.conditions[condition];
    const field = `conditions.${condition}`;
    if (clearance) words.push({ field: `${field}.clearance`, text: clearance, cited: true, condition });
    words.push({ field: `${field}.hop`, text: hop, cited: true, condition });
    words.push({ field: `${field}.stopRule`, text: stopRule, cited: true, condition });
  }
  return words;
}

/** Every step, with the numbers its `says` shows. */
function stepsWithNumbers(plan: PlanText) {
  return Object.entries(plan.stages).flatMap(([id, stage]) =>
    "steps" in stage
      ? stage.steps.map((step, index) => ({
          field: `stages.${id}.steps[${index}]`,
          step,
          slots: [...step.says.matchAll(NUMBER_SLOT)].map((match) => match[1] ?? ""),
        }))
      : [],
  );
}

/**
 * Parses and validates `content/return-to-running-plan.yaml`: every rule
 * cites a work in the bibliography; each stage shows only numbers the plan
 * works out, and every one of them; the rule beside a number still states
 * what lib/plan/rules.ts applies (6 weeks, 1 km, 10%); the doctor's clearance
 * opens the plan after a stress fracture or a rupture, and only then; each
 * condition's care cards cover the conditions its words mention; and the
 * house rules for prose (sentence length, the pain scale only for Achilles
 * tendinopathy).
 */
export function parseReturnToRunningPlan(
  source: string,
  file: string,
  { bibliography, triage }: { bibliography: Bibliography; triage: Triage },
): { plan: PlanText | undefined; citedKeys: string[]; issues: ContentIssue[] } {
  const parsed = parseYamlFile(source, file, PlanText);
  if (!parsed.data) return { plan: undefined, citedKeys: [], issues: parsed.issues };
  const plan = parsed.data;
  const issues: ContentIssue[] = [];
  const report = (field: string, message: string) =>
    issues.push({ file: parsed.where(pathOfField(field)), field, message });

  const words = planWords(plan);
  const citedKeys: string[] = [];
  for (const { field, text, cited, condition } of words) {
    if (cited) {
      for (const match of text.matchAll(CITATION_PATTERN)) {
        for (const key of citationKeys(match[1] ?? "")) {
          citedKeys.push(key);
          if (!bibliography[key])
            report(field, `unknown citation key "${key}"; add the work to content/references.yaml or fix the key`);
        }
      }
    }
    // The pain scale is allowed only in Achilles tendinopathy's own words: the label is the "title" it may lean on.
    const title = condition ? CONDITION_LABELS[condition] : "";
    lintProse(remark().parse(text), { title, report, at: () => field });
  }

  const steps = stepsWithNumbers(plan);
  const names = PlanNumber.options.map((name) => `{${name}}`).join(", ");
  for (const { field, slots } of steps) {
    for (const slot of slots) {
      if (!PlanNumber.safeParse(slot).success)
        report(`${field}.says`, `"{${slot}}" is not a number the plan works out; use one of ${names}`);
    }
  }
  for (const number of PlanNumber.options) {
    const shownIn = steps.filter(({ slots }) => slots.includes(number));
    if (shownIn.length === 0)
      report("stages", `{${number}} is shown in no stage; put it in a step's says, beside the rule that gives it`);
    for (const { field, step } of shownIn) {
      for (const fact of RULE_STATES[number] ?? []) {
        if (!step.rule.includes(fact))
          report(
            `${field}.rule`,
            `no longer says "${fact}", which lib/plan/rules.ts applies to {${number}}; state it, or change the arithmetic with it`,
          );
      }
    }
  }

  for (const condition of PlanCondition.options) {
    const own = plan.conditions[condition];
    const field = `conditions.${condition}`;
    if (NEEDS_CLEARANCE.includes(condition) && !own.clearance)
      report(field, "the plan must open with the doctor's clearance after this; add clearance");
    if (!NEEDS_CLEARANCE.includes(condition) && own.clearance)
      report(`${field}.clearance`, "is shown only after a stress fracture or a rupture; remove it");
    own.conditions.forEach((id, index) => {
      if (!triage.conditions[id]) {
        const known = Object.keys(triage.conditions).join(", ");
        report(
          `${field}.conditions[${index}]`,
          `"${id}" is not a condition in content/triage.yaml; use one of: ${known}`,
        );
      }
    });
    // What this condition's plan shows: the shared words and its own.
    const text = words
      .filter((piece) => piece.condition === undefined || piece.condition === condition)
      .map((piece) => piece.text)
      .join("\n");
    for (const [id, triageCondition] of Object.entries(triage.conditions)) {
      if (own.conditions.includes(id)) continue;
      const word = triageCondition.mentions.find((mention) => mentionPattern(mention).test(text));
      if (word)
        report(
          `${field}.conditions`,
          `the text mentions "${word}" but conditions does not list "${id}", so its red flags would be missing; add "${id}" to conditions`,
        );
    }
  }

  return { plan: issues.length === 0 ? plan : undefined, citedKeys, issues };
}
