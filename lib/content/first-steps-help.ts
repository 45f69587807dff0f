import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

import type { At, Report } from "./issues";
import type { Triage, TriageItem } from "./schema";
import { CARE_LINE_MARKER, CARE_LINE_PATTERN, FIRST_STEPS } from "./syntax";
import { itemsForConditions } from "./triage";

type Options = { triage: Triage; conditions: readonly string[] | undefined; report: Report; at: At };

/**
 * The triage item a "First steps" card ends with, if its last item is
 * `![[care:<id>]]`: when to see a doctor, in the triage data's words and at its
 * level, never hand-written on the page. The marker's list item is taken out of
 * the tree, so prose checks and citations see only the writer's own items.
 * Reports a marker anywhere else, an unknown id, and an item that does not
 * apply to the page's conditions (its card would be missing from "When to get
 * help"); the item is then undefined, but the line still counts as one of the card's items, so nothing
 * more is reported about it. `at` is where the line stands among the tree's top-level nodes: after the list.
 */
export function takeFirstStepsHelp(
  tree: Root,
  { triage, conditions, report, at }: Options,
): { item: TriageItem | undefined; at: number } | undefined {
  const firstHeading = tree.children.findIndex((node) => node.type === "heading" && node.depth === 2);
  const heading = tree.children[firstHeading];
  const next = tree.children[firstHeading + 1];
  const list =
    heading && toString(heading).trim().toLowerCase() === FIRST_STEPS && next?.type === "list" ? next : undefined;
  const last = list?.children.at(-1);
  const paragraph = last?.children.length === 1 ? last.children[0] : undefined;
  const marker = paragraph ? CARE_LINE_PATTERN.exec(toString(paragraph).trim()) : null;

  visit(tree, "text", (node, _, parent) => {
    if (node.value.includes(CARE_LINE_MARKER) && !(marker && parent === paragraph)) {
      report(at(node), `a care line goes only as the last item of "First steps", alone: ${CARE_LINE_MARKER}<id>]]`);
    }
  });
  if (!marker || !last || !list) return undefined;
  list.children.pop();

  const id = marker[1] ?? "";
  const where = { item: undefined, at: firstHeading + 2 };
  const item = triage.items.find((candidate) => candidate.id === id);
  if (!item) {
    report(at(last), `"${id}" is not an item in content/triage.yaml; use the id of the sign to show`);
    return where;
  }
  if (conditions && !itemsForConditions(triage, conditions).includes(item)) {
    report(
      at(last),
      `"${id}" applies to ${item.appliesTo.join(", ")}, which this page's conditions do not list, so "When to get help" would not show it`,
    );
    return where;
  }
  return { ...where, item };
}
