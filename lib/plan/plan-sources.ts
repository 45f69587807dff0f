import { readFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

import { cardsPart, planMarkdown, PlanPart, signsPart, TRIAGE_CONDITIONS } from "./plan-text";
import { PlanCondition } from "./rules";
import type { ContentLibrary } from "@/lib/content/load-content";
import { careCardsPart, compactSignsPart, type PagePart, renderPageParts } from "@/lib/content/page-parts";
import { ALL_CONDITIONS, CareLevel, CitedReference, ContentBlock } from "@/lib/content/schema";
import { itemsForConditions, LEVEL_ORDER } from "@/lib/content/triage";

/** One condition's plan text, rendered and cited, with its care cards and its reference list. */
export const ConditionSources = z.object({
  parts: z.partialRecord(PlanPart, z.array(ContentBlock)),
  references: z.array(CitedReference),
});
export type ConditionSources = z.infer<typeof ConditionSources>;

/**
 * Written by `scripts/build-search-index.ts` next to the search index and
 * read once per server process by pages/return-to-running/plan.tsx, so no
 * request reads content/ (README, "Deploying and scaling").
 */
export const PlanSourcesFile = z.object({
  version: z.literal(1),
  /** Each care level's heading, from the triage data, for the compact signs. */
  levels: z.record(CareLevel, z.string().min(1)),
  conditions: z.record(PlanCondition, ConditionSources),
});
export type PlanSourcesFile = z.infer<typeof PlanSourcesFile>;

/** Where `npm run build` writes it; git ignores `.search/`. */
export const PLAN_SOURCES_PATH = path.join(".search", "plan-sources.json");

/** Each condition's parts rendered and cited as one page; an unknown citation key throws. */
export function buildPlanSources(library: ContentLibrary): PlanSourcesFile {
  const { triage, bibliography } = library;
  const conditions = Object.fromEntries(
    PlanCondition.options.map((condition) => {
      const own = itemsForConditions(triage, TRIAGE_CONDITIONS[condition]).filter(
        (item) => !item.appliesTo.includes(ALL_CONDITIONS),
      );
      // Level by level, most urgent first: the every-page signs, then the condition's own items in full.
      const help = LEVEL_ORDER.flatMap((level): [PlanPart, PagePart][] => [
        [signsPart(level), compactSignsPart(triage, level)],
        [
          cardsPart(level),
          careCardsPart(
            triage,
            own.filter((item) => item.level === level),
          ),
        ],
      ]);
      // No page path: citations link to "#ref-1" on the page itself, whatever its query, as on /search.
      const { parts, references } = renderPageParts(planMarkdown(condition, help), { bibliography, pagePath: "" });
      return [condition, { parts, references }];
    }),
  );
  return PlanSourcesFile.parse({ version: 1, levels: triage.levels, conditions });
}

let sources: PlanSourcesFile | undefined;

/** The file, loaded once per server process and checked against its schema, so a stale file fails loudly. */
export function planSources(): PlanSourcesFile {
  sources ??= PlanSourcesFile.parse(JSON.parse(readFileSync(path.join(process.cwd(), PLAN_SOURCES_PATH), "utf8")));
  return sources;
}
