/** One problem found in the content: which file, which field, what is wrong. */
export type ContentIssue = { file: string; field: string; message: string };

/** Records a problem in the file being parsed: the field (or body line) and what is wrong. */
export type Report = (field: string, message: string) => void;

/** Names the body line a Markdown node starts on, for a problem report. */
export type At = (node: { position?: { start: { line: number } } }) => string;

/** `sources[2].url` style path from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[], whole = "(front matter)"): string {
  if (path.length === 0) return whole;
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** `content/articles/x.md: title: Too small...`, the form every report uses. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** Thrown once with every problem in the content, so one build shows them all. */
export class ContentValidationError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(
      `Content has ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n` +
        issues.map((issue) => `  ${formatIssue(issue)}`).join("\n"),
    );
    this.name = "ContentValidationError";
    this.issues = issues;
  }
}
