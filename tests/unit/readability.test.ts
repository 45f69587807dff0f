import { describe, expect, it } from "vitest";

import { measureReadability } from "@/lib/content/readability";

describe("measureReadability", () => {
  it("computes the Flesch-Kincaid grade from words, sentences and syllables", () => {
    // 8 one-syllable words in 2 sentences: 0.39 * (8 / 2) + 11.8 * (8 / 8) - 15.59 = -2.23
    expect(measureReadability("The heel hurts. Rest it for a week.")).toEqual({
      words: 8,
      sentences: 2,
      syllables: 8,
      grade: -2.2,
    });
  });

  it("ignores citation markers and care-card markers", () => {
    expect(measureReadability("The heel hurts [@hansen2018; @lagas2020].")).toEqual(
      measureReadability("The heel hurts."),
    );
    expect(measureReadability("> [!URGENT] See a doctor today.")).toEqual(measureReadability("See a doctor today."));
  });

  it("counts each list item as a sentence even without a full stop", () => {
    expect(measureReadability("- Rest\n- Ice\n- Stretch").sentences).toBe(3);
  });

  it("rates long words and long sentences higher", () => {
    const plain = measureReadability("Rest your foot. Ice it. Wear soft shoes.").grade;
    const dense = measureReadability(
      "Plantar fasciopathy represents a degenerative musculoskeletal condition characterised by microscopic fragmentation, myxoid degeneration and neovascularisation of the plantar aponeurosis.",
    ).grade;
    expect(plain).toBeLessThan(4);
    expect(dense).toBeGreaterThan(16);
  });
});
