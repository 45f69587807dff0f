/**
 * Longest question we read, in characters (code points). Real questions are
 * far shorter; the cut bounds the work one request can ask for and keeps the
 * echoed query readable. Documented on the page when it happens.
 */
export const MAX_QUERY_LENGTH = 200;

// Bidirectional overrides and isolates (U+061C, U+200E/F, U+202A-E, U+2066-9) would reorder the echoed text.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Control characters, NUL included, and the byte-order mark have no place in a question.
const CONTROLS = /[\p{Cc}\uFEFF]/gu;

/** A question as the page uses it: one line of text, at most MAX_QUERY_LENGTH characters, and whether it was cut. */
export type ReadQuery = { query: string; cut: boolean };

/**
 * Reads the `q` parameter as Next.js hands it over: absent, one value, or
 * several (`?q=a&q=b`, of which the first counts). Malformed text is made
 * well-formed, controls become spaces, whitespace collapses. Never throws.
 */
export function readQuery(raw: string | string[] | undefined): ReadQuery {
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== "string") return { query: "", cut: false };
  const cleaned = first
    .toWellFormed()
    .normalize("NFC")
    .replace(BIDI_CONTROLS, "")
    .replace(CONTROLS, " ")
    .replace(/\s+/g, " ")
    .trim();
  const characters = Array.from(cleaned);
  if (characters.length <= MAX_QUERY_LENGTH) return { query: cleaned, cut: false };
  return { query: characters.slice(0, MAX_QUERY_LENGTH).join("").trim(), cut: true };
}

/** The article a question was asked on (`about`), if it is one of ours; anything else is ignored. */
export function readAbout(raw: string | string[] | undefined, slugs: ReadonlySet<string>): string | undefined {
  const first = Array.isArray(raw) ? raw[0] : raw;
  return typeof first === "string" && slugs.has(first) ? first : undefined;
}
