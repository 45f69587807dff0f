import { stemmer } from "stemmer";

/**
 * Text analysis shared by the index build and every query, so both sides
 * turn words into the same terms: lowercase, accents and apostrophes dropped
 * ("can't" is "cant"), stop words out, English (Porter) stems, and the
 * synonym groups of `content/search-synonyms.yaml` as one extra term per group.
 */

/**
 * Words too common to tell passages apart. Kept short on purpose: "off" (push
 * off), "up" (get up), "out" (out of bed) and "down" (point your foot down)
 * carry meaning here and stay searchable.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if of to in on at by for with from as into about than then so too " +
    "is are was were be been being am do does did doing done have has had having " +
    "i me my mine myself you your yours we us our they them their he him his she her it its " +
    "this that these those there here what which who whom whose when where why how " +
    "can could should would will shall may might must cant cannot couldnt shouldnt wouldnt wont dont doesnt didnt " +
    "isnt arent wasnt werent havent hasnt im ive id youre its whats thats theres " +
    "not no any some such own same other more most much many each few all both only just very also " +
    "after before during while again once get got gets getting go going ok okay please " +
    // Words of asking rather than of the subject: "can I take", "do I need", "what is the best thing".
    "take takes taking use using need needs want know mean thing things something anything stuff " +
    "really actually kind sort lot lots bit way maybe yes hi hello thanks thank"
  ).split(" "),
);

/** Lowercase words without accents or punctuation; an apostrophe joins ("sever's" is "severs"), "10%" is "10 percent". */
export function words(text: string): string[] {
  return text
    .replace(/(\p{N})\s*%/gu, "$1 percent ")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// "11 year old", "11-year-olds", "11 yrs old", "11yo", "11 y/o", "aged 11"; not "for 2 years".
const AGE = /\b(\d{1,2})(?:[\s-]*(?:years?|yrs?)[\s-]*olds?|\s*(?:yo|y\/o))\b|\baged?\s+(\d{1,2})\b/gi;
/** Ages at which heel pain has children's causes and warning signs (growth plates close in the teens). */
const CHILD_AGE_LIMIT = 18;

/**
 * A parent rarely types "child": "my 11 year old", "11yo", "aged 11". An age under 18 becomes the
 * word "child", so the question reaches the children's content and warning signs like any other.
 */
export function childAges(text: string): string {
  return text.replace(AGE, (match, before: string | undefined, after: string | undefined) =>
    Number(before ?? after) < CHILD_AGE_LIMIT ? "child" : match,
  );
}

/** The Porter stem of a word; numbers stay as they are. */
export const stem = (word: string) => (/^\p{N}+$/u.test(word) ? word : stemmer(word));

/** Stems of the words that are not stop words, in order. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map(stem);
}

/**
 * A word as synonym groups compare it: without a plural "s", so "insoles" is
 * "insole". Deliberately not the Porter stem, which would make "tendonitis"
 * the same as "tendon" and put every tendon in the tendinopathy group.
 */
const singular = (word: string) =>
  word.length > 3 && /[^s]s$/.test(word) && !/(is|us)$/.test(word) ? word.slice(0, -1) : word;

/** Content words of a text as synonym groups compare them. */
const synonymWords = (text: string) =>
  words(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map(singular);

/** How a synonym term is compared: its content words without plural "s", so "insoles" and "insole" are one term. */
export const termKey = (term: string) => synonymWords(term).join(" ");

/** Terms of the index that stand for a synonym group start with this; typed text can never produce it. */
const GROUP_PREFIX = "=";

/** True for the term that stands for a whole synonym group. */
export const isGroupTerm = (term: string) => term.startsWith(GROUP_PREFIX);

/**
 * One idea in a query: a word, or a phrase from a synonym group. It counts as
 * found in a passage when every term of one of its alternatives matched: the
 * word's stem or its group's term; for a phrase, the group's term, which only
 * a passage with one of the group's phrases (or words) has.
 */
export type Concept = { label: string; alternatives: string[][] };

/** The MiniSearch `tokenize` and `processTerm` pair, and the query's concepts, for one set of synonym groups. */
export type Analyser = {
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | string[] | null;
  concepts: (text: string) => Concept[];
  /**
   * The index terms one word of an article produces, for marking matched
   * words in snippets. Remembered per word: a results page marks hundreds of
   * words, and the articles' vocabulary is small and fixed. Never called with
   * a reader's words, so what it remembers cannot grow with the questions.
   */
  articleWordTerms: (word: string) => readonly string[];
};

/**
 * Builds the analyser for these synonym groups. A one-word member is expanded
 * in `processTerm`; a phrase ("first steps") is found by `tokenize`, which
 * adds the group's term after the words, since `processTerm` sees one word at
 * a time. Phrases skip stop words, so "rise on my toes" matches "rise on your
 * toes".
 */
export function createAnalyser(groups: readonly (readonly string[])[]): Analyser {
  const single = new Map<string, string>();
  const phrases: { keys: string[]; term: string }[] = [];
  groups.forEach((group, index) => {
    const term = `${GROUP_PREFIX}${index}`;
    for (const member of group) {
      const keys = synonymWords(member);
      if (keys.length === 1 && keys[0]) single.set(keys[0], term);
      else if (keys.length > 1) phrases.push({ keys, term });
    }
  });
  // Longest first, so "achilles tendon" wins over "achilles".
  phrases.sort((a, b) => b.keys.length - a.keys.length);

  const phraseAt = (keys: readonly string[], start: number) =>
    phrases.find((phrase) => phrase.keys.every((part, offset) => keys[start + offset] === part));

  const tokenize = (text: string) => {
    const keys = synonymWords(text);
    const groupTerms = keys.flatMap((_, start) => phraseAt(keys, start)?.term ?? []);
    return [...words(text), ...groupTerms];
  };

  const processTerm = (token: string) => {
    if (isGroupTerm(token)) return token;
    if (STOP_WORDS.has(token)) return null;
    const stemmed = stem(token);
    const group = single.get(singular(token));
    return group ? [stemmed, group] : stemmed;
  };

  const concepts = (text: string) => {
    const content = words(text).filter((word) => !STOP_WORDS.has(word));
    const keys = content.map(singular);
    const found = new Map<string, Concept>();
    for (let start = 0; start < content.length;) {
      const phrase = phraseAt(keys, start);
      const length = phrase?.keys.length ?? 1;
      const label = content.slice(start, start + length).join(" ");
      const own = content.slice(start, start + length).map(stem);
      const group = phrase?.term ?? single.get(keys[start] ?? "");
      // A phrase counts only as a phrase: "back of my heel" is not found in "will my heel pain come back".
      const alternatives = phrase ? [[phrase.term]] : group ? [own, [group]] : [own];
      if (!found.has(label)) found.set(label, { label, alternatives });
      start += length;
    }
    return [...found.values()];
  };

  const termsOfWord = new Map<string, readonly string[]>();
  const articleWordTerms = (word: string) => {
    let terms = termsOfWord.get(word);
    if (!terms) {
      terms = tokenize(word).flatMap((token) => [processTerm(token) ?? []].flat());
      termsOfWord.set(word, terms);
    }
    return terms;
  };

  return { tokenize, processTerm, concepts, articleWordTerms };
}
