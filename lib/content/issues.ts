import type { z } from "zod";

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

/** The value at a zod issue's path in the input, or undefined when it is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A zod issue as a writer can act on it: the bad value, what is wrong and
 * what to do (`"heels" is not one of overview, causes, ...; use one of these`).
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  if (value === undefined && issue.code === "invalid_type") return "is required; add it (see content/README.md)";
  if (issue.code === "invalid_value" && issue.values.length === 1) {
    return `${JSON.stringify(value)} must be ${JSON.stringify(issue.values[0])}`;
  }
  if (issue.code === "invalid_value") {
    return `${JSON.stringify(value)} is not one of ${issue.values.map((option) => String(option)).join(", ")}; use one of these`;
  }
  if (issue.code === "too_small" && typeof value === "string") {
    return `${JSON.stringify(value)} is ${value.length} characters; write at least ${String(issue.minimum)}`;
  }
  if (issue.code === "too_big" && typeof value === "string") {
    return `${JSON.stringify(value.slice(0, 40))}… is ${value.length} characters; cut it to at most ${String(issue.maximum)}`;
  }
  const shown = typeof value === "string" || typeof value === "number" ? `${JSON.stringify(value)}: ` : "";
  return `${shown}${issue.message}`;
}

/** `content/articles/x.md: title: Too small...`, the form every report uses. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** The file and line an issue names, from `file:12` or a field such as `body (line 12)`; no line sorts last. */
function position(issue: ContentIssue): { file: string; line: number } {
  const [, file = issue.file, line] = /^(.*):(\d+)$/.exec(issue.file) ?? [];
  const bodyLine = /\(line (\d+)\)/.exec(issue.field)?.[1];
  return { file, line: Number(line ?? bodyLine ?? Number.POSITIVE_INFINITY) };
}

/** Thrown once with every problem in the content, so one build shows them all, file by file in line order. */
export class ContentValidationError extends Error {
  declare readonly issues: readonly ContentIssue[];

  constructor(unsorted: readonly ContentIssue[]) {
    const files = [...new Set(unsorted.map((issue) => position(issue).file))];
    const issues = unsorted
      .map((issue) => ({ issue, ...position(issue) }))
      .sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line)
      .map(({ issue }) => issue);
    super(
      `Content has ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n` +
        issues.map((issue) => `  ${formatIssue(issue)}`).join("\n"),
    );
    Object.defineProperty(this, "name", { value: "ContentValidationError", enumerable: false });
    // The report is for writers: Next prints an error's stack and own fields,
    // so keep only the report (no frames from .next/server/chunks, no dump of `issues`).
    this.stack = `${this.name}: ${this.message}`;
    Object.defineProperty(this, "issues", { value: issues, enumerable: false });
  }
}
