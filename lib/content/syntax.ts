/**
 * The Markdown extensions authors write (see content/README.md), and the ids
 * the page layout itself uses. Kept in one place so the parser, the
 * readability check, the components and the tests agree.
 */

/** `[@key]` or `[@key1; @key2]`: a citation of bibliography entries. */
export const CITATION_PATTERN = /\[@([a-z0-9][a-z0-9-]*(?:\s*;\s*@[a-z0-9][a-z0-9-]*)*)\]/g;

/** `[!EMERGENCY]`, `[!URGENT]` or `[!NON-URGENT]` opening a blockquote: a care card. */
export const CARE_CARD_MARKER_PATTERN = /^\s*\[!([A-Za-z-]+)\]\s*/;

/** A paragraph holding only `![[figure:<id>]]`: the drawing `content/figures/<id>.svg` placed here. */
export const FIGURE_PATTERN = /^!\[\[figure:([^\]]*)\]\]$/;

/** Every `![[figure:<id>]]` in a source file, placed well or not: the loader counts figures as used from it. */
export const FIGURE_USES = /!\[\[figure:([^\]]*)\]\]/g;

/** `![[figure:` anywhere, to report a figure that is not a paragraph of its own. */
export const FIGURE_MARKER = "![[figure:";

/** The last item of "First steps" holding only `![[care:<id>]]`: that triage item's sign, at its level. */
export const CARE_LINE_PATTERN = /^!\[\[care:([^\]]*)\]\]$/;

/** `![[care:` anywhere, to report a care line that is not the last item of "First steps". */
export const CARE_LINE_MARKER = "![[care:";

/** The `##` heading (lowercased) of the card of first steps that opens a condition page. */
export const FIRST_STEPS = "first steps";

/** Where the site serves a figure's drawing (app/figures/[file]/route.ts). */
export const figureSrc = (id: string) => `/figures/${id}.svg`;

/** The `##` heading (lowercased) of the section that holds an article's care cards. */
export const WHEN_TO_GET_HELP = "when to get help";

/** Splits the inside of a citation marker into its keys. */
export function citationKeys(inner: string): string[] {
  return inner.split(";").map((key) => key.trim().replace(/^@/, ""));
}

/** Element ids the page layout uses; a heading can never take one of them. */
export const PAGE_IDS = {
  main: "maincontent",
  contents: "contents",
  references: "references",
  related: "related-articles",
  title: "article-title",
} as const;

/** What a heading's link offers; shown when it has focus (share.js makes it share or copy). */
export const SHARE_SECTION_LABEL = "Share or copy a link to this section";

/** Id of the nth work in an article's reference list. */
export const referenceId = (number: number) => `ref-${number}`;

/** Id of one in-text citation of a work: its number and which citation of it this is. */
export const citationId = (number: number, occurrence: number) => `cite-${number}-${occurrence}`;
