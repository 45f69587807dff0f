/**
 * The real programmes: each week table holds exactly the dose its trial
 * used, cited to that trial; the pages read at grade 8 or lower; every page
 * sends a suspected stress fracture or rupture to a doctor first with the
 * triage cards; the 0-10 pain rule appears only where it was tested.
 */
import { remark } from "remark";
import { describe, expect, it } from "vitest";

import { CONTENT_ROOT, contentToday } from "@/lib/content/live";
import { loadContent } from "@/lib/content/load-content";
import { programmeView } from "@/lib/content/programme-page";
import { programmeTexts } from "@/lib/content/programmes";
import { readabilityOfTree } from "@/lib/content/readability";

const library = loadContent({ root: CONTENT_ROOT, today: contentToday() });
const bySlug = new Map(library.programmes.map((programme) => [programme.slug, programme]));
const MAX_GRADE = 8;

/** Week rows as [from, to, sets, reps, sources]: the doses the trials report. */
type Dose = [number, number, number, number, string[]];
const doses = (slug: string, option: string): Dose[] =>
  (bySlug.get(slug)?.options.find((candidate) => candidate.id === option)?.weeks ?? []).map((row) => [
    row.from,
    row.to,
    row.sets,
    row.reps,
    row.cite,
  ]);

describe("the programmes' doses are the trials' doses", () => {
  it("has the three programmes the trials cover", () => {
    expect([...bySlug.keys()].sort()).toEqual([
      "insertional-achilles-pain",
      "midportion-achilles-pain",
      "plantar-heel-pain",
    ]);
  });

  it("plantar heel pain: Rathleff 2015 (as summarised), 3x12, then 4x10 from week 3, then 5x8 from week 5, every second day", () => {
    expect(doses("plantar-heel-pain", "heel-raises")).toEqual([
      [1, 2, 3, 12, ["goodfellow-rathleff"]],
      [3, 4, 4, 10, ["goodfellow-rathleff"]],
      [5, 12, 5, 8, ["goodfellow-rathleff"]],
    ]);
    const option = bySlug.get("plantar-heel-pain")?.options[0];
    expect(option?.weeks.map((row) => row.days)).toEqual(Array(3).fill("Every second day"));
    expect(option?.weeks.map((row) => row.load.split(":")[0])).toEqual(["12RM", "10RM", "8RM"]);
    // The secondary source is named as such on the page.
    expect(bySlug.get("plantar-heel-pain")?.intro.join(" ")).toContain("summary of the trial, not the paper itself");
  });

  it("midportion Achilles, option 1: Alfredson, 3x15 knee straight and 3x15 knee bent, twice a day, every day, 12 weeks", () => {
    expect(doses("midportion-achilles-pain", "heel-drops")).toEqual([
      [1, 12, 3, 15, ["praet2019", "alfredson1998"]],
      [1, 12, 3, 15, ["praet2019", "alfredson1998"]],
    ]);
    const option = bySlug.get("midportion-achilles-pain")?.options[0];
    expect(option?.weeks.map((row) => row.days)).toEqual(["Every day, twice a day", "Every day, twice a day"]);
    expect(option?.sessionsPerWeek).toBe(14);
  });

  it("midportion Achilles, option 2: Beyer 2015 heavy slow resistance, 15RM to 6RM over 12 weeks, 3 times a week", () => {
    expect(doses("midportion-achilles-pain", "heavy-slow-raises")).toEqual([
      [1, 1, 3, 15, ["beyer2015"]],
      [2, 3, 3, 12, ["beyer2015"]],
      [4, 5, 4, 10, ["beyer2015"]],
      [6, 8, 4, 8, ["beyer2015"]],
      [9, 12, 4, 6, ["beyer2015"]],
    ]);
    expect(bySlug.get("midportion-achilles-pain")?.options[1]?.sessionsPerWeek).toBe(3);
  });

  it("insertional Achilles: Jonsson 2008 (PMID 18184750), 3x15 to floor level, twice a day, 7 days a week, 12 weeks", () => {
    expect(doses("insertional-achilles-pain", "floor-heel-drops")).toEqual([[1, 12, 3, 15, ["jonsson2008"]]]);
    expect(library.bibliography.jonsson2008?.pmid).toBe("18184750");
    expect(library.bibliography.jonsson2008?.doi).toBe("10.1136/bjsm.2007.039545");
    expect(bySlug.get("insertional-achilles-pain")?.options[0]?.sessionsPerWeek).toBe(14);
  });
});

describe.each([...bySlug.values()].map((programme) => [programme.slug, programme] as const))(
  "%s",
  (slug, programme) => {
    it(`reads at grade ${MAX_GRADE} or lower`, () => {
      const text = programmeTexts(programme)
        .map(({ text }) => text)
        .join("\n\n");
      expect(readabilityOfTree(remark().parse(text)).grade).toBeLessThanOrEqual(MAX_GRADE);
    });

    it("sends a possible stress fracture or rupture to a doctor first, with the triage cards", () => {
      expect(programme.notFor.join(" ")).toMatch(/stress fracture/);
      expect(programme.notFor.join(" ")).toMatch(/torn Achilles/);
      expect(programme.notForSigns).toEqual(
        expect.arrayContaining(["snap-or-pop", "injury-cannot-walk", "suspected-stress-fracture"]),
      );
      const view = programmeView(library, programme);
      expect(view.notForCards.map((block) => block.type === "care-card" && block.level)).toEqual([
        "emergency",
        "non-urgent",
      ]);
      expect(view.help.map(({ level }) => level)).toEqual(["emergency", "urgent", "non-urgent"]);
    });

    it("gives the 0-10 pain rule only where it was tested (Achilles tendinopathy)", () => {
      const texts = programmeTexts(programme).map(({ text }) => text);
      const scale = texts.some((text) => /\d+ out of 10/.test(text));
      expect(scale).toBe(slug !== "plantar-heel-pain");
    });

    it("shows each option's drawing and a tick grid as long as its table", () => {
      const view = programmeView(library, programme);
      for (const option of view.options) {
        expect(option.figures.length).toBeGreaterThan(0);
        expect(option.totalWeeks).toBe(12);
        expect(option.weeks.every((row) => row.sources.length > 0)).toBe(true);
      }
    });
  },
);
