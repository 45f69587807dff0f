import { readFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

import { cardsPart, planMarkdown, type PlanPart, signsPart } from "./plan-parts";
import { PlanCondition } from "./rules";
import { CONTENT_ROOT, contentToday, fromContent, READS_CONTENT_LIVE } from "@/lib/content/live";
import { type ContentLibrary, loadContent } from "@/lib/content/load-content";
import { careCardsPart, compactSignsPart, type PagePart, renderPageParts } from "@/lib/content/page-parts";
import { ALL_CONDITIONS, CareLevel, CitedReference, ContentBlock, PlanText } from "@/lib/content/schema";
import { itemsForConditions, LEVEL_ORDER } from "@/lib/content/triage";

/** One condition's plan text, rendered and cited, with its care cards and its reference list. */
export const ConditionSources = z.object({
  parts: z.record(z.string(), z.array(ContentBlock)),
  references: z.array(CitedReference),
});
export type ConditionSources = z.infer<typeof ConditionSources>;

/**
 * Written by `scripts/build-search-index.ts` next to the search index and
 * read once per server process by pages/return-to-running/plan.tsx, so no
 * request reads content/ (README, "Deploying and scaling").
 */
export const PlanSourcesFile = z.object({
  version: z.literal(2),
  /** The plan's words as content/return-to-running-plan.yaml has them: stage names, what each stage says. */
  text: PlanText,
  /** Each care level's heading, from the triage data, for the compact signs. */
  levels: z.record(CareLevel, z.string().min(1)),
  conditions: z.record(PlanCondition, ConditionSources),
});
export type PlanSourcesFile = z.infer<typeof PlanSourcesFile>;

/** Where `npm run build` writes it; git ignores `.search/`. */
export const PLAN_SOURCES_PATH = path.join(".search", "plan-sources.json");

/** Each condition's parts rendered and cited as one page; an unknown citation key throws. */
export function buildPlanSources(library: ContentLibrary): PlanSourcesFile {
  const { triage, bibliography, plan } = library;
  const conditions = Object.fromEntries(
    PlanCondition.options.map((condition) => {
      const own = itemsForConditions(triage, plan.conditions[condition].conditions).filter(
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
      const { parts, references } = renderPageParts(planMarkdown(plan, condition, help), {
        bibliography,
        pagePath: "",
      });
      return [condition, { parts, references }];
    }),
  );
  return PlanSourcesFile.parse({ version: 2, text: plan, levels: triage.levels, conditions });
}

/**
 * The file, loaded once per server process and checked against its schema,
 * so a stale file fails loudly. `next dev` builds it from content/ instead,
 * again after every change, so a writer sees an edit to the plan's words on
 * the next reload; both go through the same JSON.
 */
export const planSources: () => PlanSourcesFile = fromContent(() => {
  const json = READS_CONTENT_LIVE
    ? JSON.stringify(buildPlanSources(loadContent({ root: CONTENT_ROOT, today: contentToday() })))
    : readFileSync(path.join(process.cwd(), PLAN_SOURCES_PATH), "utf8");
  return PlanSourcesFile.parse(JSON.parse(json));
});
