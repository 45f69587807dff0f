import { stem, words } from "./analyse";
import type { RedFlagItem } from "./schema";
import type { CareLevel } from "@/lib/content/schema";

/**
 * The levels search treats as red flags and shows before any answer. The
 * non-urgent signs ("it keeps coming back", "still hurts after 2 weeks") are
 * what most questions are about, and the articles answer them.
 */
export const RED_FLAG_LEVELS: readonly CareLevel[] = ["emergency", "urgent"];

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbouring letters. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length) {
    const swapped = a[start] === b[start + 1] && a[start + 1] === b[start] && rest(a, start + 2) === rest(b, start + 2);
    return swapped || rest(a, start + 1) === rest(b, start + 1);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return rest(longer, start + 1) === rest(shorter, start);
}

/** Words this long that are not in the index are taken as typing slips, and match a reader word one edit away. */
const TYPO_MIN_LENGTH = 6;

/**
 * Finds the red-flag signs a question names through their reader words
 * (`readerWords` in `content/triage.yaml`). A reader word matches as a phrase:
 * its words in a row, each the same word, the same stem ("snapping" is
 * "snap"), or for a long word unknown to the index one slip away
 * ("diabetis"). No stop word is dropped: "cant put weight on it" must be said
 * as such. Erring towards showing a card is intended: a card shown to someone
 * who did not need it costs a glance; one missed can cost much more.
 */
export function createRedFlagMatcher(items: readonly RedFlagItem[], vocabulary: ReadonlySet<string>) {
  // Stems are worked out once: for the reader words here, for a question's words once per question.
  type Word = { word: string; stem: string };
  const withStems = (list: string[]): Word[] => list.map((word) => ({ word, stem: stem(word) }));
  const phrases = items.flatMap((item) =>
    item.readerWords.map((phrase) => ({ item, words: withStems(words(phrase)) })),
  );
  const same = (typed: Word, reader: Word) =>
    typed.word === reader.word ||
    typed.stem === reader.stem ||
    (typed.word.length >= TYPO_MIN_LENGTH && !vocabulary.has(typed.stem) && withinOneEdit(typed.word, reader.word));

  return (query: string): RedFlagItem[] => {
    const typed = withStems(words(query));
    const occursAt = (phrase: Word[], start: number) =>
      phrase.every((reader, offset) => {
        const word = typed[start + offset];
        return word !== undefined && same(word, reader);
      });
    const matched = new Set(
      phrases
        .filter(({ words: phrase }) => phrase.length > 0 && typed.some((_, start) => occursAt(phrase, start)))
        .map(({ item }) => item.id),
    );
    return items.filter((item) => matched.has(item.id));
  };
}
