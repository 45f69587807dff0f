import type { PlanCondition } from "./rules";
import type { PagePart } from "@/lib/content/page-parts";
import type { CareLevel, PlanText } from "@/lib/content/schema";

/**
 * The plan's cited words (content/return-to-running-plan.yaml) as named
 * Markdown parts, in the order the page shows them, so the build renders them
 * against the bibliography (lib/plan/plan-sources.ts) with citations numbered
 * as they are read. The page finds each part by its name.
 */
export type PlanPart = string;

/** The stages, in the page's order. */
export const STAGES = ["walk", "hop", "walkRun", "run", "buildUp"] as const;
export type StageId = (typeof STAGES)[number];

/** The part holding one level's every-page signs in a few words. */
export const signsPart = (level: CareLevel): PlanPart => `signs-${level}`;

/** The part holding the care card of one level's items for the reader's condition, if it has any. */
export const cardsPart = (level: CareLevel): PlanPart => `cards-${level}`;

/** The part holding the rule of a stage's step. */
export const stepRulePart = (stage: StageId, index: number): PlanPart => `${stage}-${index}`;

/**
 * One condition's plan, part by part: after a stress fracture or a rupture,
 * the doctor's clearance and the help parts (care cards and signs) come
 * first; otherwise they close the plan.
 */
export function planMarkdown(
  text: PlanText,
  condition: PlanCondition,
  help: [PlanPart, PagePart][],
): [PlanPart, PagePart][] {
  const { clearance, hop, stopRule } = text.conditions[condition];
  const stages = STAGES.flatMap((stage): [PlanPart, string][] => {
    if (stage === "hop") return [["hop", hop]];
    const steps = text.stages[stage].steps.map((step, index): [PlanPart, string] => [
      stepRulePart(stage, index),
      step.rule,
    ]);
    return stage === "buildUp" ? [...steps, ["caveat", text.stages.buildUp.caveat]] : steps;
  });
  const parts: [PlanPart, PagePart][] = [
    ["intro", text.intro],
    ["nextMorning", text.nextMorning.rule],
    ...stages,
    ["stopRule", stopRule],
  ];
  return clearance ? [["clearance", clearance], ...help, ...parts] : [...parts, ...help];
}
