import YAML, { isNode, type Document, type LineCounter } from "yaml";
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

/** The line of the node at `path`, or of its nearest ancestor that exists (for a missing field). */
export function lineAt(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  for (let length = path.length; length >= 0; length -= 1) {
    const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}
