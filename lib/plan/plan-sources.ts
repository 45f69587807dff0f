import { readFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

import { planMarkdown, PlanPart, TRIAGE_CONDITIONS } from "./plan-text";
import { PlanCondition } from "./rules";
import type { ContentLibrary } from "@/lib/content/load-content";
import { renderPageParts } from "@/lib/content/page-markdown";
import { CitedReference, ContentBlock } from "@/lib/content/schema";
import { careCardMarkdown, itemsForConditions } from "@/lib/content/triage";

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
  conditions: z.record(PlanCondition, ConditionSources),
});
export type PlanSourcesFile = z.infer<typeof PlanSourcesFile>;

/** Where `npm run build` writes it; git ignores `.search/`. */
export const PLAN_SOURCES_PATH = path.join(".search", "plan-sources.json");

/** Each condition's parts rendered as the site renders its own Markdown; an unknown citation key throws. */
export function buildPlanSources(library: ContentLibrary): PlanSourcesFile {
  const { triage, bibliography } = library;
  const conditions = Object.fromEntries(
    PlanCondition.options.map((condition) => {
      const cards = careCardMarkdown(triage, itemsForConditions(triage, TRIAGE_CONDITIONS[condition]));
      // No page path: citations link to "#ref-1" on the page itself, whatever its query, as on /search.
      const { parts, references } = renderPageParts(planMarkdown(condition, cards), { bibliography, pagePath: "" });
      return [condition, { parts, references }];
    }),
  );
  return PlanSourcesFile.parse({ version: 1, conditions });
}

let sources: PlanSourcesFile | undefined;

/** The file, loaded once per server process and checked against its schema, so a stale file fails loudly. */
export function planSources(): PlanSourcesFile {
  sources ??= PlanSourcesFile.parse(JSON.parse(readFileSync(path.join(process.cwd(), PLAN_SOURCES_PATH), "utf8")));
  return sources;
}
