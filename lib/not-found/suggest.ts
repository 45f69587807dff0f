import type { SiteOutlineFile } from "./outline";
import { contentStems } from "@/lib/search/analyse";
import { articlePath } from "@/lib/site";

/** A page to offer for an address we do not have: an article, or a section of one. */
export type Suggestion = {
  href: string;
  title: string;
  /** The article a suggested section belongs to. */ article?: string;
};

const MAX_SUGGESTIONS = 5;
/** Share of the address's words a page must match to be offered: "heel-spurs" needs both words, or one of two. */
const MIN_SCORE = 0.5;
/** Words longer than this are not typos of ours; comparing them would only cost time. */
const MAX_WORD_LENGTH = 30;

/** The slug of the article this address names, whatever its letter case, by its slug or a former slug. */
export function findArticleSlug(requested: string, outline: SiteOutlineFile): string | undefined {
  const wanted = requested.toLowerCase();
  return outline.articles.find((article) => article.slug === wanted || article.aliases.includes(wanted))?.slug;
}

/** Edits (insert, delete, change one letter) between two short words. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const change = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(change, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Same stem, or a typo of it: one slip in a word of 4 or more letters, two in one of 8 or more ("fascitis"). */
function sameWord(typed: string, known: string): boolean {
  if (typed === known) return true;
  if (typed.length > MAX_WORD_LENGTH) return false;
  const allowed = typed.length >= 8 ? 2 : typed.length >= 4 ? 1 : 0;
  return allowed > 0 && Math.abs(typed.length - known.length) <= allowed && editDistance(typed, known) <= allowed;
}

/** Stems of an address's words: `/articles/heel-spurs` is ["heel", "spur"]. */
export const slugStems = (slug: string) => contentStems(slug.replace(/[-_.+]+/g, " "));

type Candidate = Suggestion & { stems: string[] };

function candidates(outline: SiteOutlineFile): Candidate[] {
  return outline.articles.flatMap((article) => [
    {
      href: articlePath(article.slug),
      title: article.title,
      stems: [...contentStems(article.title), ...slugStems(article.slug), ...article.aliases.flatMap(slugStems)],
    },
    ...article.sections.map((section) => ({
      href: `${articlePath(article.slug)}#${section.id}`,
      title: section.title,
      article: article.title,
      stems: contentStems(section.title),
    })),
  ]);
}

/**
 * The articles and sections whose titles and headings are closest to the
 * words of a slug we do not have, best first: the share of the slug's words
 * each matches, then the share of its own words the slug covers, so
 * `heel-spurs` offers the "Heel spurs" section before "Heel pain after running".
 */
export function suggestPages(requested: string, outline: SiteOutlineFile): Suggestion[] {
  const typed = [...new Set(slugStems(requested))];
  if (typed.length === 0) return [];
  const pages = candidates(outline);
  // A word we use somewhere is not a typo: "heel" must not match "feel".
  const vocabulary = new Set(pages.flatMap(({ stems }) => stems));
  const matches = (word: string, known: string) => (vocabulary.has(word) ? word === known : sameWord(word, known));
  return pages
    .map(({ stems, ...suggestion }) => {
      const matched = typed.filter((word) => stems.some((known) => matches(word, known))).length;
      const covered = new Set(stems).size;
      return { suggestion, score: matched / typed.length, precision: covered > 0 ? matched / covered : 0 };
    })
    .filter(({ score }) => score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || b.precision - a.precision)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ suggestion }) => suggestion);
}
