import type { Analyser } from "./analyse";

/**
 * A passage's words as plain-text pieces, the matched words flagged. The
 * page renders each piece as a React text node (so it is escaped) and wraps
 * the flagged ones in `<mark>`: no HTML string is ever built from the text.
 */
export type Snippet = { parts: { text: string; marked: boolean }[]; cutStart: boolean; cutEnd: boolean };

/** Words a snippet shows at most; shorter passages are shown whole. */
const SNIPPET_WORDS = 32;

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

/**
 * The part of the text with the most matched words, at most SNIPPET_WORDS
 * long. `matchedTerms` are the index terms MiniSearch reports for the result;
 * a word is marked when it produces one of them.
 */
export function markedSnippet(text: string, matchedTerms: readonly string[], analyser: Analyser): Snippet {
  const wanted = new Set(matchedTerms);
  const spans = [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    marked: analyser.articleWordTerms(match[0]).some((term) => wanted.has(term)),
  }));

  // A window of SNIPPET_WORDS slides along the text, counting marked words as they enter and leave it.
  let first = 0;
  let count = spans.slice(0, SNIPPET_WORDS).filter((span) => span.marked).length;
  let best = count;
  for (let start = 1; start + SNIPPET_WORDS <= spans.length; start += 1) {
    count += Number(spans[start + SNIPPET_WORDS - 1]?.marked) - Number(spans[start - 1]?.marked);
    if (count > best) [best, first] = [count, start];
  }
  const shown = spans.slice(first, first + SNIPPET_WORDS);
  const from = first === 0 ? 0 : (shown[0]?.start ?? 0);
  const last = first + SNIPPET_WORDS >= spans.length;
  const to = last ? text.length : (shown.at(-1)?.end ?? text.length);

  const parts: Snippet["parts"] = [];
  let cursor = from;
  for (const span of shown) {
    if (!span.marked) continue;
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), marked: false });
    parts.push({ text: text.slice(span.start, span.end), marked: true });
    cursor = span.end;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), marked: false });
  return { parts, cutStart: from > 0, cutEnd: !last };
}
