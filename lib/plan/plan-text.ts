import { z } from "zod";

import type { PlanCondition } from "./rules";
import type { PagePart } from "@/lib/content/page-parts";
import type { CareLevel } from "@/lib/content/schema";

/**
 * The cited statement of each rule the plan page applies, as Markdown with
 * `[@key]` citations. Each says what its source says, in the words the
 * return-to-running article already uses for it; the build renders them
 * against the bibliography (lib/plan/plan-sources.ts), so an unknown key fails
 * the build. The page shows each next to the number it produces.
 */
export const PlanPart = z.enum([
  "intro",
  "clearance",
  "nextMorning",
  "firstWalk",
  "walkGoal",
  "hop",
  "walkRun",
  "continuous",
  "ceiling",
  "ceilingCaveat",
  "stopRule",
  "signs-emergency",
  "cards-emergency",
  "signs-urgent",
  "cards-urgent",
  "signs-non-urgent",
  "cards-non-urgent",
]);
export type PlanPart = z.infer<typeof PlanPart>;

/** The part holding one level's every-page signs in a few words. */
export const signsPart = (level: CareLevel): PlanPart => `signs-${level}`;

/** The part holding the care card of one level's items for the reader's condition, if it has any. */
export const cardsPart = (level: CareLevel): PlanPart => `cards-${level}`;

const INTRO =
  "There is no tested formula for getting back to running after heel pain [@habets2018]. This plan applies the " +
  "staged plan of a physical therapy team in the Welsh health service. It is based on expert practice, not on " +
  "trials, and was not written for heel injuries alone [@swansea-return-to-running].";

const NEXT_MORNING =
  "Move on only when a stage causes no pain or swelling over the next 24 hours [@swansea-return-to-running]. " +
  "Do not move on if you have swelling, stiffness or more pain [@return-to-run-protocol-2023].";

const FIRST_WALK =
  "Take the distance you used to run and halve it once for every 6 weeks you missed, but never go below " +
  "1 km (about 0.6 mile) [@swansea-return-to-running].";

const WALK_GOAL =
  "Build up until you can walk half your usual running distance without pain. Also do a bike ride as long as " +
  "your usual run [@swansea-return-to-running].";

const WALK_RUN =
  "Jog no more than 3 times a week. Cover your walking distance by switching between about ½ km (0.3 mile) of " +
  "jogging and the same of walking [@swansea-return-to-running]. A plan that counts time starts with 2 minutes " +
  "of walking and 3 minutes of running. Rest at least a day between runs, run on level ground, and do each step " +
  "at least twice before moving on [@return-to-run-protocol-2023].";

const CONTINUOUS =
  "Jog that distance without stopping, about 2 km/h (1.2 mph) slower than your old pace " +
  "[@swansea-return-to-running].";

const CEILING =
  "Overuse injuries were more common after a run that was more than 10% longer than the runner's longest run " +
  "of the past 30 days [@frandsen2025].";

const CEILING_CAVEAT =
  "That is one observational study of 5,205 adult runners, about 4 in 5 of them men. It looked at running " +
  "injuries in general, not heel pain [@frandsen2025].";

type ConditionText = { clearance?: string; hop: string; stopRule: string };

const TEXT: Record<PlanCondition, ConditionText> = {
  "plantar-heel-pain": {
    hop:
      "A common sign that you are ready is that walking and hopping feel comfortable " +
      "[@swansea-return-to-running; @praet2019].",
    stopRule:
      "For pain under the heel, we know of no tested pain limit. Cut back if running makes it worse " +
      "[@mayo-heel-pain].",
  },
  "achilles-tendinopathy": {
    hop:
      "In one Achilles trial, people started running only when hopping on the painful leg hurt no more than " +
      "1 or 2 out of 10 [@praet2019].",
    stopRule:
      "In one trial, pain during activity could reach 5 out of 10, but no higher [@silbernagel2007; " +
      "@runnersmd-achilles]. Stop if it goes above that.",
  },
  "stress-fracture": {
    clearance:
      "After a stress fracture, wait until your doctor says the bone has healed [@swansea-return-to-running; " +
      "@fpnotebook-calcaneal-stress-fracture].",
    hop:
      "Only once your doctor says the fracture has healed: never hop to test yourself. Hopping can bring on the " +
      "pain of a stress fracture [@fpnotebook-calcaneal-stress-fracture].",
    stopRule:
      "Any heel pain while you run is a stop sign. Stop, and check with your doctor [@swansea-return-to-running; " +
      "@fpnotebook-calcaneal-stress-fracture].",
  },
  "achilles-rupture": {
    clearance:
      "Full recovery can take up to a year, and your physical therapist will tell you when to start " +
      "[@ekhuft-achilles-rupture].",
    hop: "Only once your physical therapist has said you can [@ekhuft-achilles-rupture].",
    stopRule:
      "Stop the run, or hold back on the next one, if pain, stiffness or swelling is worse later that day or the " +
      "next morning [@swansea-return-to-running; @return-to-run-protocol-2023]. Ask your physical therapist before " +
      "you go on.",
  },
  "not-sure": {
    hop:
      "Do not test hopping until a doctor has ruled out a stress fracture: hopping can bring on its pain " +
      "[@fpnotebook-calcaneal-stress-fracture].",
    stopRule:
      "Not sure of the cause: treat any pain while running as a stop sign, and get your heel checked " +
      "[@nidirect-heel-pain].",
  },
};

/**
 * The triage conditions whose own items each plan shows as full care cards
 * (content/triage.yaml `conditions`); the signs every page shows come as a
 * compact list, as on the home page, so the plan still prints on one page.
 */
export const TRIAGE_CONDITIONS: Record<PlanCondition, readonly string[]> = {
  "plantar-heel-pain": [],
  "achilles-tendinopathy": ["achilles"],
  "stress-fracture": ["stress-fracture"],
  "achilles-rupture": ["achilles"],
  "not-sure": ["achilles", "stress-fracture"],
};

/**
 * One condition's plan, part by part, in the order the page shows them, so
 * citations are numbered as they are read: after a stress fracture or a
 * rupture, the doctor's clearance and the help parts (care cards and signs)
 * come first; otherwise they close the plan.
 */
export function planMarkdown(condition: PlanCondition, help: [PlanPart, PagePart][]): [PlanPart, PagePart][] {
  const { clearance, hop, stopRule } = TEXT[condition];
  const stages: [PlanPart, PagePart][] = [
    ["intro", INTRO],
    ["nextMorning", NEXT_MORNING],
    ["firstWalk", FIRST_WALK],
    ["walkGoal", WALK_GOAL],
    ["hop", hop],
    ["walkRun", WALK_RUN],
    ["continuous", CONTINUOUS],
    ["ceiling", CEILING],
    ["ceilingCaveat", CEILING_CAVEAT],
    ["stopRule", stopRule],
  ];
  return clearance ? [["clearance", clearance], ...help, ...stages] : [...stages, ...help];
}
