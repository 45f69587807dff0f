import path from "node:path";

import { describe, expect, it } from "vitest";

import type { CitedText, ContentBlock } from "@/lib/content/schema";
import { loadContent } from "@/lib/content/load-content";
import { readPlanQuery } from "@/lib/plan/input";
import { buildPlanSources } from "@/lib/plan/plan-sources";
import { buildPlan, firstWalk, floorDistance, formatDistance, type PlanInput } from "@/lib/plan/rules";

const input = (change: Partial<PlanInput> = {}): PlanInput => ({
  distance: 10,
  unit: "km",
  weeks: 12,
  condition: "plantar-heel-pain",
  ...change,
});

describe("the first walk (NHS Wales: halve for each full 6 weeks missed, never below 1 km)", () => {
  it("gives 1.5 miles for a usual 6 miles after 12 weeks missed, as the article's worked example", () => {
    expect(firstWalk(6, "miles", 12)).toEqual({ halvings: 2, distance: 1.5, floored: false });
  });

  it("halves only for each full 6 weeks", () => {
    expect(firstWalk(10, "km", 5).distance).toBe(10);
    expect(firstWalk(10, "km", 6).distance).toBe(5);
    expect(firstWalk(10, "km", 11).distance).toBe(5);
    expect(firstWalk(10, "km", 12).distance).toBe(2.5);
  });

  it("rounds down to the half km or half mile, so the walk is never longer than the rule gives", () => {
    expect(firstWalk(7, "km", 12).distance).toBe(1.5); // 1.75 km
    expect(firstWalk(9.9, "km", 6).distance).toBe(4.5); // 4.95 km
    expect(firstWalk(13, "miles", 12).distance).toBe(3); // 3.25 miles
  });

  it("never goes below 1 km, which is 0.6 mile (0.62 rounded down to the tenth)", () => {
    expect(floorDistance("km")).toBe(1);
    expect(floorDistance("miles")).toBe(0.6);
    expect(firstWalk(10, "km", 30)).toEqual({ halvings: 5, distance: 1, floored: true }); // 0.31 km
    expect(firstWalk(3, "miles", 12)).toEqual({ halvings: 2, distance: 0.6, floored: true }); // 0.75 -> 0.5 mile
    expect(firstWalk(2, "km", 6)).toEqual({ halvings: 1, distance: 1, floored: false }); // exactly 1 km
  });
});

describe("the stages", () => {
  it("walks up to half the usual distance, jogs it in blocks, then keeps the next run within 10%", () => {
    const plan = buildPlan(input());
    expect(plan).toMatchObject({ walkGoal: 5, bikeRide: 10, block: 0.5, nextRunCeiling: 5.5, needsClearance: false });
    // 2.5 km + 10% is 2.75: rounded down to the tenth, so it stays within 10%.
    expect(buildPlan(input({ distance: 5 })).nextRunCeiling).toBe(2.7);
    expect(buildPlan(input({ distance: 6, unit: "miles" }))).toMatchObject({ walkGoal: 3, block: 0.3 });
  });

  it("never sets a walk goal below the first walk", () => {
    expect(buildPlan(input({ distance: 1.2, weeks: 1 })).walkGoal).toBe(1);
  });

  it("asks for a doctor's clearance after a stress fracture or a rupture only", () => {
    expect(buildPlan(input({ condition: "stress-fracture" })).needsClearance).toBe(true);
    expect(buildPlan(input({ condition: "achilles-rupture" })).needsClearance).toBe(true);
    expect(buildPlan(input({ condition: "achilles-tendinopathy" })).needsClearance).toBe(false);
    expect(buildPlan(input({ condition: "not-sure" })).needsClearance).toBe(false);
  });

  it("writes distances as people say them", () => {
    expect(formatDistance(1.5, "miles")).toBe("1.5 miles");
    expect(formatDistance(0.6, "miles")).toBe("0.6 mile");
    expect(formatDistance(10, "km")).toBe("10 km");
  });
});

describe("reading the form", () => {
  const good = { distance: "6", unit: "miles", weeks: "12", condition: "achilles-tendinopathy" };
  const problems = (query: Record<string, string | string[]>) => {
    const request = readPlanQuery(query);
    return request.kind === "invalid" ? request.problems.map((problem) => `${problem.field}: ${problem.message}`) : [];
  };

  it("reads a good query into the plan's input", () => {
    expect(readPlanQuery(good)).toMatchObject({
      kind: "plan",
      input: { distance: 6, unit: "miles", weeks: 12, condition: "achilles-tendinopathy" },
    });
    expect(readPlanQuery({ ...good, distance: " 6.5 " })).toMatchObject({ input: { distance: 6.5 } });
  });

  it("shows the empty form when no field is given, and ignores other parameters", () => {
    expect(readPlanQuery({}).kind).toBe("empty");
    expect(readPlanQuery({ utm_source: "x" }).kind).toBe("empty");
  });

  it.each([
    ["text", { distance: "ten" }, 'distance: Enter the distance as a number, such as 5 or 6.5 (not "ten").'],
    ["a negative distance", { distance: "-5" }, "distance: Enter a distance above 0: it cannot be negative."],
    ["a zero distance", { distance: "0" }, "distance: Enter a distance above 0."],
    [
      "an absurd distance",
      { distance: "10000", unit: "km" },
      "distance: 10000 km in one run is more than this plan is for (100 km). Check the number and the unit.",
    ],
    [
      "an absurd distance in miles",
      { distance: "70" },
      "distance: 70 miles in one run is more than this plan is for (62 miles). Check the number and the unit.",
    ],
    [
      "a usual run below the floor",
      { distance: "0.5" },
      "distance: Enter a usual run of at least 0.6 mile: the plan's first walk is never below that.",
    ],
    ["an unknown unit", { unit: "furlongs" }, "unit: Choose km or miles."],
    ["zero weeks", { weeks: "0" }, "weeks: Enter at least 1 week: this plan is for coming back after time off."],
    ["part weeks", { weeks: "2.5" }, 'weeks: Enter the weeks missed as a whole number, such as 6 (not "2.5").'],
    ["absurd weeks", { weeks: "9999" }, "weeks: Enter 260 weeks (5 years) or fewer. Check the number."],
    ["an unknown condition", { condition: "broken-toe" }, "condition: Choose what you are coming back from."],
  ])("says what to fix for %s", (_name, change, problem) => {
    expect(problems({ ...good, ...change })).toEqual([problem]);
  });

  it("lists every missing field, in the form's order", () => {
    expect(problems({ weeks: "6" })).toEqual([
      "distance: Enter how far you usually ran, for example 5.",
      "unit: Choose km or miles.",
      "condition: Choose what you are coming back from.",
    ]);
  });

  it("refuses a repeated parameter, and keeps its first value to show", () => {
    const request = readPlanQuery({ ...good, distance: ["6", "60"] });
    expect(request).toMatchObject({ kind: "invalid", values: { distance: "6" } });
    expect(problems({ ...good, distance: ["6", "60"] })).toEqual([
      'distance: The address gives "distance" 2 times: give it once.',
    ]);
  });

  it("keeps what was typed, cleaned and cut short, to show in the form again", () => {
    const request = readPlanQuery({ ...good, distance: `ten\u202e\u0000${"9".repeat(100)}` });
    expect(request.values.distance).toBe(`ten ${"9".repeat(36)}`);
  });
});

describe("the plan's cited text, built from the real content", () => {
  const sources = buildPlanSources(
    loadContent({ root: path.resolve(__dirname, "../../content"), today: new Date().toISOString().slice(0, 10) }),
  );
  /** A block's words, and its citations as the links they render to. */
  const cited = ({ text, citation }: CitedText) => `${text} ${citation.map((work) => `href="${work.href}"`).join(" ")}`;
  const htmlOf = (block: ContentBlock): string => {
    switch (block.type) {
      case "html":
        return block.html;
      case "care-card":
        return block.signs.map(cited).join("\n");
      case "sign-list":
        return `${block.signs.join("\n")} ${cited({ text: "Sources:", citation: block.sources })}`;
      case "cited-paragraph":
        return cited(block.text);
      case "cited-list":
        return block.items.map(cited).join("\n");
      default:
        return "";
    }
  };
  const text = (condition: keyof typeof sources.conditions) =>
    Object.values(sources.conditions[condition].parts).flat().map(htmlOf).join("\n");

  it("cites every rule, numbered in reading order, with the 10% study's reference", () => {
    const plan = sources.conditions["plantar-heel-pain"];
    for (const [name, blocks] of Object.entries(plan.parts)) {
      // Pain under the heel has no items of its own, so no care card.
      if (name.startsWith("cards-")) expect(blocks, name).toEqual([]);
      else expect(blocks.map(htmlOf).join(""), name).toMatch(/href="#ref-\d+"/);
    }
    expect(plan.references.map((reference) => reference.number)).toEqual(
      plan.references.map((_reference, index) => index + 1),
    );
    expect(plan.references.map((reference) => reference.key)).toContain("frandsen2025");
    expect(text("plantar-heel-pain")).toMatch(/href="#ref-\d+"/);
  });

  it("puts the doctor's clearance and when to get help first after a stress fracture or a rupture", () => {
    for (const condition of ["stress-fracture", "achilles-rupture"] as const) {
      expect(Object.keys(sources.conditions[condition].parts).slice(0, 3)).toEqual([
        "clearance",
        "signs-emergency",
        "cards-emergency",
      ]);
    }
    expect(Object.keys(sources.conditions["plantar-heel-pain"].parts)).not.toContain("clearance");
  });

  it("shows the condition's own signs from the triage data in full, with the every-page signs in short", () => {
    const { parts } = sources.conditions["stress-fracture"];
    expect(parts["cards-non-urgent"]?.map((block) => block.type)).toEqual(["care-card"]);
    const [card] = parts["cards-non-urgent"] ?? [];
    expect(card && htmlOf(card)).toContain("more than one stress fracture");
    expect(parts["cards-urgent"]).toEqual([]);
    const [urgent] = sources.conditions["achilles-rupture"].parts["cards-urgent"] ?? [];
    expect(urgent && htmlOf(urgent)).toContain("fluoroquinolone");
    for (const level of ["emergency", "urgent", "non-urgent"] as const) {
      expect(parts[`signs-${level}`]?.length, level).toBeGreaterThan(0);
    }
  });

  it("gives the 0-10 pain rule for Achilles tendinopathy only", () => {
    expect(text("achilles-tendinopathy")).toContain("out of 10");
    for (const condition of ["plantar-heel-pain", "stress-fracture", "achilles-rupture", "not-sure"] as const) {
      expect(text(condition), condition).not.toContain("out of 10");
    }
  });
});
