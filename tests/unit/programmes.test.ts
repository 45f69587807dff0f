/**
 * The programme parser on small files: a valid one, and each kind of mistake
 * with its exact report (file and line, field, bad value and fix), all at once.
 */
import { describe, expect, it } from "vitest";

import { load, VALID_ROOT } from "./fixtures";
import { formatIssue } from "@/lib/content/issues";
import { parseProgramme } from "@/lib/content/programmes";

const library = load(VALID_ROOT).library;
if (!library) throw new Error("the valid fixture library must load");
const context = {
  bibliography: library.bibliography,
  triage: library.triage,
  figureIds: new Set(["heel-side"]),
  today: "2026-11-25",
};

const FILE = "content/programmes/heel-raises.yaml";

/** A valid programme whose lines the tests replace, so each report names a known line. */
const VALID = [
  "title: Heel raise program for pain under the heel", // 1
  "description: A 12-week plan of heavy heel raises for plantar fasciitis, from one trial, and when to stop.",
  "reviewed: 2026-11-25",
  "nextReview: 2027-11-25",
  "article: plantar-fasciitis#treatment", // 5
  "conditions: []",
  "intro:",
  '  - "Heavy heel raises can help pain under the heel [@hansen2018]."',
  "forWho:",
  '  - "People with pain under the heel [@nhs-plantar-fasciitis]."', // 10
  "notFor:",
  '  - "A possible torn tendon: go to the emergency room [@nhs-plantar-fasciitis]."',
  "notForSigns: [snap-or-pop]",
  "needs:",
  '  - "A step and a rolled towel [@hansen2018]."', // 15
  "options:",
  "  - id: heel-raises",
  "    title: Heavy heel raises",
  '    summary: "One exercise, every second day [@hansen2018]."',
  "    figures: [heel-side]", // 20
  "    steps:",
  '      - "Rise for 3 seconds, hold for 2, lower for 3 [@hansen2018]."',
  "    weeks:",
  "      - { from: 1, to: 2, exercise: Heel raise, sets: 3, reps: 12, load: 12RM, days: Every second day, cite: [hansen2018] }",
  "      - { from: 3, to: 12, exercise: Heel raise, sets: 4, reps: 10, load: 10RM, days: Every second day, cite: [hansen2018] }", // 25
  "    sessionsPerWeek: 4",
  '    ticksNote: "Every second day is 3 or 4 sessions a week [@hansen2018]."',
  "feel:",
  '  - "Heavy: the last raise of a set is hard [@hansen2018]."',
  "goingUp:", // 30
  '  - "Add books to a backpack after 2 weeks [@hansen2018]."',
  "steppingBack:",
  '  - "Go back to both legs if one is too hard [@hansen2018]."',
];

/** The valid file with some of its lines (1-based) replaced. */
function withLines(replacements: Record<number, string>): string {
  return VALID.map((line, index) => replacements[index + 1] ?? line).join("\n");
}

const problems = (source: string) =>
  parseProgramme(source, FILE, "heel-raises", context).issues.map((issue) => formatIssue(issue));

describe("parseProgramme", () => {
  it("accepts a valid programme and lists every key it cites, table rows included", () => {
    const result = parseProgramme(withLines({}), FILE, "heel-raises", context);
    expect(result.issues).toEqual([]);
    expect(result.programme?.slug).toBe("heel-raises");
    expect(result.programme?.options[0]?.weeks.map((row) => [row.from, row.to, row.sets, row.reps])).toEqual([
      [1, 2, 3, 12],
      [3, 12, 4, 10],
    ]);
    expect(new Set(result.citedKeys)).toEqual(new Set(["hansen2018", "nhs-plantar-fasciitis"]));
  });

  it("reports a text without a citation, and a week row without its source", () => {
    expect(
      problems(
        withLines({
          10: '  - "People with pain under the heel."',
          24: "      - { from: 1, to: 2, exercise: Heel raise, sets: 3, reps: 12, load: 12RM, days: Every second day, cite: [] }",
        }),
      ),
    ).toEqual([`${FILE}:24: options[0].weeks[0].cite: every row needs the source of its dose; add cite: [key]`]);
    expect(problems(withLines({ 10: '  - "People with pain under the heel."' }))).toEqual([
      `${FILE}:10: forWho[0]: has no citation; add [@key] for the source that says it`,
    ]);
  });

  it("reports week rows that leave a gap, run backwards, or do not start at week 1", () => {
    expect(
      problems(
        withLines({
          24: "      - { from: 2, to: 2, exercise: Heel raise, sets: 3, reps: 12, load: 12RM, days: Every second day, cite: [hansen2018] }",
          25: "      - { from: 4, to: 3, exercise: Heel raise, sets: 4, reps: 10, load: 10RM, days: Every second day, cite: [hansen2018] }",
        }),
      ),
    ).toEqual([
      `${FILE}:24: options[0].weeks[0].from: week 2 does not follow on: start at week 1`,
      `${FILE}:25: options[0].weeks[1].to: week 3 is before from (week 4); set to at or after from`,
      `${FILE}:25: options[0].weeks[1].from: week 4 does not follow on: start at week 3, or repeat weeks 2-2 for another exercise`,
    ]);
  });

  it("accepts a second exercise in the same weeks as the row before", () => {
    expect(
      problems(
        withLines({
          25: '      - { from: 1, to: 2, exercise: "Heel raise, knee bent", sets: 3, reps: 12, load: 12RM, days: Every second day, cite: [hansen2018] }',
        }),
      ),
    ).toEqual([]);
  });

  it("reports every unknown citation key, triage item, condition and drawing at once, each at its line (the loader sorts them)", () => {
    expect(
      problems(
        withLines({
          6: "conditions: [knees]",
          8: '  - "Heavy heel raises can help [@smith2020]."',
          13: "notForSigns: [broken-leg]",
          20: "    figures: [heel-raise]",
          24: "      - { from: 1, to: 2, exercise: Heel raise, sets: 3, reps: 12, load: 12RM, days: Every second day, cite: [jones2019] }",
        }),
      ),
    ).toEqual([
      `${FILE}:13: notForSigns[0]: "broken-leg" is not an item in content/triage.yaml; use an item's id`,
      `${FILE}:6: conditions[0]: "knees" is not a condition; use one from content/triage.yaml`,
      `${FILE}:8: intro[0]: unknown citation key "smith2020"; add the work to content/references.yaml or fix the key`,
      `${FILE}:20: options[0].figures[0]: "heel-raise" is not a drawing (not in content/figures.yaml); use the id of one`,
      `${FILE}:24: options[0].weeks[0].cite[0]: unknown citation key "jones2019"; add the work to content/references.yaml or fix the key`,
    ]);
  });

  it("allows the 0-10 pain scale only where Achilles tendinopathy is named", () => {
    const scale = '  - "Pain may reach 5 out of 10, but no higher [@hansen2018]."';
    expect(problems(withLines({ 29: scale }))).toEqual([
      `${FILE}:29: feel[0]: "5 out of 10": the pain-scale rule was tested only in Achilles tendinopathy; name it in this text or its heading`,
    ]);
    expect(problems(withLines({ 1: "title: Heel drop program for Achilles pain", 29: scale }))).toEqual([]);
  });

  it("lists root-relative links for the loader to resolve, and reports any other link", () => {
    const result = parseProgramme(
      withLines({
        8: '  - "See [treatment](/articles/plantar-fasciitis#treatment) or [this](http://example.com) [@hansen2018]."',
      }),
      FILE,
      "heel-raises",
      context,
    );
    expect(result.links).toEqual([{ href: "/articles/plantar-fasciitis#treatment", where: "intro[0]" }]);
    expect(result.issues.map((issue) => formatIssue(issue))).toEqual([
      `${FILE}:8: intro[0]: link "http://example.com" must be root-relative, such as /articles/plantar-fasciitis#treatment`,
    ]);
  });

  it("reports long sentences, a passed review date, a bad week number and a missing field, with their fixes", () => {
    const long =
      '  - "Take your time with each raise and do not rush because rushing makes the exercise easier and takes the load off the part that needs it most [@hansen2018]."';
    expect(
      problems(
        withLines({
          4: "nextReview: 2026-11-24",
          3: "reviewed: 2026-01-01",
          22: long.replace("  - ", "      - "),
        }),
      ),
    ).toEqual([
      `${FILE}:4: nextReview: 2026-11-24 has passed; review the programme against its sources and set a new date`,
      `${FILE}:22: options[0].steps[0]: sentence of 27 words (at most 25; NHS style asks for 20), so split it: "Take your time with each raise and do not rush because rushi…"`,
    ]);
    expect(
      problems(
        withLines({
          24: "      - { from: 0, to: 2, exercise: Heel raise, sets: 3, reps: 12, load: 12RM, days: Every second day, cite: [hansen2018] }",
          26: "",
        }),
      ),
    ).toEqual([
      `${FILE}:24: options[0].weeks[0].from: 0: Too small: expected number to be >=1`,
      `${FILE}:17: options[0].sessionsPerWeek: is required; add it (see content/README.md)`,
    ]);
  });
});
