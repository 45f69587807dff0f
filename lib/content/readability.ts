import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { syllable } from "syllable";

import { CITATION_PATTERN, CARE_CARD_MARKER_PATTERN } from "./syntax";

/** Word, sentence and syllable counts of a text, and its Flesch-Kincaid grade. */
type ReadabilityStats = {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
};

// Blocks whose text a reader reads as prose. Headings, list items and table
// cells often lack a full stop, so each block counts as at least one sentence;
// otherwise a bulleted list would read as one enormous sentence.
const PROSE_BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

function proseBlocks(node: Root | RootContent, out: string[]): string[] {
  if (PROSE_BLOCKS.has(node.type)) {
    out.push(toString(node));
    return out;
  }
  if (node.type === "code" || node.type === "html") return out;
  if ("children" in node) for (const child of node.children) proseBlocks(child, out);
  return out;
}

function countSentences(block: string): number {
  const pieces = block.split(/[.!?]+(?=\s|$)/).filter((piece) => /[A-Za-z0-9]/.test(piece));
  return Math.max(1, pieces.length);
}

/**
 * Flesch-Kincaid grade of an article body written in Markdown: the text a
 * reader sees, without citation markers, care-card markers or code.
 */
export function measureReadability(markdown: string): ReadabilityStats {
  return readabilityOfTree(remark().use(remarkGfm).parse(markdown));
}

/** As `measureReadability`, for an already parsed Markdown tree. */
export function readabilityOfTree(tree: Root): ReadabilityStats {
  const blocks = proseBlocks(tree, []).map((block) =>
    block.replace(CITATION_PATTERN, "").replace(CARE_CARD_MARKER_PATTERN, ""),
  );
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const tokens = block.split(/[\s\u2013\u2014/]+/).filter((token) => /[A-Za-z0-9]/.test(token));
    if (tokens.length === 0) continue;
    words += tokens.length;
    sentences += countSentences(block);
    for (const token of tokens) syllables += Math.max(1, syllable(token));
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}
