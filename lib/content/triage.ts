import { type ContentIssue, fieldPath } from "./issues";
import {
  ALL_CONDITIONS,
  type Bibliography,
  type CareLevel,
  type GuideOutcome,
  Triage,
  type TriageItem,
} from "./schema";
import { CITATION_PATTERN } from "./syntax";
import { parseYamlFile } from "./yaml-file";

/** Most urgent first: the order care cards always take. */
export const LEVEL_ORDER: readonly CareLevel[] = ["emergency", "urgent", "non-urgent"];

// An emergency is a sudden injury or a dangerous sign. "Cannot walk" alone is a
// same-day problem (a bad morning limp from plantar fasciitis would qualify),
// so an emergency item about walking or moving must name the injury.
const WALKING_OR_MOVING = /\b(walk|walking|move|moving|stand|standing|weight|rise|tiptoe)\b/i;
const INJURY = /\b(injur\w*|fall|fell|landing|snap|pop|accident|hurt)\b/i;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Parses and validates `content/triage.yaml` against the bibliography. Every
 * problem is reported with the item it concerns; none is thrown.
 */
export function parseTriage(
  source: string,
  file: string,
  bibliography: Bibliography,
): { triage: Triage | undefined; issues: ContentIssue[]; where: (path: readonly PropertyKey[]) => string } {
  const parsed = parseYamlFile(source, file, Triage);
  if (!parsed.data) return { triage: undefined, issues: parsed.issues, where: parsed.where };
  const issues: ContentIssue[] = [];
  const triage = parsed.data;
  const ids = new Map<string, number>();
  const texts = new Map<string, string>();
  const shorts = new Map<string, string>();
  triage.items.forEach((item, index) => {
    const report = (path: PropertyKey[], message: string) => {
      const field = `items[${index}] "${item.id}"${path.length > 0 ? `.${fieldPath(path)}` : ""}`;
      issues.push({ file: parsed.where(["items", index, ...path]), field, message });
    };

    const sameId = ids.get(item.id);
    if (sameId !== undefined) report([], `duplicate id (also items[${sameId}]); give each item its own id`);
    else ids.set(item.id, index);

    const sameText = texts.get(normalise(item.text));
    if (sameText) report(["text"], `duplicate wording (also "${sameText}"); keep one item, or say what differs`);
    else texts.set(normalise(item.text), item.id);

    const sameShort = shorts.get(normalise(item.short));
    if (sameShort) report(["short"], `duplicate wording (also "${sameShort}"); say what differs`);
    else shorts.set(normalise(item.short), item.id);

    if (item.text.search(CITATION_PATTERN) >= 0) report(["text"], "has a citation in its wording; move it to cite:");
    if (item.level === "emergency" && WALKING_OR_MOVING.test(item.text) && !INJURY.test(item.text)) {
      report(
        ["text"],
        `"${item.text}": an emergency about walking or moving must name the sudden injury (otherwise it is urgent, same-day care)`,
      );
    }
    if (item.level === "emergency") {
      item.readerWords.forEach((phrase, at) => {
        if (phrase.split(/\s+/).length < 2) {
          report(
            ["readerWords", at],
            `"${phrase}": one word cannot tell an emergency from everyday talk ("popping", "fell"); write a phrase, or put the word in nearWords with a place or time`,
          );
        }
      });
    }
    item.appliesTo.forEach((condition, at) => {
      if (condition !== ALL_CONDITIONS && !triage.conditions[condition]) {
        const known = [ALL_CONDITIONS, ...Object.keys(triage.conditions)].join(", ");
        report(["appliesTo", at], `"${condition}" is not a condition; use one of: ${known}`);
      }
    });
    item.cite.forEach((key, at) => {
      if (!bibliography[key])
        report(["cite", at], `unknown citation key "${key}"; add the work to content/references.yaml or fix the key`);
    });
  });

  return { triage: issues.length === 0 ? triage : undefined, issues, where: parsed.where };
}

/** The items a page with these conditions shows, most urgent first, in file order within a level. */
export function itemsForConditions(triage: Triage, conditions: readonly string[]): TriageItem[] {
  const applies = (item: TriageItem) =>
    item.appliesTo.some((condition) => condition === ALL_CONDITIONS || conditions.includes(condition));
  return LEVEL_ORDER.flatMap((level) => triage.items.filter((item) => item.level === level && applies(item)));
}

/** Every item at these levels, of every condition, most urgent first: what a warning-sign step of the guide shows. */
export function itemsAtLevels(triage: Triage, levels: readonly CareLevel[]): TriageItem[] {
  return LEVEL_ORDER.filter((level) => levels.includes(level)).flatMap((level) =>
    triage.items.filter((item) => item.level === level),
  );
}

/** The items a get-help outcome of the guide shows: its own, and every item at its levels, most urgent first. */
export function getHelpItems(triage: Triage, outcome: Extract<GuideOutcome, { kind: "get-help" }>): TriageItem[] {
  return LEVEL_ORDER.flatMap((level) =>
    triage.items.filter(
      (item) => item.level === level && (outcome.showsLevels.includes(level) || outcome.triage.includes(item.id)),
    ),
  );
}

/** True when an item shows on at least one page with these condition lists. */
export function isShownOnAnyPage(item: TriageItem, conditionLists: readonly (readonly string[])[]): boolean {
  return item.appliesTo.some(
    (condition) => condition === ALL_CONDITIONS || conditionLists.some((list) => list.includes(condition)),
  );
}

/** One care card before it is cited: its level, the level's heading, and its items in file order. */
export type CareCardItems = { level: CareLevel; title: string; items: TriageItem[] };

/** The care cards for these items: one per level that has any, most urgent first. */
export function careCardsFor(triage: Triage, items: readonly TriageItem[]): CareCardItems[] {
  return LEVEL_ORDER.flatMap((level) => {
    const inLevel = items.filter((item) => item.level === level);
    return inLevel.length > 0 ? [{ level, title: triage.levels[level], items: inLevel }] : [];
  });
}
