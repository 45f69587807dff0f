import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import {
  type DoorResult,
  readVignettes,
  SAFETY_NET,
  throughArticle,
  throughGuide,
  throughSearch,
  verdict,
  type Verdict,
  type Vignette,
} from "./triage-evaluation";
import type { ContentLibrary } from "@/lib/content/load-content";
import { loadSearchSources } from "@/lib/content/synonyms";
import { buildSearchIndex } from "@/lib/search/build-index";
import { createSearchEngine, type SearchEngine } from "@/lib/search/engine";

/**
 * Every lay vignette of tests/fixtures/triage-vignettes.yaml through the three doors a worried reader
 * uses (the guide, search and the article), as symptom-checker studies measure triage. A door that
 * gives a less urgent level than the vignette's safe levels (under-triage), or no advice at all,
 * fails; the table of safe, exact, under, over and no-advice per door is printed.
 */
const ROOT = path.resolve(__dirname, "../../content");
const vignettes = readVignettes();
let library: ContentLibrary;
let engine: SearchEngine;

beforeAll(() => {
  const sources = loadSearchSources({ root: ROOT, today: new Date().toISOString().slice(0, 10) });
  library = sources.library;
  // Through the files the build writes and the schema, as the server loads them.
  engine = createSearchEngine(buildSearchIndex(library, sources.synonyms));
}, 30_000);

const DOORS = {
  guide: (vignette: Vignette) => throughGuide(library, vignette),
  search: (vignette: Vignette) => throughSearch(engine, vignette),
  article: (vignette: Vignette) => throughArticle(library, vignette),
} satisfies Record<string, (vignette: Vignette) => DoorResult>;

describe("the lay triage vignettes", () => {
  it("cover every triage item, every guide outcome, and a third are emergency or urgent", () => {
    const signs = new Set(vignettes.flatMap((vignette) => vignette.signs));
    expect(library.triage.items.map((item) => item.id).filter((id) => !signs.has(id))).toEqual([]);
    const known = new Set(library.triage.items.map((item) => item.id));
    expect(vignettes.flatMap((vignette) => vignette.signs.filter((id) => !known.has(id)))).toEqual([]);
    const reached = new Set(vignettes.map((vignette) => DOORS.guide(vignette).detail.split(" ")[0]));
    expect(Object.keys(library.guide.outcomes).filter((id) => !reached.has(id))).toEqual([]);
    const serious = vignettes.filter((vignette) => vignette.level === "emergency" || vignette.level === "urgent");
    expect(serious.length * 3).toBeGreaterThanOrEqual(vignettes.length);
  });

  it.each(Object.entries(DOORS))("get a safe level of care, never nothing, through the %s", (door, through) => {
    const counts: Record<Verdict, number> = { exact: 0, over: 0, under: 0, "no-advice": 0 };
    const unsafe: string[] = [];
    let safetyNets = 0;
    for (const vignette of vignettes) {
      const result = through(vignette);
      if (result.detail === SAFETY_NET) safetyNets += 1;
      const outcome = verdict(vignette, result);
      counts[outcome] += 1;
      if (outcome === "under" || outcome === "no-advice") {
        unsafe.push(`${outcome}: ${vignette.id} needs ${vignette.level}, got ${result.level} from ${result.detail}`);
      }
    }
    const safe = counts.exact + counts.over;
    const emergencies = vignettes.filter((vignette) => vignette.level === "emergency");
    const emergenciesSafe = emergencies.filter((vignette) =>
      ["exact", "over"].includes(verdict(vignette, through(vignette))),
    ).length;
    console.log(
      `${door}: safe ${safe}/${vignettes.length}, exact ${counts.exact}, under ${counts.under}, over ${counts.over}, ` +
        `no advice ${counts["no-advice"]}; emergencies safe ${emergenciesSafe}/${emergencies.length}` +
        (door === "search" ? `; no answer, safety net only ${safetyNets}` : ""),
    );
    expect(unsafe).toEqual([]);
  });
});
