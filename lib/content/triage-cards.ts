import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

import type { At, Report } from "./issues";
import type { Triage } from "./schema";
import { CARE_CARD_MARKER_PATTERN, WHEN_TO_GET_HELP } from "./syntax";
import { type CareCardItems, careCardsFor, itemsForConditions } from "./triage";

type Options = { triage: Triage; conditions: readonly string[] | undefined; report: Report; at: At };

/** A `mentions` word as a whole word, in any letter case. */
export const mentionPattern = (word: string) =>
  new RegExp(`(?<![a-z])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z])`, "i");

/**
 * The article's care cards, from the triage data, and the "When to get help"
 * heading they follow. Reports (and drops) hand-written cards, and reports
 * unknown conditions and a condition the text talks about but does not list
 * (so a page about children cannot leave out the children's red flags).
 */
export function articleCareCards(
  tree: Root,
  { triage, conditions, report, at }: Options,
): { heading: Heading | undefined; cards: CareCardItems[] } {
  visit(tree, "blockquote", (node, index, parent) => {
    const first = node.children[0];
    const opening = first?.type === "paragraph" ? first.children[0] : undefined;
    if (!parent || index === undefined || opening?.type !== "text" || !CARE_CARD_MARKER_PATTERN.test(opening.value)) {
      return;
    }
    report(at(node), "care cards come from content/triage.yaml; remove this hand-written card");
    // Dropped, so the rest of the parse reports nothing more about it.
    parent.children.splice(index, 1);
    return [SKIP, index];
  });

  (conditions ?? []).forEach((condition, index) => {
    if (!triage.conditions[condition]) {
      const known = Object.keys(triage.conditions).join(", ");
      report(`conditions[${index}]`, `"${condition}" is not a condition in content/triage.yaml; use one of: ${known}`);
    }
  });
  const text = toString(tree);
  for (const [id, condition] of conditions ? Object.entries(triage.conditions) : []) {
    if (conditions?.includes(id)) continue;
    const word = condition.mentions.find((mention) => mentionPattern(mention).test(text));
    if (word)
      report(
        "conditions",
        `the text mentions "${word}" but conditions does not list "${id}", so its red flags would be missing; add "${id}" to conditions`,
      );
  }

  const heading = tree.children.find(
    (node): node is Heading =>
      node.type === "heading" && node.depth === 2 && toString(node).trim().toLowerCase() === WHEN_TO_GET_HELP,
  );
  if (!heading) report("body", `needs a "## When to get help" section; its care cards come from content/triage.yaml`);
  return { heading, cards: careCardsFor(triage, itemsForConditions(triage, conditions ?? [])) };
}
