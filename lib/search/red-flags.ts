import { stem, words } from "./analyse";
import type { RedFlagItem } from "./schema";

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
 * `nearWords` count only this close: from the first word of the first match to the last word of the
 * last, at most this many words ("my toes have gone white" is 5). Further apart, the words of a
 * sign are usually about different things ("white shoes ... and my foot hurts").
 */
export const NEAR_SPAN = 8;

/**
 * A phrase right after one of these words is denied, not reported: "no pop", "didnt fall", "no
 * numbness", "without it coming back". Only the two words before a phrase count, so "i dont know if
 * i heard a pop" still shows the card.
 */
const NEGATIONS: ReadonlySet<string> = new Set(
  "no not never without didnt dont doesnt wasnt isnt hasnt havent arent werent nothing".split(" "),
);
const NEGATION_REACH = 2;

/** A reader word, with the keys it is looked up by in a question's positions (made once, not per question). */
type Word = { word: string; stem: string; keys: readonly string[] };
const NOWHERE: ReadonlySet<number> = new Set();
/** Where a phrase occurs in the question: its first and last word. */
type Span = { first: number; last: number };

/**
 * Finds the signs a question names (`content/triage.yaml`, at every level), most urgent first as the
 * items are ordered. A sign matches through one of its `readerWords` phrases (its words in a row), or,
 * unless the question has one of the item's `notWith` phrases, through `nearWords` (one phrase of each
 * group, all within `NEAR_SPAN` words) or `sameQuestion` (one phrase of each group, anywhere). A word is the same when it is the same word, has the same stem
 * ("snapping" is "snap"), or, for a long word unknown to the index, is one slip away ("diabetis").
 * No stop word is dropped: "cant put weight on it" must be said as such. A denied phrase ("no pop")
 * does not count.
 */
export function createRedFlagMatcher(items: readonly RedFlagItem[], vocabulary: ReadonlySet<string>) {
  // Stems are worked out once: for the reader words here, for a question's words once per question. A
  // reader word is one object wherever it appears, so a question looks each one up once.
  const interned = new Map<string, Word>();
  const intern = (word: string): Word => {
    let found = interned.get(word);
    if (!found) {
      const wordStem = stem(word);
      interned.set(word, (found = { word, stem: wordStem, keys: [`w:${word}`, `w:${wordStem}`, `s:${wordStem}`] }));
    }
    return found;
  };
  const withStems = (text: string): Word[] => words(text).map(intern);
  const compiled = items.map((item) => ({
    item,
    phrases: item.readerWords.map(withStems),
    near: item.nearWords.map((groups) => groups.map((group) => group.map(withStems))),
    anywhere: item.sameQuestion.map((groups) => groups.map((group) => group.map(withStems))),
    notWith: item.notWith.map(withStems),
  }));

  return (query: string): RedFlagItem[] => {
    const typed = words(query).map((word) => ({ word, stem: stem(word) }));
    // Where each word or stem stands in the question, and which long unknown words may be typing slips:
    // one reader word is then looked up, not compared with every word typed.
    const at = new Map<string, number[]>();
    const note = (key: string, position: number) => at.set(key, [...(at.get(key) ?? []), position]);
    typed.forEach(({ word, stem: typedStem }, position) => {
      note(`w:${word}`, position);
      if (typedStem !== word) note(`s:${typedStem}`, position);
    });
    const slips = typed.flatMap(({ word, stem: typedStem }, position) =>
      word.length >= TYPO_MIN_LENGTH && !vocabulary.has(typedStem) ? [{ word, position }] : [],
    );
    const sameAt = new Map<Word, ReadonlySet<number>>();
    const positionsOf = (reader: Word): ReadonlySet<number> => {
      let found = sameAt.get(reader);
      if (!found) {
        // Most of the few hundred reader words are not in a question: they share one empty set, and nothing is built.
        let positions: number[] | undefined;
        for (const key of reader.keys) {
          const listed = at.get(key);
          if (listed) (positions ??= []).push(...listed);
        }
        for (const slip of slips) if (withinOneEdit(slip.word, reader.word)) (positions ??= []).push(slip.position);
        found = positions ? new Set(positions) : NOWHERE;
        sameAt.set(reader, found);
      }
      return found;
    };
    const denied = typed.map((_, first) =>
      typed.slice(Math.max(0, first - NEGATION_REACH), first).some(({ word }) => NEGATIONS.has(word)),
    );
    // Loops rather than callbacks and destructuring, and no array or iterator for a phrase that is not there:
    // these run for every reader phrase of every question.
    /** True when the phrase is at `first`, word by word, and not denied. */
    const isAt = (phrase: Word[], first: number) => {
      if (denied[first]) return false;
      for (let offset = 0; offset < phrase.length; offset += 1) {
        const reader = phrase[offset];
        if (!reader || !positionsOf(reader).has(first + offset)) return false;
      }
      return true;
    };
    const startsOf = (phrase: Word[]) => {
      const head = phrase[0];
      return head ? positionsOf(head) : NOWHERE;
    };
    const spans = (phrase: Word[]): Span[] => {
      const starts = startsOf(phrase);
      if (starts.size === 0) return [];
      return [...starts].flatMap((first) => (isAt(phrase, first) ? [{ first, last: first + phrase.length - 1 }] : []));
    };
    /** The same as `spans(phrase).length > 0`, without building the spans. */
    const occurs = (phrase: Word[]) => {
      const starts = startsOf(phrase);
      if (starts.size === 0) return false;
      for (const first of starts) if (isAt(phrase, first)) return true;
      return false;
    };
    /** True when every group has a phrase in the question. */
    const together = (groups: Word[][][]) => groups.every((group) => group.some(occurs));
    /** True when one span of each group fits in NEAR_SPAN words together. */
    const close = (groups: Word[][][]) => {
      const candidates = groups.map((group) => group.flatMap(spans));
      const fits = (chosen: Span[], rest: Span[][]): boolean => {
        const [next, ...after] = rest;
        if (!next) return true;
        return next.some((span) => {
          const all = [...chosen, span];
          const width = Math.max(...all.map((s) => s.last)) - Math.min(...all.map((s) => s.first)) + 1;
          return width <= NEAR_SPAN && fits(all, after);
        });
      };
      return fits([], candidates);
    };
    return compiled
      .filter(
        ({ phrases, near, anywhere, notWith }) =>
          phrases.some(occurs) || (!notWith.some(occurs) && (near.some(close) || anywhere.some(together))),
      )
      .map(({ item }) => item);
  };
}
