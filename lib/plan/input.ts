import {
  formatDistance,
  KM_PER_MILE,
  floorDistance,
  MAX_USUAL_KM,
  MAX_WEEKS,
  PlanCondition,
  type PlanInput,
  toKm,
  Unit,
} from "./rules";
import { readQuery } from "@/lib/search/query";

/** The form's fields, in the order the form and its error list show them. */
export const PLAN_FIELDS = ["distance", "unit", "weeks", "condition"] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/** What the reader typed, kept to show in the form again: cleaned, cut short, never used as anything but text. */
export type PlanValues = Record<PlanField, string>;

export type PlanProblem = { field: PlanField; message: string };

export type PlanRequest =
  | { kind: "empty"; values: PlanValues }
  | { kind: "plan"; values: PlanValues; input: PlanInput }
  | { kind: "invalid"; values: PlanValues; problems: PlanProblem[] };

type Query = Partial<Record<string, string | string[]>>;

/** Longer than any real value; the cut keeps a pasted essay out of the form it is shown in again. */
const MAX_VALUE_LENGTH = 40;

/** The first value, cleaned as search cleans a question (controls and reordering marks out), and cut. */
const firstValue = (raw: string | string[] | undefined) =>
  Array.from(readQuery(raw).query).slice(0, MAX_VALUE_LENGTH).join("");

const NUMBER = /^\d+(?:\.\d+)?$/;
const WHOLE_NUMBER = /^\d+$/;

function readDistance(text: string, unit: Unit | undefined): string | number {
  if (text === "") return "Enter how far you usually ran, for example 5.";
  if (text.startsWith("-")) return "Enter a distance above 0: it cannot be negative.";
  if (!NUMBER.test(text)) return `Enter the distance as a number, such as 5 or 6.5 (not "${text}").`;
  const distance = Number(text);
  if (distance === 0) return "Enter a distance above 0.";
  if (!unit) return distance;
  const floor = floorDistance(unit);
  if (distance < floor) {
    return `Enter a usual run of at least ${formatDistance(floor, unit)}: the plan's first walk is never below that.`;
  }
  if (toKm(distance, unit) > MAX_USUAL_KM) {
    const limit = unit === "km" ? MAX_USUAL_KM : Math.floor(MAX_USUAL_KM / KM_PER_MILE);
    return `${formatDistance(distance, unit)} in one run is more than this plan is for (${formatDistance(limit, unit)}). Check the number and the unit.`;
  }
  return distance;
}

function readWeeks(text: string): string | number {
  if (text === "") return "Enter how many weeks you have not run, for example 6.";
  if (text.startsWith("-")) return "Enter the weeks missed as a whole number from 1: it cannot be negative.";
  if (!WHOLE_NUMBER.test(text)) return `Enter the weeks missed as a whole number, such as 6 (not "${text}").`;
  const weeks = Number(text);
  if (weeks === 0) return "Enter at least 1 week: this plan is for coming back after time off.";
  if (weeks > MAX_WEEKS) return `Enter ${MAX_WEEKS} weeks (5 years) or fewer. Check the number.`;
  return weeks;
}

/**
 * The plan form's query read and checked: every problem at once, each with
 * what to fix. No parameter at all is the empty form; a repeated parameter is
 * a problem, since the address must say one thing. Nothing is logged or stored.
 */
export function readPlanQuery(query: Query): PlanRequest {
  const problems: PlanProblem[] = [];
  const values = {} as PlanValues;
  for (const field of PLAN_FIELDS) {
    const raw = query[field];
    const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    values[field] = firstValue(raw);
    if (list.length > 1) {
      problems.push({ field, message: `The address gives "${field}" ${list.length} times: give it once.` });
    }
  }
  if (PLAN_FIELDS.every((field) => query[field] === undefined)) return { kind: "empty", values };

  const unit = Unit.safeParse(values.unit);
  const condition = PlanCondition.safeParse(values.condition);
  const distance = readDistance(values.distance, unit.success ? unit.data : undefined);
  const weeks = readWeeks(values.weeks);
  if (typeof distance === "string") problems.push({ field: "distance", message: distance });
  if (!unit.success) problems.push({ field: "unit", message: "Choose km or miles." });
  if (typeof weeks === "string") problems.push({ field: "weeks", message: weeks });
  if (!condition.success) problems.push({ field: "condition", message: "Choose what you are coming back from." });

  if (
    problems.length > 0 ||
    typeof distance === "string" ||
    typeof weeks === "string" ||
    !unit.success ||
    !condition.success
  ) {
    // In the form's order, so the list of problems reads like the form.
    const ordered = PLAN_FIELDS.flatMap((field) => problems.filter((problem) => problem.field === field));
    return { kind: "invalid", values, problems: ordered };
  }
  return { kind: "plan", values, input: { distance, unit: unit.data, weeks, condition: condition.data } };
}
