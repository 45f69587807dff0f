import { readFileSync } from "node:fs";
import path from "node:path";

import YAML from "yaml";
import { z } from "zod";

import { guidePageFor } from "@/lib/content/guide";
import type { ContentLibrary } from "@/lib/content/load-content";
import type { CareLevel } from "@/lib/content/schema";
import { getHelpItems, itemsAtLevels, itemsForConditions, LEVEL_ORDER } from "@/lib/content/triage";
import type { SearchEngine } from "@/lib/search/engine";

/** A level of care a door can give, least urgent first: self-care is advice without a care card. */
export const Level = z.enum(["self-care", "non-urgent", "urgent", "emergency"]);
export type Level = z.infer<typeof Level>;
const rank = (level: Level) => Level.options.indexOf(level);

/** One lay vignette of tests/fixtures/triage-vignettes.yaml (its header explains each field). */
export const Vignette = z
  .object({
    id: z.string().min(1),
    story: z.string().min(10),
    query: z.string().min(3).max(200),
    guide: z
      .object({ who: z.enum(["adult", "child"]), where: z.string().min(1), when: z.string().min(1).optional() })
      .strict(),
    signs: z.array(z.string().min(1)),
    level: Level,
    safe: z.array(Level).min(1),
    article: z.string().min(1),
  })
  .strict()
  .refine((vignette) => vignette.safe.includes(vignette.level), { error: "safe must include level" });
export type Vignette = z.infer<typeof Vignette>;

export function readVignettes(): Vignette[] {
  const file = path.resolve(__dirname, "../fixtures/triage-vignettes.yaml");
  return z
    .array(Vignette)
    .min(60)
    .parse(YAML.parse(readFileSync(file, "utf8")));
}

/** What one door gave: a level of care, or nothing at all (search with no card and no answer). */
export type DoorResult = { level: Level | "no-advice"; detail: string };
export type Verdict = "exact" | "over" | "under" | "no-advice";

export function verdict(vignette: Vignette, result: DoorResult): Verdict {
  if (result.level === "no-advice") return "no-advice";
  if (!vignette.safe.includes(result.level) && rank(result.level) < rank(vignette.level)) return "under";
  return result.level === vignette.level ? "exact" : "over";
}

/** The most urgent level among a door's base level and the vignette's signs that the page shows. */
function levelOnPage(base: Level, vignette: Vignette, shownIds: readonly string[], levels: Map<string, CareLevel>) {
  const signLevels = vignette.signs.filter((id) => shownIds.includes(id)).flatMap((id) => levels.get(id) ?? []);
  return [base, ...signLevels].reduce((most, level) => (rank(level) > rank(most) ? level : most), base);
}

/**
 * The guide, answered honestly: a warning-sign step "yes" when it shows one of the vignette's signs, any
 * other step with the vignette's own answer among its answers. The page it ends on gives its level: a
 * get-help page the least urgent level it shows (the reader has none of the more urgent signs, or would
 * have said so), a pattern page self-care; raised by any of the vignette's signs the page lists.
 */
export function throughGuide(library: ContentLibrary, vignette: Vignette): DoorResult {
  const { guide, triage } = library;
  const levels = new Map(triage.items.map((item) => [item.id, item.level]));
  const answers: string[] = [];
  for (;;) {
    const page = guidePageFor(guide, answers);
    if (!page) throw new Error(`${vignette.id}: no guide page for ${answers.join("/")}`);
    if (page.kind === "outcome") {
      const { outcome } = page;
      const path = answers.join("/");
      if (outcome.kind === "get-help") {
        const shown = getHelpItems(triage, outcome);
        const least = LEVEL_ORDER.findLast((level) => shown.some((item) => item.level === level)) ?? "non-urgent";
        const ids = shown.map((item) => item.id);
        return { level: levelOnPage(least, vignette, ids, levels), detail: `${page.id} (${path})` };
      }
      const ids = itemsForConditions(triage, outcome.conditions).map((item) => item.id);
      return { level: levelOnPage("self-care", vignette, ids, levels), detail: `${page.id} (${path})` };
    }
    const { question } = page;
    if (question.showsLevels.length > 0) {
      const shown = itemsAtLevels(triage, question.showsLevels).map((item) => item.id);
      answers.push(vignette.signs.some((id) => shown.includes(id)) ? "yes" : "no");
      continue;
    }
    const own = Object.values(vignette.guide);
    const answer = question.answers.find((candidate) => own.includes(candidate.id));
    if (!answer) {
      throw new Error(
        `${vignette.id}: the guide asks "${question.question}" (${question.answers.map((a) => a.id).join(", ")}) and the vignette answers none of them`,
      );
    }
    answers.push(answer.id);
  }
}

/** The detail of a search that showed neither a care card nor an answer, only the no-answer page's safety net. */
export const SAFETY_NET = "safety net";

/**
 * Search: the most urgent care card the question shows; else the quoted answer, or the no-answer page's
 * safety net (the emergency and same-day signs, the guide, when to see a doctor): advice, but no level
 * of care for this question, so it is safe only for a reader who needs self-care.
 */
export function throughSearch(engine: SearchEngine, vignette: Vignette): DoorResult {
  const { redFlags, answer } = engine.search(vignette.query);
  const [mostUrgent] = redFlags;
  if (mostUrgent) return { level: mostUrgent.level, detail: redFlags.map((item) => item.id).join(", ") };
  if (engine.safetyNet.every(({ signs }) => signs.length === 0)) return { level: "no-advice", detail: "no safety net" };
  return { level: "self-care", detail: answer ? `answer ${answer.href}` : SAFETY_NET };
}

/** The article the reader would open: its "When to get help" cards, raised by the vignette's signs they list. */
export function throughArticle(library: ContentLibrary, vignette: Vignette): DoorResult {
  const article = library.articles.find((candidate) => candidate.slug === vignette.article);
  if (!article) throw new Error(`${vignette.id}: no article "${vignette.article}"`);
  const levels = new Map(library.triage.items.map((item) => [item.id, item.level]));
  const ids = itemsForConditions(library.triage, article.frontMatter.conditions).map((item) => item.id);
  return { level: levelOnPage("self-care", vignette, ids, levels), detail: article.slug };
}
