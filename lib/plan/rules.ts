import { z } from "zod";

/**
 * The return-to-running plan's arithmetic, pure and unit-tested
 * (tests/unit/plan.test.ts). Each number's rule is stated, with its source,
 * in content/return-to-running-plan.yaml; this module only applies it.
 */

export const Unit = z.enum(["km", "miles"]);
export type Unit = z.infer<typeof Unit>;

/** What the reader is coming back from; the plan's clearance, hop check, stop rule and care cards depend on it. */
export const PlanCondition = z.enum([
  "plantar-heel-pain",
  "achilles-tendinopathy",
  "stress-fracture",
  "achilles-rupture",
  "not-sure",
]);
export type PlanCondition = z.infer<typeof PlanCondition>;

export const CONDITION_LABELS: Record<PlanCondition, string> = {
  "plantar-heel-pain": "Pain under the heel (such as plantar fasciitis)",
  "achilles-tendinopathy": "Achilles tendinopathy",
  "stress-fracture": "A heel stress fracture",
  "achilles-rupture": "An Achilles rupture (torn tendon)",
  "not-sure": "Something else, or I am not sure",
};

/** After these, the plan starts only once a doctor has said the reader can start (issue 23). */
export const NEEDS_CLEARANCE: readonly PlanCondition[] = ["stress-fracture", "achilles-rupture"];

export const KM_PER_MILE = 1.609344;

/** NHS Wales: halve the usual distance once for every 6 weeks missed. */
export const WEEKS_PER_HALVING = 6;

/** NHS Wales: the first walk is never below 1 km. */
export const FLOOR_KM = 1;

/** Frandsen 2025: keep any single run within 10% of the longest run of the last 30 days. */
export const SINGLE_RUN_LIMIT = 0.1;

/** NHS Wales: jog-walk blocks of about half a kilometre, which its page gives as about 0.3 miles. */
const BLOCK: Record<Unit, number> = { km: 0.5, miles: 0.3 };

/** A usual run longer than this is taken for a typing or unit slip, not a plan to make. */
export const MAX_USUAL_KM = 100;

/** Weeks missed beyond this (5 years) are taken for a slip; the 1 km floor applies long before. */
export const MAX_WEEKS = 260;

export type PlanInput = { distance: number; unit: Unit; weeks: number; condition: PlanCondition };

/** The numbers a plan works out, by the names the plan's words in content/ use for them (`{firstWalk}`). */
export const PlanNumber = z.enum(["firstWalk", "walkGoal", "bikeRide", "block", "nextRunCeiling"]);
export type PlanNumber = z.infer<typeof PlanNumber>;

/** A number's place in a stage's words: `{walkGoal}`. */
export const NUMBER_SLOT = /\{([^{}]*)\}/g;

/**
 * What the words beside a number must still state, so the cited rule and the
 * arithmetic here cannot drift apart: the build fails if an edit drops them.
 */
export const RULE_STATES: Partial<Record<PlanNumber, readonly string[]>> = {
  firstWalk: [`${WEEKS_PER_HALVING} weeks`, `${FLOOR_KM} km`],
  nextRunCeiling: [`${SINGLE_RUN_LIMIT * 100}%`],
};

export const toKm = (distance: number, unit: Unit) => (unit === "km" ? distance : distance * KM_PER_MILE);

// A tiny allowance, so 0.1 * 3 or 5 * 1.1 are not rounded down a whole step by binary fractions.
const EPSILON = 1e-9;

/** Down to the half kilometre or half mile below: a walk is never longer than its rule gives. */
export const roundDownToHalf = (value: number) => Math.floor(value * 2 + EPSILON) / 2;

/** Down to the tenth below: the single-run ceiling then stays within 10%. */
export const roundDownToTenth = (value: number) => Math.floor(value * 10 + EPSILON) / 10;

/**
 * The 1 km floor in the reader's unit: 1 km, or 0.6 mile (1 km is 0.62 mile,
 * rounded down to the tenth so the floor is never more than 1 km).
 */
export const floorDistance = (unit: Unit) => (unit === "km" ? FLOOR_KM : roundDownToTenth(FLOOR_KM / KM_PER_MILE));

export type FirstWalk = {
  /** How many times the usual distance was halved: one for each full 6 weeks missed. */
  halvings: number;
  distance: number;
  /** True when the halved, rounded distance was below 1 km and the floor was used. */
  floored: boolean;
};

/** NHS Wales: halve the usual distance once for each full 6 weeks missed, never below 1 km; rounded down to 0.5. */
export function firstWalk(usual: number, unit: Unit, weeks: number): FirstWalk {
  const halvings = Math.floor(weeks / WEEKS_PER_HALVING);
  const rounded = roundDownToHalf(usual / 2 ** halvings);
  const floor = floorDistance(unit);
  return { halvings, distance: Math.max(rounded, floor), floored: rounded < floor };
}

export type Plan = {
  input: PlanInput;
  firstWalk: FirstWalk;
  /** NHS Wales stage 3: build up until you can walk half your usual distance (never less than the first walk). */
  walkGoal: number;
  /** NHS Wales stage 3: a bike ride as long as your usual run. */
  bikeRide: number;
  /** NHS Wales stage 4: jog and walk blocks of this length, covering the walk goal. */
  block: number;
  /** Frandsen 2025: the longest the next run may be after a continuous run of the walk goal. */
  nextRunCeiling: number;
  needsClearance: boolean;
};

export function buildPlan(input: PlanInput): Plan {
  const walk = firstWalk(input.distance, input.unit, input.weeks);
  const walkGoal = Math.max(roundDownToHalf(input.distance / 2), walk.distance);
  return {
    input,
    firstWalk: walk,
    walkGoal,
    bikeRide: input.distance,
    block: BLOCK[input.unit],
    nextRunCeiling: roundDownToTenth(walkGoal * (1 + SINGLE_RUN_LIMIT)),
    needsClearance: NEEDS_CLEARANCE.includes(input.condition),
  };
}

/** Each number of a plan by the name the plan's words use for it. */
export const planNumbers = (plan: Plan): Record<PlanNumber, number> => ({
  firstWalk: plan.firstWalk.distance,
  walkGoal: plan.walkGoal,
  bikeRide: plan.bikeRide,
  block: plan.block,
  nextRunCeiling: plan.nextRunCeiling,
});

/** "1.5 miles", "0.6 mile", "1 mile", "10 km": at most two decimals, no trailing zeros. */
export function formatDistance(value: number, unit: Unit): string {
  const number = String(Math.round(value * 100) / 100);
  if (unit === "km") return `${number} km`;
  return `${number} ${value <= 1 ? "mile" : "miles"}`;
}
