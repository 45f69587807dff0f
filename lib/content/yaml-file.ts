import YAML from "yaml";
import type { z } from "zod";

import { describeIssue, fieldPath, type ContentIssue } from "./issues";

/**
 * A YAML file of `content/` parsed and checked against its schema: the data,
 * or every problem with its field (never thrown). The editors' YAML files
 * (bibliography, triage, guide, home) all go through it.
 */
export function parseYamlFile<Schema extends z.ZodType>(
  source: string,
  file: string,
  schema: Schema,
): { data: z.infer<Schema> | undefined; issues: ContentIssue[] } {
  let raw: unknown;
  try {
    raw = YAML.parse(source, { schema: "core" });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { data: undefined, issues: [{ file, field: "(file)", message: `invalid YAML: ${message}` }] };
  }
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return { data: parsed.data, issues: [] };
  return {
    data: undefined,
    issues: parsed.error.issues.map((issue) => ({
      file,
      field: fieldPath(issue.path, "(file)"),
      message: describeIssue(issue, raw),
    })),
  };
}
