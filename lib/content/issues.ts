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
 * A zod issue as a writer can act on it: the bad value first, then what is
 * wrong (`topic: "heels" is not one of overview, causes, ...`), and "is
 * required" for a missing field.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  if (value === undefined && issue.code === "invalid_type") return "is required";
  if (issue.code === "invalid_value" && issue.values.length === 1) {
    return `${JSON.stringify(value)} must be ${JSON.stringify(issue.values[0])}`;
  }
  if (issue.code === "invalid_value") {
    return `${JSON.stringify(value)} is not one of ${issue.values.map((option) => String(option)).join(", ")}`;
  }
  if (issue.code === "unrecognized_keys") return `unknown field ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
  if (issue.code === "too_small" && typeof value === "string") {
    return `${JSON.stringify(value)} is ${value.length} characters; at least ${String(issue.minimum)}`;
  }
  if (issue.code === "too_big" && typeof value === "string") {
    return `${JSON.stringify(value.slice(0, 40))}… is ${value.length} characters; at most ${String(issue.maximum)}`;
  }
  const shown = typeof value === "string" || typeof value === "number" ? `${JSON.stringify(value)}: ` : "";
  return `${shown}${issue.message}`;
}

/** `content/articles/x.md: title: Too small...`, the form every report uses. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** Thrown once with every problem in the content, so one build shows them all. */
export class ContentValidationError extends Error {
  declare readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
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
