import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

import type { At, Report } from "./issues";
import { CITATION_PATTERN } from "./syntax";

/** NHS style asks for 20 words or fewer; past this a sentence is reported. */
const MAX_SENTENCE_WORDS = 25;

// "5 out of 10", "3/10": the pain-monitoring rule. It was tested only in
// Achilles tendinopathy (Silbernagel 2007), and is wrong for a suspected
// stress fracture, so it may only appear where the text names that condition.
const PAIN_SCALE = /\b\d{1,2}\s*(?:out of|\/)\s*10\b/i;
const PAIN_SCALE_CONDITION = /achilles/i;

const wordsIn = (text: string) => text.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token)).length;

/** Sentences of a paragraph, split after `.`, `!` or `?` followed by a space and a capital or digit. */
function sentencesOf(text: string): string[] {
  return text
    .replace(CITATION_PATTERN, "")
    .split(/(?<=[.!?])\s+(?=["(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Blocks read as one unit: each list item on its own, other blocks whole. */
function units(node: RootContent): RootContent[] {
  if (node.type === "list") return node.children;
  return [node];
}

/**
 * House rules for prose the parser enforces: the pain scale only where
 * Achilles tendinopathy is named (in the block, the block before it, its
 * headings or the article's title), and no sentence over 25 words. Tables are exempt from the length rule.
 */
export function lintProse(tree: Root, { title, report, at }: { title: string; report: Report; at: At }) {
  const headings: string[] = [];
  let previous = "";
  for (const node of tree.children) {
    if (node.type === "heading") {
      headings.length = Math.max(0, node.depth - 2);
      headings[node.depth - 2] = toString(node).replace(CITATION_PATTERN, "");
      previous = "";
      continue;
    }
    const context = [title, ...headings, previous].join(" ");
    for (const unit of units(node)) {
      const text = toString(unit).replace(CITATION_PATTERN, "");
      const scale = PAIN_SCALE.exec(text);
      if (scale && !PAIN_SCALE_CONDITION.test(text) && !PAIN_SCALE_CONDITION.test(context)) {
        report(
          at(unit),
          `"${scale[0]}": the pain-scale rule was tested only in Achilles tendinopathy; name it in this text or its heading`,
        );
      }
    }
    previous = toString(node).replace(CITATION_PATTERN, "");
  }

  const visitParagraphs = (node: Root | RootContent) => {
    if (node.type === "table" || node.type === "code" || node.type === "heading") return;
    if (node.type === "paragraph") {
      for (const sentence of sentencesOf(toString(node))) {
        const count = wordsIn(sentence);
        if (count > MAX_SENTENCE_WORDS) {
          report(
            at(node),
            `sentence of ${count} words (at most ${MAX_SENTENCE_WORDS}; NHS style asks for 20), so split it: "${sentence.slice(0, 60)}…"`,
          );
        }
      }
      return;
    }
    if ("children" in node) for (const child of node.children) visitParagraphs(child);
  };
  visitParagraphs(tree);
}
